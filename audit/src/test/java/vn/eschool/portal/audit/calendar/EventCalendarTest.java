package vn.eschool.portal.audit.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventCalendarTest {

    private static final long SCHOOL = 7L;
    private static final CalendarEntry OPENING = district(1, "Lễ khai giảng", 9, 5, null, "khai giảng");
    private static final CalendarEntry TEACHERS_DAY = district(2, "Ngày Nhà giáo Việt Nam 20/11", 11, 20, null, "nhà giáo");
    private static final CalendarEntry TET_2026 = district(9, "Tết Nguyên đán", 2, 17, 2026, "tết");
    private static final CalendarEntry TET_2027 = district(10, "Tết Nguyên đán", 2, 6, 2027, "tết");
    private static final List<CalendarEntry> DEFAULTS = List.of(OPENING, TEACHERS_DAY, TET_2026, TET_2027);

    private static CalendarEntry district(long id, String name, int month, int day, Integer year, String words) {
        return new CalendarEntry(id, null, null, name, month, day, year, words, false);
    }

    private static CalendarEntry school(long id, Long replaces, String name, int month, int day, boolean cancelled) {
        return new CalendarEntry(id, SCHOOL, replaces, name, month, day, null, name, cancelled);
    }

    private static List<String> names(List<EventCalendar.SchoolEvent> events) {
        return events.stream().map(e -> e.name() + " " + e.date()).toList();
    }

    @Test
    void withoutSchoolLinesTheDistrictDefaultsApplyYearAfterYear() {
        EventCalendar calendar = EventCalendar.merge(DEFAULTS, List.of());

        assertEquals(List.of("Lễ khai giảng 2025-09-05", "Ngày Nhà giáo Việt Nam 20/11 2025-11-20",
                "Tết Nguyên đán 2026-02-17"), names(calendar.schoolYear(2025)));
        assertEquals(List.of("Tết Nguyên đán 2027-02-06"), names(calendar.eventsIn(YearMonth.of(2027, 2))));
        assertEquals(List.of(), calendar.eventsIn(YearMonth.of(2028, 2)), "no Tết line for 2028 in this calendar");
        assertTrue(calendar.eventsIn(YearMonth.of(2025, 9)).get(0).districtDefault());
    }

    @Test
    void aSchoolMovesOneDistrictEventCancelsAnotherAndAddsItsOwn() {
        List<CalendarEntry> lines = List.of(
                school(100, 1L, "Lễ khai giảng (dời lịch)", 9, 8, false),
                school(101, 2L, "Ngày Nhà giáo Việt Nam 20/11", 11, 20, true),
                school(102, null, "Hội khỏe Phù Đổng cấp trường", 3, 26, false));

        EventCalendar calendar = EventCalendar.merge(DEFAULTS, lines);

        assertEquals(List.of("Lễ khai giảng (dời lịch) 2025-09-08", "Tết Nguyên đán 2026-02-17",
                "Hội khỏe Phù Đổng cấp trường 2026-03-26"), names(calendar.schoolYear(2025)));
        assertFalse(calendar.eventsIn(YearMonth.of(2025, 9)).get(0).districtDefault());
        assertEquals(List.of(), calendar.eventsIn(YearMonth.of(2025, 11)), "cancelled by the school");
        assertEquals(4, calendar.entries().size(), "Tết twice, the moved opening and the school's own event");
    }

    @Test
    void anotherSchoolsLinesAreNotMerged() {
        EventCalendar other = EventCalendar.merge(DEFAULTS, List.of());
        EventCalendar mine = EventCalendar.merge(DEFAULTS, List.of(school(101, 2L, "20/11", 11, 20, true)));

        assertEquals(1, other.eventsIn(YearMonth.of(2025, 11)).size());
        assertEquals(0, mine.eventsIn(YearMonth.of(2025, 11)).size());
    }

    @Test
    void leapDaysAndImpossibleDates() {
        CalendarEntry leapDay = district(3, "Ngày 29/2", 2, 29, null, "29/2");

        assertEquals(LocalDate.of(2028, 2, 29), leapDay.dateIn(2028).orElseThrow());
        assertTrue(leapDay.dateIn(2027).isEmpty());
        assertFalse(CalendarEntry.validDate(2, 30, null));
        assertFalse(CalendarEntry.validDate(2, 29, 2027));
        assertThrows(IllegalArgumentException.class, () -> district(4, "31/4", 4, 31, null, "x"));
    }
}
