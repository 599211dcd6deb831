package vn.eschool.portal.core.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LectureFactsTest {

    @Test
    void factsAreStoredAsTheAttributesEveryModuleReads() {
        ContentItem lecture = new ContentItem(null, ContentTypes.LECTURE, null, "Phân số", null, Visibility.INTERNAL,
                OffsetDateTime.parse("2026-10-05T08:00:00+07:00"));
        lecture.recordLectureFacts(new LectureFacts(" Toán ", 6, "6A ", 5, List.of("PowerPoint", "Violet")));

        assertEquals(Map.of("subject", "Toán", "grade", "6", "className", "6A", "week", "5",
                "software", "PowerPoint,Violet"), lecture.attributes());
        assertEquals(new LectureFacts("Toán", 6, "6A", 5, List.of("PowerPoint", "Violet")), lecture.lectureFacts());
    }

    @Test
    void absentOrUnreadableFactsAreNull() {
        LectureFacts facts = LectureFacts.of(Map.of("grade", "sáu", "software", " , Violet ,"));
        assertEquals(new LectureFacts(null, null, null, null, List.of("Violet")), facts);

        ContentItem item = new ContentItem(null, ContentTypes.LECTURE, null, "x", null, Visibility.INTERNAL,
                OffsetDateTime.parse("2026-10-05T08:00:00+07:00"));
        item.setAttribute("week", "3");
        item.recordLectureFacts(new LectureFacts("Toán", null, "6A", null, List.of()));
        assertFalse(item.attributes().containsKey("week"), "a fact left out is removed");
    }
}
