package vn.eschool.portal.core.index;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.eschool.portal.core.content.ContentChanged;
import vn.eschool.portal.core.content.ContentItem;

/**
 * Collects the content a transaction writes: each changed item gets one {@link Outbox} event in the same
 * transaction (every node's index follows them), and this node indexes it once the transaction has committed, so
 * a rolled-back change never reaches an index and a committed one is searchable when the request returns. After
 * the index, {@link ContentChanged} tells observers (e.g. a page cache) which schools changed; other nodes fire it
 * when they apply the event.
 */
@ApplicationScoped
public class ContentIndexing {

    private static final Object KEY = ContentIndexing.class;

    @Resource
    TransactionSynchronizationRegistry registry;

    @Inject
    IndexDocuments documents;

    @Inject
    SearchIndexer indexer;

    @Inject
    Outbox outbox;

    @Inject
    Event<ContentChanged> changes;

    public void changed(ContentItem item) {
        IndexDocument document = documents.of(item);
        Pending pending = pending();
        if (pending == null) {
            indexer.apply(List.of(document), List.of(), List.of());
            changes.fire(changeOf(item));
        } else {
            pending.deletions.remove(item.id());
            pending.upserts.put(item.id(), document);
            pending.record(item);
        }
    }

    public void removed(ContentItem item) {
        long id = item.id();
        Pending pending = pending();
        if (pending == null) {
            indexer.apply(List.of(), List.of(id), List.of());
            changes.fire(changeOf(item));
        } else {
            pending.upserts.remove(id);
            pending.deletions.add(id);
            pending.record(item);
        }
    }

    private static ContentChanged changeOf(ContentItem item) {
        return new ContentChanged(item.school().id(), item.school().code());
    }

    /** The changes of the current transaction, or null outside one. */
    private Pending pending() {
        if (registry.getTransactionKey() == null) {
            return null;
        }
        Pending pending = (Pending) registry.getResource(KEY);
        if (pending == null) {
            pending = new Pending();
            registry.putResource(KEY, pending);
            registry.registerInterposedSynchronization(pending);
        }
        return pending;
    }

    private final class Pending implements Synchronization {
        private final Map<Long, IndexDocument> upserts = new LinkedHashMap<>();
        private final Set<Long> deletions = new LinkedHashSet<>();
        private final Set<ContentChanged> schools = new LinkedHashSet<>();
        private final Set<Long> recorded = new HashSet<>();
        private final List<Long> events = new ArrayList<>();

        /** One outbox event per item and transaction: the followers read the item's final state. */
        void record(ContentItem item) {
            if (recorded.add(item.id())) {
                events.add(outbox.append(item.id(), item.school().id(), item.school().code()));
            }
            schools.add(changeOf(item));
        }

        @Override
        public void beforeCompletion() {
            // Documents are captured as entities are flushed; nothing to add here.
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                indexer.apply(upserts.values(), deletions, events);
                schools.forEach(changes::fire);
            }
        }
    }
}
