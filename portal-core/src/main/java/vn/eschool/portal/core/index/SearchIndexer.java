package vn.eschool.portal.core.index;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.eschool.portal.core.cluster.DataGrid;
import vn.eschool.portal.core.config.PortalConfig;
import vn.eschool.portal.core.content.ContentChanged;
import vn.eschool.portal.core.rest.PortalException;

/**
 * Owns this node's Lucene index of all content and keeps it in step with the database through the outbox
 * ({@link Outbox}): one follower thread applies every node's committed changes in order, re-reading each changed
 * item, and commits the outbox position it has applied with the index, so a restart replays from there. It reads
 * the outbox when the data grid announces new events and every 200 ms otherwise; what it applies is searchable at
 * once and committed at most once a second (a crash replays the rest). The node
 * that made a change also applies it at once after its commit ({@link ContentIndexing}), so its own requests see
 * it. A rebuild runs on the follower thread too, then replays the changes made while it ran.
 *
 * <p>The index is <em>incomplete</em> while a rebuild runs that start-up (or an admin asking for an empty start)
 * needed: searches and the audit then answer 503 {@code index-rebuilding} rather than partial numbers, and the
 * node is not ready ({@link #ready()}) while it rebuilds or has not yet caught up with the outbox.
 *
 * <p>In a cluster ({@link IndexSnapshots}) such a rebuild first loads the registered snapshot of a peer's index if
 * it can catch up from it, and a snapshot of a later generation (a rebuild for the whole cluster, run by one node)
 * replaces a ready node's index, which answers from the index before until the replacement commits.
 */
@ApplicationScoped
public class SearchIndexer {

    /** Status of the last (or running) rebuild. */
    public record RebuildStatus(boolean running, boolean merging, long done, long total, OffsetDateTime startedAt,
                                OffsetDateTime finishedAt, String error) {
        static final RebuildStatus NEVER = new RebuildStatus(false, false, 0, 0, null, null, null);
    }

    /**
     * How the index was last built: read from the database or copied from a peer's snapshot ({@code from}, null
     * for an index from before this was recorded), at which outbox {@code position}, and the cluster's rebuild
     * {@code generation} it belongs to: a registered snapshot of a later one replaces it.
     */
    public record Build(String from, Long position, long generation) {
        static final String DATABASE = "database";
        static final String SNAPSHOT = "snapshot";
    }

    /** Commit user data key of the outbox position applied. */
    static final String POSITION = "outboxPosition";
    private static final String BUILT_FROM = "builtFrom";
    private static final String BUILT_AT = "builtAtPosition";
    private static final String GENERATION = "snapshotGeneration";
    private static final Logger LOG = Logger.getLogger(SearchIndexer.class.getName());
    /** How often the follower reads the outbox unasked. */
    private static final Duration POLL = Duration.ofMillis(200);
    /** How soon the follower turns after a node announced events through the data grid. */
    private static final long TICK_MILLIS = 20;
    /**
     * Writes are searchable at once (a refresh) but made durable, with the position applied, at most this often:
     * a commit syncs files to disk, which on a busy node held each change back for hundreds of milliseconds.
     */
    private static final Duration COMMIT_EVERY = Duration.ofSeconds(1);
    private static final int BATCH = 500;
    /** Longer than a transaction takes from writing its event to committing it. */
    private static final Duration GAP_GRACE = Duration.ofSeconds(60);
    private static final Duration HEARTBEAT = Duration.ofSeconds(5);
    /** A node silent for longer no longer holds back pruning; it rebuilds its index when it returns. */
    private static final Duration LIVE = Duration.ofMinutes(10);

    /**
     * {@code snapshotFirst}: load the registered snapshot instead, if usable; {@code cluster}: publish a snapshot of
     * the next generation afterwards, which the other nodes then load.
     */
    private record RebuildRequest(boolean empty, long total, boolean snapshotFirst, boolean cluster) {
    }

    @Inject
    PortalConfig config;

    @Inject
    IndexFeed feed;

    @Inject
    Outbox outbox;

    @Inject
    IndexSnapshots snapshots;

    @Inject
    Clock clock;

    @Inject
    Event<ContentChanged> changes;

