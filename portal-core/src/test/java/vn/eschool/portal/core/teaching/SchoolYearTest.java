package vn.eschool.portal.core.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.eschool.portal.core.rest.PortalException;

class SchoolYearTest {

    @Test
    void aSchoolYearRunsFromSeptemberToAugust() {
        assertEquals("2026-2027", SchoolYear.of(YearMonth.of(2026, 9)).toString());
        assertEquals("2025-2026", SchoolYear.of(YearMonth.of(2026, 8)).toString());
        assertTrue(SchoolYear.of(YearMonth.of(2027, 5)).contains(YearMonth.of(2026, 11)));
        assertFalse(new SchoolYear(2025).contains(YearMonth.of(2026, 11)));
        assertEquals(YearMonth.of(2026, 9), new SchoolYear(2026).firstMonth());
        assertEquals(YearMonth.of(2027, 8), new SchoolYear(2026).lastMonth());
    }

    @Test
    void onlyTwoConsecutiveYearsOfThisEraAreASchoolYear() {
        assertEquals(Optional.of(new SchoolYear(2026)), SchoolYear.parse("2026-2027"));
        assertEquals(Optional.of(new SchoolYear(2026)), SchoolYear.parse(" 2026 – 2027 "));
        assertEquals(Optional.of(new SchoolYear(2026)), SchoolYear.parse(" 2026 - 2027 "));
        assertEquals(Optional.empty(), SchoolYear.parse("2026-2028"));
        assertEquals(Optional.empty(), SchoolYear.parse("2026"));
        assertEquals(Optional.empty(), SchoolYear.parse("1026-1027"));
        assertEquals(Optional.empty(), SchoolYear.parse(null));
    }

    @Test
    void aRequestNamingNoValidYearIsABadRequest() {
        assertEquals(new SchoolYear(2026), SchoolYear.require("2026-2027"));
        assertEquals(400, assertThrows(PortalException.class, () -> SchoolYear.require("năm nay")).status());
        assertThrows(PortalException.class, () -> SchoolYear.require(null));
        assertEquals(new SchoolYear(2025), SchoolYear.param(" ", YearMonth.of(2026, 3)));
    }

    @Test
    void neighboursOrderAndLabels() {
        SchoolYear year = new SchoolYear(2026);
        assertEquals(new SchoolYear(2025), year.previous());
        assertEquals(new SchoolYear(2027), year.next());
        assertTrue(year.compareTo(year.next()) < 0);
        assertEquals("2026–2027", year.label());
        assertEquals(LocalDate.of(2026, 6, 30), year.on(MonthDay.of(6, 30)));
    }
}
