package vn.eschool.portal.core.config;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.security.Access;

/**
 * Integration tests move the portal's clock here (district admin, {@code advance} an ISO-8601 duration such as
 * {@code PT25H}); absent (404) unless the portal runs with {@code PORTAL_TEST_CLOCK=true}.
 */
@RequestScoped
@Path("/api/v1/admin/test-clock")
@Produces(MediaType.APPLICATION_JSON)
public class TestClockResource {

    @Inject
    ClockProducer clocks;

    @Inject
    Clock clock;

    @Inject
    Access access;

    @POST
    public Map<String, String> advance(@QueryParam("advance") String advance) {
        AdjustableClock testClock = requireTestClock();
        try {
            testClock.moveBy(Duration.parse(advance == null ? "" : advance));
        } catch (DateTimeParseException e) {
            throw PortalException.badRequest("invalid-duration", "Khoảng thời gian phải có dạng ISO-8601, ví dụ PT25H.",
                    "The duration must be ISO-8601, e.g. PT25H.");
        }
        return now();
    }

    @DELETE
    public Map<String, String> reset() {
        requireTestClock().reset();
        return now();
    }

    private AdjustableClock requireTestClock() {
        AdjustableClock testClock = clocks.testClock().orElseThrow(() -> PortalException.notFound(
                "Không tìm thấy.", "Not found."));
        access.requireDistrictAdmin();
        return testClock;
    }

    private Map<String, String> now() {
        return Map.of("now", OffsetDateTime.now(clock).toString());
    }
}