    @Inject
    DataGrid grid;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    private ContentIndex index;
    /** Present while a rebuild runs: a crash then leaves it, and the next start rebuilds again. */
    private Path rebuildMarker;
    private String nodeId;
    /** Owned by the follower thread; read under this object's lock when a local change commits the index. */
    private OutboxCursor cursor;
    private volatile boolean complete = true;
    private volatile boolean caughtUp;
    private volatile RebuildStatus status = RebuildStatus.NEVER;
    private volatile CompletableFuture<RebuildStatus> rebuildEnd = CompletableFuture.completedFuture(status);
    private final AtomicReference<RebuildRequest> requested = new AtomicReference<>();
    /** Outbox events this node applied when it made them: the follower only moves past them. */
    private final Set<Long> appliedHere = ConcurrentHashMap.newKeySet();
    private volatile CountDownLatch hold;
    private volatile CountDownLatch held = new CountDownLatch(1);
    private long lastHeartbeat;
    /** Follower thread only: the rebuild that has run and ends once the replay after it has caught up. */
    private RebuildRequest rebuilt;
    private String rebuildError;
    private Future<?> follower;
    private Runnable stopListening = () -> { };
    /** Set by an announcement of outbox events; the first turn runs at once. */
    private final AtomicBoolean announced = new AtomicBoolean(true);
    /** The follower's clock for its poll and commit intervals; a test drives it. */
    LongSupplier ticker = System::nanoTime;
    private long lastPoll;
    /** Under this object's lock: when the index last committed, the position it recorded, and writes since. */
    private long lastCommit;
    private long committedPosition;
    private boolean uncommitted;
    private Future<?> publisher;
    private volatile Build build;
    /** While the follower replaces the index with a snapshot: this node's own changes are left to the outbox. */
    private boolean replacing;

