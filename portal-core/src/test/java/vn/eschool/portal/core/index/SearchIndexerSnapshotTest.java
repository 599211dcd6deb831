package vn.eschool.portal.core.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.eschool.portal.core.index.Items.item;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.eschool.portal.core.cluster.ClusterLease;
import vn.eschool.portal.core.config.PortalConfig;

/**
 * Two nodes' indexers over one stub database and registry and one shared directory: the second loads the first's
 * snapshot instead of reading the database, and follows a rebuild for the whole cluster.
 */
class SearchIndexerSnapshotTest {

    @TempDir
    Path dir;

    private final List<IndexDocument> database = new ArrayList<>(List.of(item(1).title("Khai giảng").build(),
            item(2).title("Tổng kết").build(), item(3).title("Hội thi").build()));
    /** The registered snapshot, as the database row holds it. */
    private Outbox.Snapshot registered = new Outbox.Snapshot(null, 0, null, 0, null, null);
    private final List<SearchIndexer> opened = new ArrayList<>();

    @AfterEach
    void close() {
        opened.forEach(SearchIndexer::close);
    }

    @Test
    void aNewNodeLoadsThePublishedSnapshotWithoutReadingTheDatabase() throws Exception {
        SearchIndexer first = node("node1", new AtomicInteger());
        assertEquals("database", first.build().from(), "no snapshot yet");
        Outbox.Snapshot published = first.publishSnapshot();
        assertEquals(published, registered);
        assertTrue(Files.isDirectory(dir.resolve("shared/index-snapshots").resolve(published.name())));

        AtomicInteger pagesRead = new AtomicInteger();
        SearchIndexer second = node("node2", pagesRead);
        SearchIndexer.RebuildStatus status = second.awaitRebuild(Duration.ofSeconds(30));
        assertNull(status.error());
        assertEquals(0, pagesRead.get(), "the database was not read");
        assertEquals(new SearchIndexer.Build("snapshot", published.position(), 0), second.build());
        assertEquals(database.size(), second.documentCount());
        assertTrue(second.ready());
        assertEquals(List.of(), Files.list(dir.resolve("node2")).filter(p -> p.getFileName().toString()
                .startsWith("index-snapshot")).toList(), "the local copy is gone");
    }

    @Test
    void aRebuildForTheClusterIsLoadedByTheOtherNode() throws Exception {
        SearchIndexer first = node("node1", new AtomicInteger());
        SearchIndexer second = node("node2", new AtomicInteger());
        assertEquals("database", second.build().from(), "no snapshot yet");

        database.add(item(4).title("Văn nghệ").build());
        first.startRebuild(false, true);
        first.follow();
        assertEquals(1, registered.generation());
        assertEquals(1, first.build().generation());

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (second.build().generation() < 1 && System.nanoTime() < deadline) {
            second.follow(); // the follower looks at the registry with its heartbeat, every 5 s
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
        assertEquals(new SearchIndexer.Build("snapshot", registered.position(), 1), second.build());
        assertEquals(4, second.documentCount(), "the rebuilt index's documents");
        assertTrue(second.ready());
    }

    /** A node with its own data directory under {@code dir}, opened; its follower's first turn has run. */
    private SearchIndexer node(String name, AtomicInteger pagesRead) {
        PortalConfig config = new PortalConfig() {
            @Override
            public Path dataDir() {
                return dir.resolve(name);
            }

            @Override
            public Path sharedDir() {
                return dir.resolve("shared");
            }

            @Override
            public synchronized String nodeId() {
                return name;
            }
        };
        Outbox outbox = new QuietOutbox(7, () -> 7) {
            @Override
            public Snapshot snapshot() {
                return registered;
            }

            @Override
            public boolean register(Snapshot snapshot) {
                if (snapshot.generation() < registered.generation()) {
                    return false;
                }
                registered = snapshot;
                return true;
            }
        };
        IndexSnapshots snapshots = new IndexSnapshots();
        snapshots.config = config;
        snapshots.outbox = outbox;
        snapshots.lease = new ClusterLease() {
            @Override
            public boolean tryTake(String lease, Duration ttl) {
                return true;
            }

            @Override
            public boolean awaitTake(String lease, Duration ttl) {
                return true;
            }

            @Override
            public void release(String lease) {
            }
        };
        SearchIndexer indexer = IndexerUnderTest.wire(config, outbox, new ListFeed(database, pagesRead), snapshots);
        indexer.open();
        opened.add(indexer);
        return indexer;
    }
}
