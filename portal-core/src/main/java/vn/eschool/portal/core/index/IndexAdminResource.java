package vn.eschool.portal.core.index;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import vn.eschool.portal.core.config.PortalConfig;
import vn.eschool.portal.core.logbook.ActivityLog;
import vn.eschool.portal.core.rest.NumberParam;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.security.Access;

/**
 * The district admin's view of this node's search index: its size, how far it has applied the outbox, how it
 * was built, a rebuild that runs in the background with visible progress, and in a cluster the index snapshot
 * nodes copy instead of reading the database ({@link IndexSnapshots}). {@code wait} (seconds, 0 to
 * {@value #MAX_WAIT_SECONDS}) makes the status call wait for a running rebuild, and the replay after it, to end,
 * so scripts and tests need not poll.
 */
@RequestScoped
@Path("/api/v1/admin/index")
@Produces(MediaType.APPLICATION_JSON)
public class IndexAdminResource {

    static final int MAX_WAIT_SECONDS = 3600;

    /**
     * @param complete false while a rebuild fills an index that was empty or out of step (searches answer 503)
     * @param ready    complete, not rebuilding, and caught up with the outbox: what readiness reports
     * @param outboxPosition the last outbox event this node has applied (with every earlier one)
     * @param builtFrom      {@code database} or {@code snapshot}: how the index was last built (absent for an
     *                       index from before this was recorded)
     * @param builtAt        the outbox position it was built at, replayed from there
     * @param generation     the cluster's rebuild generation the index belongs to
     * @param snapshot       the registered index snapshot; absent without index snapshots (a single node)
     */
    public record IndexStatus(long documents, long databaseItems, boolean complete, boolean ready,
                              long outboxPosition, String builtFrom, Long builtAt, long generation,
                              Outbox.Snapshot snapshot, SearchIndexer.RebuildStatus rebuild) {
    }

    @Inject
    SearchIndexer indexer;

    @Inject
    IndexFeed feed;

    @Inject
    Access access;

    @Inject
    ActivityLog log;

    @Inject
    PortalConfig config;

    @Inject
    IndexSnapshots snapshots;

    @GET
    public IndexStatus status(@QueryParam("wait") String wait) {
        access.requireDistrictAdmin();
        long waitSeconds = NumberParam.parse(wait, 0, MAX_WAIT_SECONDS, () -> PortalException.badRequest(
                "invalid-wait", "Thời gian chờ phải là số giây nguyên từ 0 đến " + MAX_WAIT_SECONDS + ".",
                "The wait must be a whole number of seconds from 0 to " + MAX_WAIT_SECONDS + ".")).orElse(0);
        if (waitSeconds > 0) {
            indexer.awaitRebuild(Duration.ofSeconds(waitSeconds));
        }
        return status(indexer.status());
    }

    /**
     * {@code empty=true} starts from an empty index, as after losing it: searches answer 503 until it ends.
     * {@code cluster=true} (index snapshots only, else 409): this node rebuilds, then publishes a snapshot of the
     * next generation, which every other node loads in place of its index.
     */
    @POST
    @Path("rebuild")
    public Response rebuild(@QueryParam("empty") boolean empty, @QueryParam("cluster") boolean cluster) {
        access.requireDistrictAdmin();
        SearchIndexer.RebuildStatus status = indexer.startRebuild(empty, cluster);
        log.record(null, cluster ? "index.rebuild.cluster" : "index.rebuild", null, null);
        return Response.accepted(status(status)).build();
    }

    /**
     * Publishes a snapshot of this node's index to the shared directory now: the registered snapshot. 409 without
     * index snapshots (a single node), while this node's index is incomplete or another publication runs.
     */
    @POST
    @Path("snapshot")
    public Outbox.Snapshot snapshot() {
        access.requireDistrictAdmin();
        Outbox.Snapshot snapshot = indexer.publishSnapshot();
        log.record(null, "index.snapshot", null, null);
        return snapshot;
    }

    /** Integration tests only: the next rebuild stops after reading the database, until {@code DELETE}. */
    @POST
    @Path("test-hold")
    public Response hold() {
        requireTestHooks();
        indexer.holdNextRebuild();
        return Response.noContent().build();
    }

    /** Answers once the held rebuild has stopped (204), or 409 after a minute. */
    @GET
    @Path("test-hold")
    public Response awaitHeld() throws InterruptedException {
        requireTestHooks();
        if (!indexer.awaitHeld(Duration.ofMinutes(1))) {
            throw PortalException.conflict("not-held", "Chưa dừng.", "The rebuild has not stopped.");
        }
        return Response.noContent().build();
    }

    @DELETE
    @Path("test-hold")
    public Response release() {
        requireTestHooks();
        indexer.release();
        return Response.noContent().build();
    }

    private void requireTestHooks() {
        access.requireDistrictAdmin();
        if (!config.testClock()) {
            throw PortalException.notFound("Không tìm thấy.", "Not found.");
        }
    }

    private IndexStatus status(SearchIndexer.RebuildStatus rebuild) {
        SearchIndexer.Build build = indexer.build();
        return new IndexStatus(indexer.documentCount(), feed.count(), indexer.complete(), indexer.ready(),
                indexer.position(), build.from(), build.position(), build.generation(),
                snapshots.enabled() ? snapshots.registered() : null, rebuild);
    }
}