    /** Opens the index at start-up and starts following the outbox; a rebuild is started when it may disagree. */
    public synchronized void open() {
        Path dir = config.dataDir().resolve("index");
        rebuildMarker = config.dataDir().resolve("index.dirty");
        try {
            nodeId = config.nodeId();
            index = ContentIndex.open(dir);
            Map<String, String> committed = index.committedUserData();
            String recorded = committed.get(POSITION);
            build = new Build(committed.get(BUILT_FROM), parse(committed.get(BUILT_AT)),
                    committed.containsKey(GENERATION) ? Long.parseLong(committed.get(GENERATION)) : 0);
            long pruned = outbox.prunedUpTo();
            String reason = rebuildReason(recorded == null ? -1 : Long.parseLong(recorded), pruned);
            long position = recorded == null || reason != null ? outbox.settled(GAP_GRACE) : Long.parseLong(recorded);
            cursor = new OutboxCursor(position, GAP_GRACE);
            if (reason != null) {
                LOG.info(() -> "Search index: " + reason + ": rebuilding"
                        + (snapshots.enabled() ? ", from the registered snapshot if usable" : ""));
                request(false, true, snapshots.enabled(), false);
            }
            committedPosition = position;
            lastCommit = ticker.getAsLong();
            outbox.heartbeat(nodeId, position);
            stopListening = grid.onOutboxEvents(() -> announced.set(true));
            follower = scheduler.scheduleWithFixedDelay(this::followWhenDue, 0, TICK_MILLIS, TimeUnit.MILLISECONDS);
            if (snapshots.enabled()) {
                publisher = scheduler.scheduleWithFixedDelay(this::publishIfDue, 1, 1, TimeUnit.MINUTES);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index in " + dir, e);
        }
    }

    private static Long parse(String number) {
        return number == null ? null : Long.valueOf(number);
    }

    /** Why the index cannot just catch up from the outbox, or null. */
    private String rebuildReason(long position, long pruned) throws IOException {
        if (!index.schemaCurrent()) {
            String found = index.schemaVersion();
            return "schema " + (found == null ? "unrecorded" : "version " + found) + ", this portal writes version "
                    + IndexSchema.VERSION;
        }
        if (Files.exists(rebuildMarker)) {
            return "an interrupted rebuild";
        }
        if (position < 0) {
            // No outbox position yet (a new index, or one written before the outbox): trust it only if complete.
            long indexed = index.documentCount();
            long stored = feed.count();
            return indexed == stored ? null : indexed + " indexed, " + stored + " stored";
        }
        if (position < pruned) {
            return "behind the outbox (applied " + position + ", pruned to " + pruned + ")";
        }
        // An index ahead of the database's outbox was written for another database (or before a restore).
        long latest = outbox.latest();
        return position > latest ? "ahead of the outbox (applied " + position + ", the outbox ends at " + latest
                + "): written for another database" : null;
    }

    /** The index for searches and counts: 503 {@code index-rebuilding} while a rebuild fills it. */
    public ContentIndex index() {
        if (!complete) {
            throw new PortalException(503, "index-rebuilding",
                    "Chỉ mục tìm kiếm đang được xây dựng lại; số liệu chưa đầy đủ. Vui lòng thử lại sau ít phút.",
                    "The search index is being rebuilt and its figures are incomplete. Please try again in a few"
                            + " minutes.");
        }
        return index;
    }

    /** Whether this node answers from a complete index that has caught up with the outbox. */
    public boolean ready() {
        return complete && caughtUp && !status.running();
    }

    public boolean complete() {
        return complete;
    }

    public Build build() {
        return build;
    }

    /** The outbox position this node has applied. */
    public synchronized long position() {
        return cursor.position();
    }

    /**
     * Applies this node's own committed changes at once, visible to searches when this returns. Their outbox
     * {@code events} need not be read again by the follower, unless a rebuild runs: it may have read the items
     * before the change, so the replay after it must apply them.
     */
    public synchronized void apply(Collection<IndexDocument> upserts, Collection<Long> deletions,
                                   Collection<Long> events) {
        if (replacing) {
            return; // the follower applies the change from the outbox after the snapshot's position
        }
        try {
            write(upserts, deletions);
            if (!status.running()) {
                appliedHere.addAll(events);
            }
        } catch (IOException e) {
            // The outbox still holds the change: the follower applies it again.
            LOG.log(Level.WARNING, "Indexing failed; the outbox will apply the change again", e);
        }
    }

    private void write(Collection<IndexDocument> upserts, Collection<Long> deletions) throws IOException {
        for (IndexDocument document : upserts) {
            index.upsert(document);
        }
        for (Long id : deletions) {
            index.delete(id);
        }
        index.refresh();
        uncommitted = true;
        commitIfDue();
    }

    /** Commits the writes not yet durable, if the last commit is {@link #COMMIT_EVERY} old. */
    private synchronized void commitIfDue() throws IOException {
        if (uncommitted && ticker.getAsLong() - lastCommit >= COMMIT_EVERY.toNanos()) {
            commitPosition();
        }
    }

    /** Makes every write so far durable with the outbox position applied, which a restart replays from. */
    private synchronized void commitPosition() throws IOException {
        index.commit(commitData(cursor.position()));
        committedPosition = cursor.position();
        lastCommit = ticker.getAsLong();
        uncommitted = false;
    }

    /** What each commit records: the outbox position applied and how the index was built. */
    private Map<String, String> commitData(long position) {
        Map<String, String> data = new HashMap<>(Map.of(POSITION, Long.toString(position),
                GENERATION, Long.toString(build.generation())));
        if (build.from() != null) {
            data.put(BUILT_FROM, build.from());
        }
        if (build.position() != null) {
            data.put(BUILT_AT, build.position().toString());
        }
        return data;
    }

    /**
     * Starts a rebuild on the follower thread; {@code empty} first deletes every document, as after losing the
     * index, so the node is incomplete until it ends. {@code cluster}: once rebuilt, publishes a snapshot of the
     * next generation, which every other node loads (index snapshots only).
     */
    public synchronized RebuildStatus startRebuild(boolean empty, boolean cluster) {
        if (cluster && !snapshots.enabled()) {
            throw snapshotsOff();
        }
        if (!status.running()) {
            request(empty, empty, false, cluster);
        }
        return status;
    }

    private void request(boolean empty, boolean incomplete, boolean snapshotFirst, boolean cluster) {
        long total = feed.count();
        if (incomplete) {
            complete = false;
        }
        status = new RebuildStatus(true, false, 0, total, OffsetDateTime.now(clock), null, null);
        rebuildEnd = new CompletableFuture<>();
        requested.set(new RebuildRequest(empty, total, snapshotFirst, cluster));
    }

    /**
     * Publishes a snapshot of this node's index now (index snapshots only, a complete index); the registered one.
     */
    public Outbox.Snapshot publishSnapshot() {
        if (!snapshots.enabled()) {
            throw snapshotsOff();
        }
        if (!complete || status.running()) {
            throw PortalException.conflict("index-incomplete", "Chỉ mục của máy này đang được xây dựng lại; chưa thể"
                    + " chụp bản sao.", "This node's index is being rebuilt: it cannot be copied yet.");
        }
        try {
            return publish(false).orElseThrow(() -> PortalException.conflict("snapshot-running",
                    "Chỉ mục đang được chụp bản sao hoặc thay thế. Vui lòng thử lại sau.",
                    "The index is being published or replaced. Please try again later."));
        } catch (IOException e) {
            throw new UncheckedIOException("Publishing the index snapshot failed", e);
        }
    }

    private static PortalException snapshotsOff() {
        return PortalException.conflict("snapshots-off", "Bản sao chỉ mục chỉ dùng khi nhiều máy chủ dùng chung thư"
                + " mục (PORTAL_SHARED_DIR).", "Index snapshots are only used by nodes sharing a directory"
                + " (PORTAL_SHARED_DIR).");
    }

    /**
     * Commits this node's position and publishes that commit as of its generation; empty while the index is being
     * replaced or rebuilt (its writes are not to be committed half done), or another node publishes.
     * {@code ofTheRebuild}: the follower publishing the rebuild it has just ended, waiting for another publication.
     */
    private Optional<Outbox.Snapshot> publish(boolean ofTheRebuild) throws IOException {
        synchronized (this) {
            if (replacing || (status.running() && !ofTheRebuild)) {
                return Optional.empty();
            }
            commitPosition();
        }
        Optional<Outbox.Snapshot> published = snapshots.publish(index, build.generation(), ofTheRebuild);
        published.ifPresent(s -> LOG.info(() -> "Search index snapshot " + s.name() + " registered (generation "
                + s.generation() + ", outbox position " + s.position() + ")"));
        return published;
    }

    /** The scheduled publication: by one node, when the registered snapshot is older than the interval. */
    private void publishIfDue() {
        try {
            OffsetDateTime takenAt = snapshots.registered().takenAt();
            if (ready() && (takenAt == null || takenAt.plus(config.indexSnapshotInterval())
                    .isBefore(OffsetDateTime.now()))) {
                publish(false);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Publishing the scheduled index snapshot failed", e);
        }
    }

    public RebuildStatus status() {
        return status;
    }

    /** Await hook: waits, at most {@code timeout}, for a running rebuild and the replay after it to end. */
    public RebuildStatus awaitRebuild(Duration timeout) {
        try {
            return rebuildEnd.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException stillRunningOrFailed) {
            return status;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return status;
        }
    }

    /** Test hook: the next rebuild stops after reading the database's last page, until {@link #release()}. */
    public void holdNextRebuild() {
        held = new CountDownLatch(1);
        hold = new CountDownLatch(1);
    }

    /** Test hook: whether the held rebuild has stopped, waiting at most {@code timeout} for it. */
    public boolean awaitHeld(Duration timeout) throws InterruptedException {
        return held.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public void release() {
        CountDownLatch gate = hold;
        hold = null;
        if (gate != null) {
            gate.countDown();
        }
    }

    public long documentCount() {
        try {
            return index.documentCount();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A turn of the follower when the outbox was announced to have events, or the poll interval has passed. */
    void followWhenDue() {
        long now = ticker.getAsLong();
        if (announced.getAndSet(false) || now - lastPoll >= POLL.toNanos()) {
            lastPoll = now;
            follow();
        }
    }

    /** One turn of the follower thread: a requested rebuild, then every outbox event not yet applied. */
    void follow() {
        try {
            RebuildRequest rebuild = requested.getAndSet(null);
            if (rebuild != null) {
                rebuilt = rebuild;
                rebuildError = rebuild(rebuild);
            }
            catchUp();
            if (rebuilt != null) {
                if (rebuilt.cluster() && rebuildError == null) {
                    rebuildError = publishForTheCluster();
                }
                // A failed rebuild leaves the index as incomplete as it found it, until another one succeeds.
                complete = complete || rebuildError == null;
                status = new RebuildStatus(false, false, status.done(), rebuilt.total(), status.startedAt(),
                        OffsetDateTime.now(clock), rebuildError);
                rebuilt = null;
                rebuildEnd.complete(status);
            }
            commitIfDue();
            beat();
        } catch (RuntimeException | IOException e) {
            // The schedule must go on: the next turn retries from the same position.
            LOG.log(Level.WARNING, "Following the index outbox failed; retrying", e);
        }
    }

    /** After a rebuild for the whole cluster: its snapshot, which the other nodes load; an error, or null. */
    private String publishForTheCluster() {
        try {
            publish(true).orElseThrow(() -> new IllegalStateException("Another node held the snapshot lease"));
            return null;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Publishing the rebuilt index failed: the other nodes keep theirs", e);
            return "snapshot: " + e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    private void catchUp() throws IOException {
        boolean more = true;
        while (more) {
            long after;
            List<Long> gaps;
            synchronized (this) {
                after = cursor.highestSeen();
                gaps = cursor.gaps(BATCH);
            }
            List<Outbox.Event> events = new ArrayList<>(outbox.after(after, BATCH));
            more = events.size() == BATCH;
            events.addAll(outbox.withIds(gaps));
            applyEvents(events);
        }
        caughtUp = true;
    }

    private void applyEvents(List<Outbox.Event> events) throws IOException {
        Set<Long> items = new LinkedHashSet<>();
        Set<ContentChanged> schools = new LinkedHashSet<>();
        List<Long> ids = new ArrayList<>();
        for (Outbox.Event e : events) {
            ids.add(e.id());
            if (appliedHere.remove(e.id())) {
                continue;
            }
            schools.add(new ContentChanged(e.schoolId(), e.schoolCode()));
            if (e.itemId() != null) {
                items.add(e.itemId());
            }
        }
        Map<Long, IndexDocument> documents = items.isEmpty() ? Map.of() : feed.documents(items);
        Set<Long> deletions = new HashSet<>(items);
        deletions.removeAll(documents.keySet());
        synchronized (this) {
            long before = cursor.position();
            cursor.applied(ids, System.nanoTime());
            if (!items.isEmpty() || cursor.position() != before) {
                write(documents.values(), deletions);
            }
        }
        schools.forEach(changes::fire);
    }

    /** Rebuilds from the database, then rewinds the cursor so the changes made meanwhile are applied again. */
    private String rebuild(RebuildRequest request) {
        OffsetDateTime started = status.startedAt();
        try {
            if (!Files.exists(rebuildMarker)) {
                Files.createFile(rebuildMarker);
            }
            if (request.snapshotFirst() && loadRegisteredSnapshot()) {
                Files.deleteIfExists(rebuildMarker);
                return null;
            }
            long from = outbox.settled(GAP_GRACE);
            long registered = snapshots.enabled() ? snapshots.registered().generation() : 0;
            long generation = Math.max(build.generation(), registered) + (request.cluster() ? 1 : 0);
            if (request.empty()) {
                index.clear();
                index.commit(Map.of());
                index.refresh();
            }
            index.rebuild(IndexFeed.all(feed::page, this::awaitRelease), request.total(),
                    progress -> status = new RebuildStatus(true, progress.merging(), progress.done(),
                            progress.expectedTotal(), started, null, null));
            synchronized (this) {
                cursor.rewind(from);
                build = new Build(Build.DATABASE, from, generation);
                commitPosition();
                index.refresh();
            }
            Files.deleteIfExists(rebuildMarker);
            LOG.info(() -> "Search index rebuilt: " + status.done() + " items; replaying the outbox after " + from);
            return null;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Search index rebuild failed", e);
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    /**
     * Loads the registered snapshot if this node can catch up from it (the follower then replays the outbox after
     * its position); false when there is none, or loading it failed: the caller reads the database.
     */
    private boolean loadRegisteredSnapshot() {
        Outbox.Snapshot snapshot = snapshots.registered();
        if (!snapshots.usable(snapshot)) {
            LOG.info(() -> "Search index: no usable snapshot (" + snapshot + "): reading the database");
            return false;
        }
        try {
            replaceWith(snapshot);
            status = new RebuildStatus(true, false, index.documentCount(), status.total(), status.startedAt(), null,
                    null);
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Loading the index snapshot " + snapshot.name() + " failed: reading the database",
                    e);
            return false;
        }
    }

    /**
     * Replaces the index with {@code snapshot} and replays the outbox after its position. Searches keep the index
     * from before until the replacement commits; this node's own changes meanwhile are left to the replay.
     */
    private void replaceWith(Outbox.Snapshot snapshot) throws IOException {
        long started = System.nanoTime();
        Path local = snapshots.copy(snapshot);
        try {
            synchronized (this) {
                replacing = true;
            }
            Build loaded = new Build(Build.SNAPSHOT, snapshot.position(), snapshot.generation());
            Build before = build;
            build = loaded;
            try {
                index.replaceWith(local, commitData(snapshot.position()));
            } catch (IOException | RuntimeException e) {
                build = before;
                throw e;
            }
            synchronized (this) {
                cursor.rewind(snapshot.position());
                committedPosition = snapshot.position();
                uncommitted = false;
                // Changes this node applied itself may be missing from the snapshot: the replay applies them.
                appliedHere.clear();
            }
            LOG.info(() -> "Search index loaded from snapshot " + snapshot.name() + " (generation "
                    + snapshot.generation() + ") in " + Duration.ofNanos(System.nanoTime() - started).toSeconds()
                    + " s: replaying the outbox after " + snapshot.position());
        } finally {
            synchronized (this) {
                replacing = false;
            }
            snapshots.discard(local);
        }
    }

    /**
     * A snapshot of a later generation (a rebuild for the whole cluster) replaces this node's index, which keeps
     * answering until then. If replacing fails the index may have lost documents: it is rebuilt from the database.
     */
    private void followClusterRebuild() {
        Outbox.Snapshot snapshot = snapshots.registered();
        if (snapshot.generation() <= build.generation() || !snapshots.usable(snapshot)) {
            return;
        }
        try {
            replaceWith(snapshot);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Replacing the index with snapshot " + snapshot.name() + " failed: rebuilding", e);
            synchronized (this) {
                request(false, true, false, false);
            }
        }
    }

    private void awaitRelease() {
        CountDownLatch gate = hold;
        if (gate != null) {
            held.countDown();
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Tells the others how far this node is, prunes what all have applied, and notices being left behind. */
    private void beat() {
        long now = ticker.getAsLong();
        if (now - lastHeartbeat < HEARTBEAT.toNanos()) {
            return;
        }
        lastHeartbeat = now;
        long position = position();
        // An event the follower passed before its node's own apply marked it stays marked: forget it.
        appliedHere.removeIf(id -> id <= position);
        // What survives a crash: the outbox is pruned only below every node's committed position.
        outbox.heartbeat(nodeId, committed());
        outbox.prune(LIVE);
        if (position < outbox.prunedUpTo() && requested.get() == null && !status.running()) {
            LOG.warning(() -> "Search index: the outbox was pruned past this node's position " + position
                    + ": rebuilding");
            synchronized (this) {
                request(false, true, snapshots.enabled(), false);
            }
        } else if (snapshots.enabled() && requested.get() == null && !status.running()) {
            followClusterRebuild();
        }
    }

    private synchronized long committed() {
        return committedPosition;
    }

    @PreDestroy
    void close() {
        stopListening.run();
        if (follower != null) {
            follower.cancel(false);
        }
        if (publisher != null) {
            publisher.cancel(false);
        }
        release();
        try {
            if (index != null) {
                synchronized (this) {
                    if (uncommitted) {
                        commitPosition();
                    }
                }
                index.close();
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Closing the search index failed", e);
        }
    }
}
