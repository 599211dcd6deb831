package vn.eschool.portal.audit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MonthlyScheduleTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    @ParameterizedTest(name = "after {0} → {1}")
    @CsvSource({
            "2026-11-03T10:00+07:00[Asia/Ho_Chi_Minh], 2026-11-20T06:00+07:00[Asia/Ho_Chi_Minh]",
            "2026-11-20T05:59+07:00[Asia/Ho_Chi_Minh], 2026-11-20T06:00+07:00[Asia/Ho_Chi_Minh]",
            "2026-11-20T06:00+07:00[Asia/Ho_Chi_Minh], 2026-12-20T06:00+07:00[Asia/Ho_Chi_Minh]",
            "2026-12-25T00:00+07:00[Asia/Ho_Chi_Minh], 2027-01-20T06:00+07:00[Asia/Ho_Chi_Minh]",
            // 22:59 UTC on the 19th is already 05:59 on the 20th in Hà Nội: the run is one minute away, not a month.
            "2026-11-19T22:59Z[UTC],                   2026-11-20T06:00+07:00[Asia/Ho_Chi_Minh]",
            // 23:00 UTC on the 19th is 06:00 on the 20th in Hà Nội: that run is now, the next is in December.
            "2026-11-19T23:00Z[UTC],                   2026-12-20T06:00+07:00[Asia/Ho_Chi_Minh]"})
    void theNextRunIsTheNext20thAtSixInHanoi(String after, String expected) {
        assertEquals(ZonedDateTime.parse(expected), MonthlySchedule.nextRun(ZonedDateTime.parse(after)));
    }

    @Test
    void theRunIsAtSixInHanoiWhateverTheServersZone() {
        ZonedDateTime run = MonthlySchedule.nextRun(ZonedDateTime.of(2026, 2, 1, 0, 0, 0, 0, ZoneOffset.ofHours(-5)));
        assertEquals(HANOI, run.getZone());
        assertEquals(ZonedDateTime.of(2026, 2, 19, 23, 0, 0, 0, ZoneOffset.UTC).toInstant(), run.toInstant());
    }

    @Test
    void aRunOnThe20thReportsThePreviousFullMonthAndOnlyThe20thIsAReportDay() {
        assertEquals(YearMonth.of(2026, 10), MonthlySchedule.monthReportedOn(LocalDate.of(2026, 11, 20)));
        assertEquals(YearMonth.of(2026, 12), MonthlySchedule.monthReportedOn(LocalDate.of(2027, 1, 20)), "across the new year");
        assertThrows(IllegalArgumentException.class, () -> MonthlySchedule.monthReportedOn(LocalDate.of(2026, 11, 21)));
    }

    @Test
    void theTriggerAsksForTheNext20thAfterTheScheduledTime() {
        MonthlyTrigger trigger = new MonthlyTrigger();
        assertEquals(HANOI, trigger.getZoneId());
        assertEquals(ZonedDateTime.of(2027, 3, 20, 6, 0, 0, 0, HANOI),
                trigger.getNextRunTime(null, ZonedDateTime.of(2027, 2, 20, 6, 0, 0, 0, HANOI)));
    }
}
