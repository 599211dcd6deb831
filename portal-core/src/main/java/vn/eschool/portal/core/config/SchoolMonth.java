package vn.eschool.portal.core.config;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;

/**
 * The month an event counts towards, in the school's legal time (Asia/Ho_Chi_Minh, UTC+7), not in UTC:
 * an e-lecture uploaded at 00:30 on 1 November local time is still 31 October (17:30) in UTC, and counts
 * for November; one uploaded at 23:59 on 31 October local time (16:59 UTC) counts for October.
 */
public final class SchoolMonth {

    private SchoolMonth() {
    }

    public static YearMonth of(Instant instant) {
        return YearMonth.from(instant.atZone(ClockProducer.SCHOOL_ZONE));
    }

    public static YearMonth of(OffsetDateTime time) {
        return of(time.toInstant());
    }
}
