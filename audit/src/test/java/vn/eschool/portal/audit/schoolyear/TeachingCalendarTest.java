package vn.eschool.portal.audit.schoolyear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import vn.eschool.portal.core.teaching.SchoolYear;

class TeachingCalendarTest {

    private static final SchoolYear YEAR = new SchoolYear(2026);

    @Test
    void withoutRecordedDatesJuneToAugustAreNotInSession() {
        TeachingCalendar calendar = TeachingCalendar.builtIn(YEAR);

        assertFalse(calendar.inSession(YearMonth.of(2027, 7)), "July");
        assertFalse(calendar.inSession(YearMonth.of(2027, 6)));
        assertFalse(calendar.inSession(YearMonth.of(2026, 8)));
        assertTrue(calendar.inSession(YearMonth.of(2027, 5)));
        // From Saturday 5 September 2026: Monday 7 to Wednesday 30, weekdays only → 18 days.
        assertEquals(18, calendar.teachingDays(YearMonth.of(2026, 9)).size());
        assertEquals(LocalDate.of(2026, 9, 7), calendar.teachingDays(YearMonth.of(2026, 9)).get(0));
    }

    @Test
    void theTetBreakIsNoTeachingDayAndAMonthInsideItIsNotInSession() {
        TeachingCalendar calendar = new TeachingCalendar(YEAR, LocalDate.of(2026, 9, 5), LocalDate.of(2027, 6, 10),
                LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 28), TeachingCalendar.Source.SCHOOL);

        assertFalse(calendar.inSession(YearMonth.of(2027, 2)), "February is all Tết break");
        assertFalse(calendar.isTeachingDay(LocalDate.of(2027, 2, 10)));
        // 1–10 June 2027: Tuesday 1 to Thursday 10, weekdays → 8 days.
        assertEquals(8, calendar.teachingDays(YearMonth.of(2027, 6)).size());
        assertTrue(calendar.inSession(YearMonth.of(2027, 6)), "a school closing on 10 June teaches in June");
    }

    @Test
    void aBreakWithoutItsLastDayIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TeachingCalendar(YEAR, LocalDate.of(2026, 9, 5),
                LocalDate.of(2027, 5, 31), LocalDate.of(2027, 2, 1), null, TeachingCalendar.Source.SCHOOL));
    }
}
