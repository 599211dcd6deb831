package vn.eschool.portal.core.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** One clock for the whole portal; the school's legal time is Asia/Ho_Chi_Minh. */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId SCHOOL_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(SCHOOL_ZONE);
    }
}
