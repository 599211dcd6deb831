package vn.eschool.portal.core.index;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Event;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import vn.eschool.portal.core.cluster.DataGrid;
import vn.eschool.portal.core.config.PortalConfig;
import vn.eschool.portal.core.content.ContentChanged;

/**
 * A SearchIndexer wired by hand for a unit test, without a container or a data grid: when it opens, its
 * follower's first turn runs on the calling thread (a rebuild if one is due); the test runs the next ones.
 */
final class IndexerUnderTest {

    private IndexerUnderTest() {
    }

    @SuppressWarnings("unchecked")
    static SearchIndexer wire(PortalConfig config, Outbox outbox, IndexFeed feed, IndexSnapshots snapshots) {
        SearchIndexer indexer = new SearchIndexer();
        indexer.config = config;
        indexer.outbox = outbox;
        indexer.feed = feed;
        indexer.snapshots = snapshots;
        indexer.clock = Clock.systemUTC();
        indexer.grid = new DataGrid();
        indexer.changes = (Event<ContentChanged>) Proxy.newProxyInstance(IndexerUnderTest.class.getClassLoader(),
                new Class<?>[] {Event.class}, (proxy, method, args) -> null);
        AtomicInteger scheduled = new AtomicInteger();
        indexer.scheduler = (ManagedScheduledExecutorService) Proxy.newProxyInstance(
                IndexerUnderTest.class.getClassLoader(), new Class<?>[] {ManagedScheduledExecutorService.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("scheduleWithFixedDelay") && scheduled.getAndIncrement() == 0) {
                        ((Runnable) args[0]).run();
                    }
                    return null;
                });
        return indexer;
    }
}
