package vn.eschool.portal.layer1.stats;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.eschool.portal.core.security.Access;

/** The hook that writes the in-memory counters now (district admin; tests call it instead of waiting). */
@RequestScoped
@Path("/api/v1/admin/stats")
@Produces(MediaType.APPLICATION_JSON)
public class StatsAdminResource {

    @Inject
    Access access;

    @Inject
    SiteCounters counters;

    /** Writes the counted visits and reads now (they are written every few seconds anyway). */
    @POST
    @Path("flush")
    public SiteCounters.Flushed flush() {
        access.requireDistrictAdmin();
        return counters.flush();
    }
}
