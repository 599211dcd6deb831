package vn.eschool.portal.audit.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import vn.eschool.portal.core.config.SchoolMonth;
import vn.eschool.portal.core.rest.PortalException;

class AuditMonthTest {

    private static final YearMonth NOW = YearMonth.of(2026, 11);

    @Test
    void aMonthStartsAtMidnightInHanoiWhichIsTheEveningBeforeInUtc() {
        AuditMonth march = AuditMonth.parse("2024-03", NOW, "month");

        assertEquals(OffsetDateTime.parse("2024-02-29T17:00:00Z").toInstant(), march.start().toInstant());
        assertEquals(OffsetDateTime.parse("2024-03-31T17:00:00Z").toInstant(), march.end().toInstant());
        assertEquals(YearMonth.of(2024, 3), SchoolMonth.of(OffsetDateTime.parse("2024-02-29T17:30:00Z")));
        assertEquals(YearMonth.of(2024, 2), SchoolMonth.of(OffsetDateTime.parse("2024-02-29T16:59:59Z")));
    }

    @Test
    void theFirstSemesterRunsFromSeptemberToJanuaryAndTheSecondFromFebruary() {
        assertEquals(YearMonth.of(2024, 9), AuditMonth.parse("2024-09", NOW, "month").semesterStart());
        assertEquals(YearMonth.of(2024, 9), AuditMonth.parse("2024-12", NOW, "month").semesterStart());
        assertEquals(YearMonth.of(2024, 9), AuditMonth.parse("2025-01", NOW, "month").semesterStart());
        assertEquals(YearMonth.of(2025, 2), AuditMonth.parse("2025-02", NOW, "month").semesterStart());
        assertEquals(YearMonth.of(2025, 2), AuditMonth.parse("2025-05", NOW, "month").semesterStart());
        assertEquals(YearMonth.of(2025, 2), AuditMonth.parse("2025-08", NOW, "month").semesterStart());
    }

    @Test
    void theSchoolYearStartsInSeptember() {
        assertEquals(YearMonth.of(2024, 9), AuditMonth.parse("2025-01", NOW, "month").schoolYearStart());
        assertEquals(YearMonth.of(2024, 9), AuditMonth.parse("2024-09", NOW, "month").schoolYearStart());
        assertEquals(YearMonth.of(2024, 9), AuditMonth.parse("2025-08", NOW, "month").schoolYearStart());
    }

    @Test
    void blankMeansTheCurrentMonthAndOthersAreRefusedWithAReason() {
        assertEquals(NOW, AuditMonth.parse(" ", NOW, "month").month());
        assertEquals("invalid-month", assertThrows(PortalException.class, () -> AuditMonth.parse("11/2026", NOW, "month")).code());
        assertEquals("invalid-month", assertThrows(PortalException.class, () -> AuditMonth.parse("2026-13", NOW, "month")).code());
        assertEquals("future-month", assertThrows(PortalException.class, () -> AuditMonth.parse("2026-12", NOW, "month")).code());
    }
}
