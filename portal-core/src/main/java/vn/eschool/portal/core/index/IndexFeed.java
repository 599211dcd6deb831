package vn.eschool.portal.core.index;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.LongFunction;
import vn.eschool.portal.core.content.ContentItem;

/** Every content item of the database as index documents, read in pages of ids for a rebuild. */
@ApplicationScoped
public class IndexFeed {

    private static final int PAGE = 500;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    IndexDocuments documents;

    /** In a transaction: the follower thread calls it too, and a container thread has no request to close in. */
    @Transactional
    public long count() {
        return em.createQuery("select count(c) from ContentItem c", Long.class).getSingleResult();
    }

    /** The documents of the items with ids after {@code afterId}, in id order; one transaction per page. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<IndexDocument> page(long afterId) {
        return em.createQuery("select c from ContentItem c where c.id > :last order by c.id", ContentItem.class)
                .setParameter("last", afterId).setMaxResults(PAGE).getResultStream()
                .map(documents::of).toList();
    }

    /** The documents of the items among {@code ids} that exist (the others are deleted). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Map<Long, IndexDocument> documents(Collection<Long> ids) {
        Map<Long, IndexDocument> found = new HashMap<>();
        em.createQuery("select c from ContentItem c where c.id in :ids", ContentItem.class)
                .setParameter("ids", ids).getResultStream().map(documents::of).forEach(d -> found.put(d.id(), d));
        return found;
    }

    /**
     * All documents, page by page through {@code pages} (the bean's proxy, so each page has its transaction);
     * {@code afterLastRead} runs once the last page is read, before its documents are handed out.
     */
    static Iterator<IndexDocument> all(LongFunction<List<IndexDocument>> pages, Runnable afterLastRead) {
        return new Iterator<>() {
            private final Deque<IndexDocument> page = new ArrayDeque<>();
            private long lastId = Long.MIN_VALUE;
            private boolean exhausted;

            @Override
            public boolean hasNext() {
                if (page.isEmpty() && !exhausted) {
                    List<IndexDocument> next = pages.apply(lastId);
                    page.addAll(next);
                    exhausted = next.size() < PAGE;
                    if (exhausted) {
                        afterLastRead.run();
                    }
                    if (!next.isEmpty()) {
                        lastId = next.get(next.size() - 1).id();
                    }
                }
                return !page.isEmpty();
            }

            @Override
            public IndexDocument next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.poll();
            }
        };
    }
}
