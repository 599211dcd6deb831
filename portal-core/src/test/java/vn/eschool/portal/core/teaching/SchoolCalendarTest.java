package vn.eschool.portal.core.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

class SchoolCalendarTest {

    private final SchoolCalendar calendar = new SchoolCalendar();

    @Test
    void weekOneStartsOnTheMondayOfTheOpeningWeekEvenInAugust() {
        // 5 September 2026 is a Saturday: week 1 starts on Monday 31 August.
        assertEquals(LocalDate.of(2026, 8, 31), calendar.weekStart(new SchoolYear(2026), 1));
        SchoolWeek first = calendar.weekOf(LocalDate.of(2026, 8, 31));
        assertEquals(new SchoolWeek(new SchoolYear(2026), 1, LocalDate.of(2026, 8, 31)), first);
        assertEquals(LocalDate.of(2026, 9, 6), first.end());
        assertEquals(1, calendar.weekOf(LocalDate.of(2026, 9, 6)).number());
        assertEquals(2, calendar.weekOf(LocalDate.of(2026, 9, 7)).number());
    }

    @Test
    void openingOnSundayStillCountsThatWholeWeek() {
        // 5 September 2027 is a Sunday.
        assertEquals(LocalDate.of(2027, 8, 30), calendar.weekStart(new SchoolYear(2027), 1));
        assertEquals(1, calendar.weekOf(LocalDate.of(2027, 9, 5)).number());
    }

    @Test
    void summerBelongsToTheYearThatIsEnding() {
        assertEquals("2025-2026", calendar.schoolYearOf(LocalDate.of(2026, 8, 30)).toString());
        assertEquals("2026-2027", calendar.schoolYearOf(LocalDate.of(2026, 8, 31)).toString());
        assertEquals("2026-2027", calendar.schoolYearOf(LocalDate.of(2027, 5, 31)).toString());
        SchoolWeek lastOfSummer = calendar.weekOf(LocalDate.of(2026, 8, 30));
        assertEquals(new SchoolYear(2025), lastOfSummer.year());
        assertEquals(calendar.weeksIn(new SchoolYear(2025)), lastOfSummer.number());
    }

    @Test
    void weekStartAndWeekOfAgreeAcrossAWholeYear() {
        SchoolYear year = new SchoolYear(2026);
        assertEquals(52, calendar.weeksIn(year));
        for (int week = 1; week <= calendar.weeksIn(year); week++) {
            LocalDate monday = calendar.weekStart(year, week);
            assertEquals(new SchoolWeek(year, week, monday), calendar.weekOf(monday.plusDays(3)));
        }
        assertThrows(IllegalArgumentException.class, () -> calendar.weekStart(year, 0));
        assertThrows(IllegalArgumentException.class, () -> calendar.weekStart(year, 53));
    }

    @Test
    void theOpeningDayIsAParameter() {
        SchoolCalendar earlyOpening = new SchoolCalendar(MonthDay.of(8, 20));
        // 20 August 2026 is a Thursday.
        assertEquals(LocalDate.of(2026, 8, 17), earlyOpening.weekStart(new SchoolYear(2026), 1));
        assertEquals(3, earlyOpening.weekOf(LocalDate.of(2026, 9, 5)).number());
    }
}
