package vn.eschool.portal.core.index;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import vn.eschool.portal.core.logbook.ActivityLog;
import vn.eschool.portal.core.security.Access;

/**
 * The district admin's view of the search index: its size, and a rebuild that runs in the background with
 * visible progress. {@code wait} (seconds, at most 120) makes the status call wait for a running rebuild to
 * end, so scripts and tests need not poll.
 */
@RequestScoped
@Path("/api/v1/admin/index")
@Produces(MediaType.APPLICATION_JSON)
public class IndexAdminResource {

    private static final int MAX_WAIT_SECONDS = 120;

    public record IndexStatus(long documents, long databaseItems, SearchIndexer.RebuildStatus rebuild) {
    }

    @Inject
    SearchIndexer indexer;

    @Inject
    IndexFeed feed;

    @Inject
    Access access;

    @Inject
    ActivityLog log;

    @GET
    public IndexStatus status(@QueryParam("wait") @DefaultValue("0") int waitSeconds) {
        access.requireDistrictAdmin();
        if (waitSeconds > 0) {
            indexer.awaitRebuild(Duration.ofSeconds(Math.min(waitSeconds, MAX_WAIT_SECONDS)));
        }
        return new IndexStatus(indexer.documentCount(), feed.count(), indexer.status());
    }

    @POST
    @Path("rebuild")
    public Response rebuild() {
        access.requireDistrictAdmin();
        SearchIndexer.RebuildStatus status = indexer.startRebuild();
        log.record(null, "index.rebuild", null, null);
        return Response.accepted(new IndexStatus(indexer.documentCount(), feed.count(), status)).build();
    }
}
