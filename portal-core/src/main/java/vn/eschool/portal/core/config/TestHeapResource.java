package vn.eschool.portal.core.config;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.lang.management.ManagementFactory;
import java.util.Map;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.security.Access;

/**
 * Integration tests measure the heap here (district admin): a full collection, then the bytes still in use, so
 * that a test can show a load leaves nothing behind. Absent (404) unless the portal runs with
 * {@code PORTAL_TEST_CLOCK=true}, the switch of every test-only endpoint.
 */
@RequestScoped
@Path("/api/v1/admin/test-heap")
@Produces(MediaType.APPLICATION_JSON)
public class TestHeapResource {

    @Inject
    ClockProducer clocks;

    @Inject
    Access access;

    @POST
    public Map<String, Long> usedAfterCollection() {
        if (clocks.testClock().isEmpty()) {
            throw PortalException.notFound("Không tìm thấy.", "Not found.");
        }
        access.requireDistrictAdmin();
        // Two collections: objects with finalizers or cleaners are freed by the second.
        System.gc();
        System.gc();
        return Map.of("usedBytes", ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
}
