package vn.eschool.portal.core.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The system clock moved by an offset, for integration tests only ({@code PORTAL_TEST_CLOCK=true}): they see what
 * the portal does at a later time (a scheduled post coming due) without waiting for it.
 */
public final class AdjustableClock extends Clock {

    private final Clock system;
    private final AtomicReference<Duration> offset;

    AdjustableClock(Clock system) {
        this(system, new AtomicReference<>(Duration.ZERO));
    }

    private AdjustableClock(Clock system, AtomicReference<Duration> offset) {
        this.system = system;
        this.offset = offset;
    }

    /** Moves the clock forward by {@code amount} (backward if negative), from where it is now. */
    public void moveBy(Duration amount) {
        offset.accumulateAndGet(amount, Duration::plus);
    }

    /** Back to the system's time. */
    public void reset() {
        offset.set(Duration.ZERO);
    }

    @Override
    public Instant instant() {
        return system.instant().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new AdjustableClock(system.withZone(zone), offset);
    }
}
