package vn.eschool.portal.core.config;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;

/**
 * One clock for the whole portal; the school's legal time is Asia/Ho_Chi_Minh. The integration tests run it as an
 * {@link AdjustableClock} ({@code portal.test.clock}); it is never adjustable otherwise.
 */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId SCHOOL_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    PortalConfig config;

    private Clock clock;
    private AdjustableClock testClock;

    @PostConstruct
    void init() {
        clock = Clock.system(SCHOOL_ZONE);
        if (config.testClock()) {
            testClock = new AdjustableClock(clock);
            clock = testClock;
        }
    }

    @Produces
    @ApplicationScoped
    Clock clock() {
        return clock;
    }

    /** The clock the tests move, when the portal runs for them. */
    public Optional<AdjustableClock> testClock() {
        return Optional.ofNullable(testClock);
    }
}
