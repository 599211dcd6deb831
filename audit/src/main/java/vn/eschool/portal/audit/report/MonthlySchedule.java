package vn.eschool.portal.audit.report;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import vn.eschool.portal.core.config.ClockProducer;

/**
 * When the monthly report is prepared: on the 20th of every month at 06:00 in the schools' legal time
 * (Asia/Ho_Chi_Minh), whatever the server's time zone; the report is for the month before, closed by then
 * (a report of the current month would judge 19 days and freeze criteria not yet entered).
 */
public final class MonthlySchedule {

    public static final int DAY = 20;
    public static final LocalTime AT = LocalTime.of(6, 0);

    private MonthlySchedule() {
    }

    /** The first run strictly after {@code after}, in Asia/Ho_Chi_Minh. */
    public static ZonedDateTime nextRun(ZonedDateTime after) {
        ZonedDateTime local = after.withZoneSameInstant(ClockProducer.SCHOOL_ZONE);
        ZonedDateTime thisMonth = local.toLocalDate().withDayOfMonth(DAY).atTime(AT).atZone(ClockProducer.SCHOOL_ZONE);
        return thisMonth.isAfter(local) ? thisMonth : thisMonth.plusMonths(1);
    }

    /** The month a run on {@code date} reports: the previous one; only the 20th is a day of the monthly report. */
    public static YearMonth monthReportedOn(LocalDate date) {
        if (date.getDayOfMonth() != DAY) {
            throw new IllegalArgumentException("The monthly report is prepared on the " + DAY + "th, not on " + date);
        }
        return YearMonth.from(date).minusMonths(1);
    }
}
