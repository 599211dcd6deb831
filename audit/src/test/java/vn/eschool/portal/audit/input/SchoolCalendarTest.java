package vn.eschool.portal.audit.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchoolCalendarTest {

    @Test
    void novemberHasTeachersDayAndTetMovesWithTheLunarCalendar() {
        assertEquals(List.of(new SchoolCalendar.SchoolEvent("Ngày Nhà giáo Việt Nam 20/11", LocalDate.of(2026, 11, 20), "nhà giáo")),
                SchoolCalendar.eventsIn(YearMonth.of(2026, 11)));
        assertEquals(LocalDate.of(2025, 1, 29), SchoolCalendar.eventsIn(YearMonth.of(2025, 1)).get(0).date());
        assertEquals(List.of(), SchoolCalendar.eventsIn(YearMonth.of(2026, 1)), "Tết 2026 is in February");
        assertEquals("Tết Nguyên đán", SchoolCalendar.eventsIn(YearMonth.of(2026, 2)).get(0).name());
        assertEquals(List.of(), SchoolCalendar.eventsIn(YearMonth.of(2026, 10)));
    }
}
