package vn.eschool.portal.audit.selfassessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SchoolYearTest {

    @Test
    void aSchoolYearRunsFromSeptemberToAugust() {
        assertEquals("2026-2027", SchoolYear.of(YearMonth.of(2026, 9)).toString());
        assertEquals("2025-2026", SchoolYear.of(YearMonth.of(2026, 8)).toString());
        assertTrue(SchoolYear.of(YearMonth.of(2027, 5)).contains(YearMonth.of(2026, 11)));
        assertFalse(new SchoolYear(2025).contains(YearMonth.of(2026, 11)));
    }

    @Test
    void onlyTwoConsecutiveYearsAreASchoolYear() {
        assertEquals(Optional.of(new SchoolYear(2026)), SchoolYear.parse("2026-2027"));
        assertEquals(Optional.of(new SchoolYear(2026)), SchoolYear.parse(" 2026 – 2027 "));
        assertEquals(Optional.empty(), SchoolYear.parse("2026-2028"));
        assertEquals(Optional.empty(), SchoolYear.parse("2026"));
        assertEquals(Optional.empty(), SchoolYear.parse(null));
    }
}
