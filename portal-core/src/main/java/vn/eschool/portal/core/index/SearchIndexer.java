package vn.eschool.portal.core.index;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.eschool.portal.core.config.PortalConfig;

/**
 * Owns the Lucene index of all content. Changes are applied only after their transaction commits
 * ({@link ContentIndexing}); a marker file is present from the first change until the index has committed it,
 * so a crash in between is noticed at the next start and repaired by a rebuild from the database, as is any
 * difference in the number of items.
 */
@ApplicationScoped
public class SearchIndexer {

    /** Status of the last (or running) rebuild. */
    public record RebuildStatus(boolean running, boolean merging, long done, long total, OffsetDateTime startedAt,
                                OffsetDateTime finishedAt, String error) {
        static final RebuildStatus NEVER = new RebuildStatus(false, false, 0, 0, null, null, null);
    }

    private static final Logger LOG = Logger.getLogger(SearchIndexer.class.getName());

    @Inject
    PortalConfig config;

    @Inject
    IndexFeed feed;

    @Inject
    Clock clock;

    @Resource
    ManagedExecutorService executor;

    private ContentIndex index;
    private Path dirtyMarker;
    private volatile RebuildStatus status = RebuildStatus.NEVER;
    private volatile CompletableFuture<Void> rebuild = CompletableFuture.completedFuture(null);

    /** Opens the index at start-up and repairs it in the background when it may disagree with the database. */
    public synchronized void open() {
        Path dir = config.dataDir().resolve("index");
        dirtyMarker = config.dataDir().resolve("index.dirty");
        try {
            index = ContentIndex.open(dir);
            long indexed = index.documentCount();
            long stored = feed.count();
            if (!index.schemaCurrent()) {
                String found = index.schemaVersion();
                LOG.info(() -> "Search index schema " + (found == null ? "unrecorded" : "version " + found)
                        + ", this portal writes version " + IndexSchema.VERSION + ": rebuilding");
                startRebuild();
            } else if (Files.exists(dirtyMarker) || indexed != stored) {
                LOG.info(() -> "Search index disagrees with the database (" + indexed + " indexed, " + stored
                        + " stored" + (Files.exists(dirtyMarker) ? ", interrupted write" : "") + "): rebuilding");
                startRebuild();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index in " + dir, e);
        }
    }

    public ContentIndex index() {
        return index;
    }

    /** Applies committed changes, visible to searches when this returns. */
    public synchronized void apply(Collection<IndexDocument> upserts, Collection<Long> deletions) {
        try {
            markDirty();
            long generation = -1;
            for (IndexDocument document : upserts) {
                generation = index.upsert(document);
            }
            for (Long id : deletions) {
                generation = index.delete(id);
            }
            index.commit(Map.of("lastChange", clock.instant().toString()));
            if (generation >= 0) {
                index.refresh();
            }
            if (!status.running()) {
                Files.deleteIfExists(dirtyMarker);
            }
        } catch (IOException e) {
            // The marker stays: the next start rebuilds. Searching goes on with what the index has.
            LOG.log(Level.SEVERE, "Indexing failed; the index will be rebuilt at the next start", e);
        }
    }

    public synchronized RebuildStatus startRebuild() {
        if (status.running()) {
            return status;
        }
        long total = feed.count();
        status = new RebuildStatus(true, false, 0, total, OffsetDateTime.now(clock), null, null);
        rebuild = CompletableFuture.runAsync(() -> runRebuild(total), executor);
        return status;
    }

    public RebuildStatus status() {
        return status;
    }

    /** Await hook: waits for a running rebuild to end, at most {@code timeout}. */
    public RebuildStatus awaitRebuild(Duration timeout) {
        try {
            rebuild.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException stillRunning) {
            return status;
        } catch (ExecutionException failed) {
            return status;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return status;
    }

    public long documentCount() {
        try {
            return index.documentCount();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void runRebuild(long total) {
        OffsetDateTime started = status.startedAt();
        try {
            markDirty();
            index.rebuild(IndexFeed.all(feed::page), total, progress -> status = new RebuildStatus(true,
                    progress.merging(), progress.done(), progress.expectedTotal(), started, null, null));
            index.commit(Map.of("rebuiltAt", clock.instant().toString()));
            index.refresh();
            Files.deleteIfExists(dirtyMarker);
            status = new RebuildStatus(false, false, status.done(), total, started, OffsetDateTime.now(clock), null);
            LOG.info(() -> "Search index rebuilt: " + status.done() + " items");
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Search index rebuild failed", e);
            status = new RebuildStatus(false, false, status.done(), total, started, OffsetDateTime.now(clock),
                    e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private void markDirty() throws IOException {
        if (!Files.exists(dirtyMarker)) {
            Files.createFile(dirtyMarker);
        }
    }

    @PreDestroy
    void close() {
        try {
            if (index != null) {
                index.close();
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Closing the search index failed", e);
        }
    }
}
