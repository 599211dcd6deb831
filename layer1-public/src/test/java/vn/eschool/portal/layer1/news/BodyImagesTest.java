package vn.eschool.portal.layer1.news;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.school.SchoolLevel;

class BodyImagesTest {

    private static final School SCHOOL = new School("thcs-a", "THCS A", SchoolLevel.THCS, OffsetDateTime.now());

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
}
