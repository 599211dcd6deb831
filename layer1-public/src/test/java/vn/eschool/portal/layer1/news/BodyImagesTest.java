package vn.eschool.portal.layer1.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.school.SchoolLevel;

class BodyImagesTest {

    private static final School SCHOOL = new School("thcs-a", "THCS A", SchoolLevel.THCS, OffsetDateTime.now());
    private static final String SIZES_OF_7 = " srcset=\"/schools/x/anh/7/320 320w, /schools/x/anh/7/1280 1280w\""
            + " sizes=\"(max-width: 820px) 100vw, 800px\"";

    @Test
    void findsEveryPictureOfTheSchoolInASanitisedText() {
        String body = HtmlSanitiser.sanitise("<p>Ảnh <img src=\"/schools/thcs-a/anh/12\" alt=\"a\"></p>"
                + "<img src=\"/schools/thcs-a/anh/7\"><img src=\"/schools/thcs-a/anh/12\">"
                + "<img src=\"/schools/thcs-b/anh/9\"><img src=\"https://example.org/schools/thcs-a/anh/8\">"
                + "<p>src=\"/schools/thcs-a/anh/5\"</p><img src=\"/schools/thcs-a/anh/123456789012345678901\">",
                SCHOOL.code());
        assertEquals(List.of(12L, 7L), List.copyOf(BodyImages.pictureIds(SCHOOL, body)));
        assertEquals(Set.of(), BodyImages.pictureIds(SCHOOL, null));
    }

    /** What a case- and accent-insensitive LIKE ({@link BodyImages#srcPattern}) would also find. */
    @Test
    void findsPicturesWrittenInAnotherCaseOrWithAccents() {
        // Unsanitised: the sanitiser keeps only the exact address, but texts stored before it may differ.
        String body = "<img src=\"/Schools/THCS-A/ANH/3\"><img src=\"/schools/thcs-a/ánh/4\">";
        assertEquals(List.of(3L, 4L), List.copyOf(BodyImages.pictureIds(SCHOOL, body)));
    }

    @Test
    void thePortalsPicturesOfferTheirSizesAndEveryPictureLoadsLazily() {
        // The outside picture: a text stored before the sanitiser kept only the school's own.
        String stored = HtmlSanitiser.sanitise("<p>Sân trường</p><img src=\"/schools/x/anh/7\" alt=\"Sân\""
                + " width=\"1280\" height=\"720\">", "x") + "<p><img src=\"https://cdn.example/a.png\" alt=\"Ngoài\" /></p>";
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
        String sanitised = HtmlSanitiser.sanitise(body, "x");
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
