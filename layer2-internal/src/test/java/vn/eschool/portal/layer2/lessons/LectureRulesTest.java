package vn.eschool.portal.layer2.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.account.Role;
import vn.eschool.portal.core.content.ContentItem;
import vn.eschool.portal.core.content.ContentStatus;
import vn.eschool.portal.core.content.LectureFacts;
import vn.eschool.portal.core.content.Visibility;
import vn.eschool.portal.core.files.Attachment;
import vn.eschool.portal.core.files.StoredBlob;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.school.SchoolLevel;
import vn.eschool.portal.core.teaching.SchoolCalendar;
import vn.eschool.portal.core.teaching.SchoolWeek;

/** The rules of an e-lecture upload: duplicates, software list, week, original date, title. */
class LectureRulesTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 10, 14, 9, 0, 0, 0, ZoneOffset.ofHours(7));
    private static final String SHA = "a".repeat(64);

    private static <T> T withId(T entity, long id) throws ReflectiveOperationException {
        Field field = entity.getClass().getDeclaredField("id");
        field.setAccessible(true);
        field.set(entity, id);
        return entity;
    }

    private static ContentItem lecture(School school, Account author, String sha) {
        ContentItem item = new ContentItem(school, "LECTURE", "Kho bài giảng – Tổ Toán", "Bài 1", author,
                Visibility.INTERNAL, NOW);
        item.attach(new Attachment(school, new StoredBlob(sha, 10), "bai1.pptx", "application/x", author, NOW));
        item.publish(NOW);
        return item;
    }

    @Test
    void theSameFileFromTheSameAuthorIsADuplicateUntilDeleted() throws ReflectiveOperationException {
        School school = withId(new School("thcs-thu", "Trường THCS Thử", SchoolLevel.THCS, NOW), 1);
        Account teacher = withId(new Account(school, "gv01", "Giáo Viên", Role.TEACHER, "x", NOW), 5);
        ContentItem existing = lecture(school, teacher, SHA);

        assertTrue(new DuplicateLecture(5, SHA).matches(existing));
        assertFalse(new DuplicateLecture(6, SHA).matches(existing), "the same file from another teacher");
        assertFalse(new DuplicateLecture(5, "b".repeat(64)).matches(existing), "another file");
        existing.moveTo(ContentStatus.DELETED);
        assertFalse(new DuplicateLecture(5, SHA).matches(existing), "a deleted lecture may be uploaded again");
    }

    @Test
    void softwareListsTheDetectedFirstThenTheTeachersEachOnce() {
        assertEquals(List.of("PowerPoint 2016", "Violet", "iSpring"),
                LectureSoftware.merge(List.of("PowerPoint 2016"), List.of(" Violet ", "powerpoint 2016", "", "iSpring",
                        "violet")));
        assertEquals(List.of("ActivInspire"), LectureSoftware.merge(List.of(), List.of("ActivInspire")));
        assertEquals(List.of("PowerPoint", "Violet"), LectureFacts.software("PowerPoint, Violet"));
        assertEquals(List.of("A B"), LectureSoftware.merge(List.of(), List.of("A,B")), "a comma cannot split a name");
    }

    @Test
    void theWeekDefaultsToTheSchoolWeekOfTheDateInHanoiTime() {
        SchoolCalendar calendar = new SchoolCalendar();
        // 2026-09-05 is a Saturday: week 1 of 2026-2027 starts on Monday 31 August.
        SchoolWeek week1 = LectureWeek.of(calendar, OffsetDateTime.of(2026, 9, 6, 23, 30, 0, 0,
                ZoneOffset.ofHours(7)), null);
        assertEquals(1, week1.number());
        assertEquals("2026-2027", week1.year().toString());
        // Sunday 17:30 UTC is already Monday 00:30 in Hà Nội: week 2.
        assertEquals(2, LectureWeek.of(calendar, OffsetDateTime.of(2026, 9, 6, 17, 30, 0, 0, ZoneOffset.UTC), null)
                .number());
    }

    @Test
    void aNamedWeekMustExistInTheSchoolYear() {
        SchoolCalendar calendar = new SchoolCalendar();
        SchoolWeek named = LectureWeek.of(calendar, NOW, 3);
        assertEquals(3, named.number());
        assertEquals(LocalDate.of(2026, 9, 14), named.start());
        PortalException refused = assertThrows(PortalException.class, () -> LectureWeek.of(calendar, NOW, 60));
        assertEquals("invalid-week", refused.code());
    }

    @Test
    void originalDatesAreReadInTheSchoolsTimeUnlessAnOffsetIsGiven() {
        assertEquals(OffsetDateTime.of(2025, 10, 15, 8, 0, 0, 0, ZoneOffset.ofHours(7)),
                OriginalDate.parse("2025-10-15T08:00").orElseThrow());
        assertEquals(OffsetDateTime.of(2025, 10, 15, 0, 0, 0, 0, ZoneOffset.ofHours(7)),
                OriginalDate.parse("2025-10-15").orElseThrow());
        assertEquals(OffsetDateTime.of(2025, 10, 15, 1, 0, 0, 0, ZoneOffset.UTC),
                OriginalDate.parse("2025-10-15T01:00:00Z").orElseThrow());
        assertTrue(OriginalDate.parse(" ").isEmpty());
        assertThrows(DateTimeParseException.class, () -> OriginalDate.parse("15/10/2025"));
    }

    @Test
    void severalFilesAreTitledByTheirNamesAfterTheCommonTitle() {
        assertEquals("Phân số", LectureService.title("Phân số", "bai-1.pptx", 1));
        assertEquals("Phân số – bai-2", LectureService.title("Phân số", "bai-2.pptx", 2));
        assertEquals("bai-3", LectureService.title(null, "bai-3.pptx", 1));
    }
}
