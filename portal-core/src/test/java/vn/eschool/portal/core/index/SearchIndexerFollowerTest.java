package vn.eschool.portal.core.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.eschool.portal.core.index.Items.item;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.eschool.portal.core.cluster.DataGrid;
import vn.eschool.portal.core.config.PortalConfig;

/**
 * The follower of one node, on a clock the test moves: it reads the outbox as soon as the data grid announces
 * events and every 200 ms otherwise, makes what it applies searchable at once, and commits it (with the position
 * that a restart replays from, and that the node's heartbeat reports for pruning) at most once a second.
 */
class SearchIndexerFollowerTest {

    private static final long SECOND = Duration.ofSeconds(1).toNanos();

    @TempDir
    Path dataDir;

    private final List<IndexDocument> database = new ArrayList<>(List.of(item(1).title("Khai giảng").build()));
    private final List<Outbox.Event> events = new ArrayList<>();
    private final AtomicLong now = new AtomicLong(1_000 * SECOND);
    private final AtomicInteger outboxReads = new AtomicInteger();
    private final List<Long> heartbeats = new ArrayList<>();
    private Runnable announcement;
    private SearchIndexer indexer;

    @BeforeEach
    void open() {
        PortalConfig config = new PortalConfig() {
            @Override
            public Path dataDir() {
                return dataDir;
            }
        };
        Outbox outbox = new QuietOutbox(0, () -> events.size()) {
            @Override
            public List<Event> after(long id, int limit) {
                outboxReads.incrementAndGet();
                return events.stream().filter(e -> e.id() > id).limit(limit).toList();
            }

            @Override
            public void heartbeat(String node, long applied) {
                heartbeats.add(applied);
            }
        };
        indexer = IndexerUnderTest.wire(config, outbox, new ListFeed(database, new AtomicInteger()),
                new IndexSnapshots() {
                    @Override
                    public boolean enabled() {
                        return false;
                    }
                });
        indexer.grid = new DataGrid() {
            @Override
            public Runnable onOutboxEvents(Runnable listener) {
                announcement = listener;
                return () -> announcement = null;
            }
        };
        indexer.ticker = now::get;
        indexer.open();
    }

    @AfterEach
    void close() {
        if (indexer != null) {
            indexer.close();
        }
    }

    /** Another node stores an item: its row, and the outbox event that names it. */
    private void storedElsewhere(long id) {
        database.add(item(id).title("Tin " + id).build());
        events.add(new Outbox.Event(events.size() + 1, id, 1, "thpt-a"));
    }

    private void tick(long nanos) {
        now.addAndGet(nanos);
        indexer.followWhenDue();
    }

    private String committedPosition() throws Exception {
        return indexer.index().committedUserData().get(SearchIndexer.POSITION);
    }

    @Test
    void anAnnouncedEventIsReadAtTheNextTickAndAnUnannouncedOneAtThePoll() throws Exception {
        int readsAtOpen = outboxReads.get();
        storedElsewhere(2);
        tick(SECOND / 50);
        assertEquals(readsAtOpen, outboxReads.get(), "no announcement, and the poll is not due: the outbox unread");
        assertEquals(1, indexer.documentCount());

        announcement.run();
        tick(SECOND / 50);
        assertEquals(2, indexer.documentCount(), "read at the tick after the announcement");

        storedElsewhere(3);
        tick(SECOND / 10);
        assertEquals(2, indexer.documentCount(), "100 ms after the last read: not yet");
        tick(SECOND / 10);
        assertEquals(3, indexer.documentCount(), "the poll read it");
    }

    @Test
    void whatIsAppliedIsSearchableAtOnceAndCommittedAtMostOnceASecond() throws Exception {
        assertEquals("0", committedPosition());
        storedElsewhere(2);
        announcement.run();
        tick(SECOND / 50);
        assertEquals(2, indexer.documentCount(), "searchable");
        assertEquals(1, indexer.position());
        assertEquals("0", committedPosition(), "not committed yet: a commit syncs to disk");

        tick(SECOND);
        assertEquals("1", committedPosition(), "committed a second after the last commit");

        storedElsewhere(3);
        tick(SECOND / 5);
        assertEquals("1", committedPosition());
        tick(5 * SECOND);
        assertEquals("2", committedPosition());
        assertEquals(2L, heartbeats.get(heartbeats.size() - 1), "the heartbeat reports what a crash keeps");
    }

    @Test
    void aClosingNodeCommitsWhatItApplied() throws Exception {
        storedElsewhere(2);
        announcement.run();
        tick(SECOND / 50);
        assertEquals("0", committedPosition());
        indexer.close();
        indexer = null;
        try (ContentIndex reopened = ContentIndex.open(dataDir.resolve("index"))) {
            assertEquals("1", reopened.committedUserData().get(SearchIndexer.POSITION));
            assertEquals(2, reopened.documentCount());
        }
    }
}
