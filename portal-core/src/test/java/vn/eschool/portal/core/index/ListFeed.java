package vn.eschool.portal.core.index;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/** A feed over a list standing for the database, for a SearchIndexer under unit test; counts the pages read. */
class ListFeed extends IndexFeed {

    private final List<IndexDocument> database;
    private final AtomicInteger pagesRead;

    /** {@code database} is read as it is at each call: a test may add to it. */
    ListFeed(List<IndexDocument> database, AtomicInteger pagesRead) {
        this.database = database;
        this.pagesRead = pagesRead;
    }

    @Override
    public long count() {
        return database.size();
    }

    @Override
    public List<IndexDocument> page(long afterId) {
        pagesRead.incrementAndGet();
        return database.stream().filter(d -> d.id() > afterId).toList();
    }

    @Override
    public Map<Long, IndexDocument> documents(Collection<Long> ids) {
        return database.stream().filter(d -> ids.contains(d.id()))
                .collect(Collectors.toMap(IndexDocument::id, d -> d));
    }
}
