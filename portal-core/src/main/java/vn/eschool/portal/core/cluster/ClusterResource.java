package vn.eschool.portal.core.cluster;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import vn.eschool.portal.core.config.PortalConfig;
import vn.eschool.portal.core.files.UploadClaims;
import vn.eschool.portal.core.index.Outbox;
import vn.eschool.portal.core.security.Access;

/**
 * The district admin's view of the cluster from this node: every node's heartbeat and how far it has applied the
 * outbox (the database's view, which the portal's correctness rests on), and the members of the data grid this
 * node found (Payara's clustering).
 */
@RequestScoped
@Path("/api/v1/admin/cluster")
@Produces(MediaType.APPLICATION_JSON)
public class ClusterResource {

    /**
     * @param live      heard from within {@link UploadClaims#DEAD}
     * @param behind    outbox events it has yet to apply
     */
    public record Node(String node, boolean self, boolean live, long applied, long behind, OffsetDateTime seenAt) {
    }

    /** {@code dataGrid} is null when the server runs none. */
    public record ClusterStatus(String node, long outboxPosition, List<Node> nodes, DataGrid.Membership dataGrid) {
    }

    @Inject
    Access access;

    @Inject
    Outbox outbox;

    @Inject
    DataGrid grid;

    @Inject
    PortalConfig config;

    @GET
    public ClusterStatus status() {
        access.requireDistrictAdmin();
        long latest = outbox.latest();
        OffsetDateTime deadBefore = OffsetDateTime.now(ZoneOffset.UTC).minus(UploadClaims.DEAD);
        List<Node> nodes = outbox.heartbeats().stream().map(beat -> new Node(beat.node(),
                beat.node().equals(config.nodeId()), beat.seenAt().isAfter(deadBefore), beat.applied(),
                Math.max(0, latest - beat.applied()), beat.seenAt())).toList();
        return new ClusterStatus(config.nodeId(), latest, nodes, grid.membership().orElse(null));
    }
}
