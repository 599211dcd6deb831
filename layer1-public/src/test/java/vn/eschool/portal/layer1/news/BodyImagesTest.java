package vn.eschool.portal.layer1.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class BodyImagesTest {

    private static final String SIZES_OF_7 = " srcset=\"/schools/x/anh/7/320 320w, /schools/x/anh/7/1280 1280w\""
            + " sizes=\"(max-width: 820px) 100vw, 800px\"";

    @Test
    void thePortalsPicturesOfferTheirSizesAndEveryPictureLoadsLazily() {
        String stored = HtmlSanitiser.sanitise("<p>Sân trường</p><img src=\"/schools/x/anh/7\" alt=\"Sân\" width=\"1280\""
                + " height=\"720\"><p><img src=\"https://cdn.example/a.png\" alt=\"Ngoài\"></p>");
        assertEquals("<p>Sân trường</p><img src=\"/schools/x/anh/7\" alt=\"Sân\" width=\"1280\" height=\"720\""
                + SIZES_OF_7 + " loading=\"lazy\" decoding=\"async\" />"
                + "<p><img src=\"https://cdn.example/a.png\" alt=\"Ngoài\" loading=\"lazy\" decoding=\"async\" /></p>",
                BodyImages.responsive(stored));
    }

    @Test
    void anAltTextHoldingAnAngleBracketStaysWhole() {
        String body = "<img src=\"/schools/x/anh/7\" alt=\"a> onerror=alert(1) b\">";
        assertEquals("<img src=\"/schools/x/anh/7\" alt=\"a> onerror=alert(1) b\"" + SIZES_OF_7
                + " loading=\"lazy\" decoding=\"async\">", BodyImages.responsive(body));
        String sanitised = HtmlSanitiser.sanitise(body);
        assertEquals(sanitised.replace(" />", SIZES_OF_7 + " loading=\"lazy\" decoding=\"async\" />"),
                BodyImages.responsive(sanitised));
    }

    @Test
    void aPictureWrittenWithoutTheSanitiserTooAndATextWithoutPicturesIsUnchanged() {
        assertEquals("<p><img src=\"/schools/x/anh/7\"" + SIZES_OF_7 + " loading=\"lazy\" decoding=\"async\"></p>",
                BodyImages.responsive("<p><img src=\"/schools/x/anh/7\"></p>"));
        assertEquals("<p>Chữ $1 \\ và <strong>đậm</strong></p>",
                BodyImages.responsive("<p>Chữ $1 \\ và <strong>đậm</strong></p>"));
        assertNull(BodyImages.responsive(null));
    }
}
