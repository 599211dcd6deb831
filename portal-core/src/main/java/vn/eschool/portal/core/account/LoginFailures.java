package vn.eschool.portal.core.account;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * The lockout policy as a value: {@value #MAX_FAILURES} failed logins within {@link #WINDOW} lock the
 * account for {@link #LOCK}. A success clears it ({@link #NONE}).
 */
public record LoginFailures(int count, OffsetDateTime windowStart, OffsetDateTime lockedUntil) {

    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(5);
    public static final Duration LOCK = Duration.ofMinutes(15);
    public static final LoginFailures NONE = new LoginFailures(0, null, null);

    public boolean lockedAt(OffsetDateTime now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** The state after one more failed attempt at {@code now}. */
    public LoginFailures afterFailureAt(OffsetDateTime now) {
        boolean windowOpen = windowStart != null && now.isBefore(windowStart.plus(WINDOW));
        int failures = windowOpen ? count + 1 : 1;
        OffsetDateTime start = windowOpen ? windowStart : now;
        if (failures >= MAX_FAILURES) {
            return new LoginFailures(0, null, now.plus(LOCK));
        }
        return new LoginFailures(failures, start, lockedAt(now) ? lockedUntil : null);
    }
}
