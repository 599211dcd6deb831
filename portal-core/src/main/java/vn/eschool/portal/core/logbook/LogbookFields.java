package vn.eschool.portal.core.logbook;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What happened, as written to the portal's activity logbook (sổ nhật ký theo dõi hoạt động của cổng TTĐT).
 * Only the time and the action are required: system jobs have no actor, some actions no target.
 * The school code is {@code Account.DISTRICT_SCOPE} for district actions.
 */
public record LogbookFields(String schoolCode, Instant time, String actor, String action, String target,
                            String details, String ip) {

    public LogbookFields {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(action, "action");
        // PostgreSQL and H2 keep microseconds: a nanosecond clock would hash a time the database cannot return.
        time = time.truncatedTo(ChronoUnit.MICROS);
    }
}
