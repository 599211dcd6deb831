package vn.eschool.portal.core.index;

import static vn.eschool.portal.core.index.IndexSchema.ATTACHMENT;
import static vn.eschool.portal.core.index.IndexSchema.BODY;
import static vn.eschool.portal.core.index.IndexSchema.DATE;
import static vn.eschool.portal.core.index.IndexSchema.EPOCH;
import static vn.eschool.portal.core.index.IndexSchema.ID;
import static vn.eschool.portal.core.index.IndexSchema.ID_ORDER;
import static vn.eschool.portal.core.index.IndexSchema.TITLE;
import static vn.eschool.portal.core.index.IndexSchema.nfc;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.KeepOnlyLastCommitDeletionPolicy;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SnapshotDeletionPolicy;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import vn.eschool.portal.core.content.ContentStatus;

/**
 * The one Lucene index of every plugin's content, for visitors' search and for the audit's counts.
 *
 * <p>The database stays the source of truth. Every write returns a generation; {@link #awaitVisible} waits until
 * searches see it (a background thread reopens searchers within {@value #MAX_STALE_SECONDS} s, sooner when
 * someone waits). {@link #commit} makes writes durable together with the caller's marker (e.g. the outbox
 * position applied so far), which {@link #committedUserData} reads back at start-up: everything after that
 * marker must be replayed, since uncommitted writes are lost in a crash. Writes are idempotent, so replaying
 * more than needed is harmless.
 */
public final class ContentIndex implements Closeable {

    private static final double MAX_STALE_SECONDS = 1.0;
    private static final double MIN_STALE_SECONDS = 0.02;
    private static final int PROGRESS_EVERY = 1000;
    /** Longer than a process of this data directory takes to exit and release the index. */
    private static final Duration LOCK_WAIT = Duration.ofSeconds(60);
    private static final Duration LOCK_POLL = Duration.ofMillis(200);
    private static final Logger LOG = Logger.getLogger(ContentIndex.class.getName());

    /** Folded matches include exact ones, and the highlighter marks both in the text fields they mask. */
    private static final Map<String, Float> HIGHLIGHT_FIELDS = Map.of(VietnameseAnalyzer.folded(BODY), 1f,
            VietnameseAnalyzer.folded(ATTACHMENT), 1f);
    private static final Sort BY_RELEVANCE = new Sort(SortField.FIELD_SCORE,
            LongField.newSortField(DATE, true, SortedNumericSelector.Type.MIN),
            new SortField(ID_ORDER, SortField.Type.LONG, true));
    private static final Sort BY_DATE = new Sort(
            LongField.newSortField(DATE, true, SortedNumericSelector.Type.MIN),
            new SortField(ID_ORDER, SortField.Type.LONG, true));
    private static final Set<String> HIT_FIELDS = Set.of(ID, DATE, TITLE, Dimension.SCHOOL.field,
            Dimension.TYPE.field, Dimension.CATEGORY.field);

    /** Commit user data key of the {@link IndexSchema#VERSION} the documents were written in. */
    static final String SCHEMA_VERSION = "schemaVersion";

    private final Directory directory;
    private final VietnameseAnalyzer analyzer;
    private final IndexWriter writer;
    /** Keeps the last commit only, except one pinned while {@link #snapshotTo} copies it. */
    private final SnapshotDeletionPolicy commits;
    private final SearcherManager searchers;
    /** While {@link #replaceWith} runs: the searcher from before, which searches keep using until it commits. */
    private volatile IndexSearcher frozen;
    private final ControlledRealTimeReopenThread<IndexSearcher> reopener;
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    /** Stamped on every write; a rebuild switches to a fresh one and then deletes the documents without it. */
    private volatile String epoch = UUID.randomUUID().toString();
    /** The schema version the documents were written in; current once a rebuild has rewritten them all. */
    private volatile String schemaVersion;

    private ContentIndex(Directory directory, Duration lockWait) throws IOException {
        this.directory = directory;
        this.analyzer = new VietnameseAnalyzer();
        boolean exists = DirectoryReader.indexExists(directory);
        this.schemaVersion = exists ? SegmentInfos.readLatestCommit(directory).getUserData().get(SCHEMA_VERSION)
                : IndexSchema.VERSION;
        this.writer = openWriter(directory, analyzer, exists && !schemaCurrent(), lockWait);
        this.commits = (SnapshotDeletionPolicy) writer.getConfig().getIndexDeletionPolicy();
        if (!exists) {
            commit(Map.of()); // so that committedUserData() and readers have a commit to read
        }
        this.searchers = new SearcherManager(writer, null);
        this.reopener = new ControlledRealTimeReopenThread<>(writer, searchers, MAX_STALE_SECONDS,
                MIN_STALE_SECONDS);
        reopener.setName("content-index-reopen");
        reopener.setDaemon(true);
        reopener.start();
    }

    /**
     * An index of an older schema is appended to until its rebuild, unless its layout (such as the index sort)
     * cannot be opened any more: then it starts empty and the rebuild fills it.
     */
    private static IndexWriter openWriter(Directory directory, VietnameseAnalyzer analyzer, boolean outdated,
                                          Duration lockWait) throws IOException {
        try {
            return lockedWriter(directory, analyzer, IndexWriterConfig.OpenMode.CREATE_OR_APPEND, lockWait);
        } catch (IllegalArgumentException incompatible) {
            if (!outdated) {
                throw incompatible;
            }
            return lockedWriter(directory, analyzer, IndexWriterConfig.OpenMode.CREATE, lockWait);
        }
    }

    /**
     * A writer, once the index's write lock is free: the process this one replaces (a restart, the next test
     * server) may still be exiting with the lock for a few seconds. Still held after {@code lockWait}: another
     * process uses this data directory.
     */
    private static IndexWriter lockedWriter(Directory directory, VietnameseAnalyzer analyzer,
                                            IndexWriterConfig.OpenMode mode, Duration lockWait) throws IOException {
        long deadline = System.nanoTime() + lockWait.toNanos();
        boolean told = false;
        while (true) {
            try {
                return new IndexWriter(directory, writerConfig(analyzer, mode));
            } catch (LockObtainFailedException held) {
                if (System.nanoTime() - deadline > 0) {
                    throw new LockObtainFailedException("The search index is still locked after " + lockWait
                            + ": another process uses this data directory (PORTAL_DATA_DIR)", held);
                }
                if (!told) {
                    LOG.info(() -> "Search index locked by another process (the one this replaces still exiting?):"
                            + " waiting up to " + lockWait);
                    told = true;
                }
                LockSupport.parkNanos(LOCK_POLL.toNanos());
            }
        }
    }

    static IndexWriterConfig writerConfig(VietnameseAnalyzer analyzer, IndexWriterConfig.OpenMode mode) {
        return new IndexWriterConfig(analyzer)
                .setOpenMode(mode)
                .setRAMBufferSizeMB(64)
                .setIndexDeletionPolicy(new SnapshotDeletionPolicy(new KeepOnlyLastCommitDeletionPolicy()))
                // Most searches and counts are of one school: keeping its items together in each segment lets
                // them skip whole blocks of other schools' postings and doc values.
                .setIndexSort(new Sort(new SortField(Dimension.SCHOOL.field, SortField.Type.STRING)));
    }

    public static ContentIndex open(Path dir) throws IOException {
        return open(dir, LOCK_WAIT);
    }

    /** {@code lockWait}: how long to wait for another process to release the index's write lock. */
    static ContentIndex open(Path dir, Duration lockWait) throws IOException {
        Directory directory = FSDirectory.open(dir);
        try {
            return new ContentIndex(directory, lockWait);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** Adds the item, or replaces the indexed version with the same id. */
    public long upsert(IndexDocument document) throws IOException {
        return writer.updateDocument(idTerm(document.id()), IndexSchema.toDocument(document, epoch));
    }

    public long delete(long id) throws IOException {
        return writer.deleteDocuments(idTerm(id));
    }

    /** Deletes every document (committed with the next {@link #commit}): a rebuild then starts from nothing. */
    public long clear() throws IOException {
        return writer.deleteAll();
    }

    /**
     * Makes all writes so far durable, recording {@code userData} with them; it replaces what earlier commits
     * recorded.
     */
    public void commit(Map<String, String> userData) throws IOException {
        Map<String, String> data = new HashMap<>(userData);
        if (schemaVersion != null) {
            data.put(SCHEMA_VERSION, schemaVersion);
        }
        writer.setLiveCommitData(Map.copyOf(data).entrySet());
        writer.commit();
    }

    /** What the last successful {@link #commit} recorded, e.g. after a restart; empty if none. */
    public Map<String, String> committedUserData() throws IOException {
        Map<String, String> data = new HashMap<>(SegmentInfos.readLatestCommit(directory).getUserData());
        data.remove(SCHEMA_VERSION);
        return Map.copyOf(data);
    }

    /**
     * Whether the documents were written in this build's {@link IndexSchema#VERSION}; if not, the index must be
     * rebuilt (the version is committed with the first commit after a successful {@link #rebuild}).
     */
    public boolean schemaCurrent() {
        return IndexSchema.VERSION.equals(schemaVersion);
    }

    /** The schema version of the documents, {@code null} for an index from before versions were recorded. */
    public String schemaVersion() {
        return schemaVersion;
    }

    /**
     * Waits until searches see the write that returned {@code generation}.
     *
     * @return false if that did not happen within {@code timeout}
     */
    public boolean awaitVisible(long generation, Duration timeout) throws InterruptedException {
        return reopener.waitForGeneration(generation, (int) Math.min(Integer.MAX_VALUE, timeout.toMillis()));
    }

    /** Makes every write so far visible to searches now. */
    public void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /** The searcher for a search: the frozen one while {@link #replaceWith} runs, else the latest. */
    private IndexSearcher acquire() throws IOException {
        IndexSearcher before = frozen;
        // A reference ends with searchers.release, which only decrements the reader's count: the same for both.
        if (before != null && before.getIndexReader().tryIncRef()) {
            return before;
        }
        return searchers.acquire();
    }

    /** Items visible to searches. */
    public long documentCount() throws IOException {
        IndexSearcher searcher = acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * One page of hits, best first (newest first for blank text), with the exact total and facet counts over
     * all matches. Ties are broken by date and then id, so equal indexes give equal pages. One pass collects
     * the page and counts the facets from doc values; only the page's hits are highlighted.
     */
    public SearchResult search(SearchQuery q) throws IOException {
        Query text = textQuery(q.text());
        Query query = filtered(text, q);
        int firstHit = q.page() * q.pageSize();
        var topHits = new TopFieldCollectorManager(text == null ? BY_DATE : BY_RELEVANCE,
                firstHit + q.pageSize(), null, firstHit + q.pageSize());
        var facets = new GroupCounter(List.of(Dimension.TYPE, Dimension.CATEGORY));
        IndexSearcher searcher = acquire();
        try {
            Object[] results = searcher.search(query, new MultiCollectorManager(topHits, facets));
            TopFieldDocs top = (TopFieldDocs) results[0];
            @SuppressWarnings("unchecked")
            Map<List<String>, Long> typeAndCategory = (Map<List<String>, Long>) results[1];
            ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(firstHit, top.scoreDocs.length),
                    top.scoreDocs.length);
            List<SearchResult.Hit> hits = hits(searcher, new TopDocs(top.totalHits, page),
                    text == null ? new MatchAllDocsQuery() : highlightQuery(q.text()), text != null);
            Map<String, Long> types = new HashMap<>();
            Map<String, Long> categories = new HashMap<>();
            typeAndCategory.forEach((key, n) -> {
                types.merge(key.get(0), n, Long::sum);
                if (!key.get(1).equals(Dimension.MISSING)) {
                    categories.merge(key.get(1), n, Long::sum);
                }
            });
            long total = types.values().stream().mapToLong(Long::longValue).sum();
            return new SearchResult(total, hits, byCountDescending(types), byCountDescending(categories));
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * Counts the items {@code q} selects, per combination of the {@code groupBy} dimensions' values (in that
     * order; {@link Dimension#MISSING} where an item has none). Reads only doc values, so counting a whole
     * district's month is one pass over the matching documents.
     */
    public Map<List<String>, Long> count(CountQuery q, Dimension... groupBy) throws IOException {
        IndexSearcher searcher = acquire();
        try {
            return Map.copyOf(searcher.search(filtered(q, Map.of()), new GroupCounter(List.of(groupBy))));
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * The items {@link #count} counts for {@code q}, narrowed to those whose dimension equals the value in
     * {@code where} (e.g. one author): newest first, at most {@code limit} of them, with the exact total. This
     * is the list behind a number of the audit, so it selects exactly what {@code count} selects.
     */
    public SearchResult list(CountQuery q, Map<Dimension, String> where, int limit) throws IOException {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        IndexSearcher searcher = acquire();
        try {
            TopFieldDocs top = searcher.search(filtered(q, where), new TopFieldCollectorManager(BY_DATE, limit, null,
                    Integer.MAX_VALUE));
            StoredFields stored = searcher.storedFields();
            List<SearchResult.Hit> hits = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc doc : top.scoreDocs) {
                hits.add(hit(stored.document(doc.doc, HIT_FIELDS), "", 0f));
            }
            return new SearchResult(top.totalHits.value, hits, Map.of(), Map.of());
        } finally {
            searchers.release(searcher);
        }
    }

    private static Query filtered(CountQuery q, Map<Dimension, String> where) {
        BooleanQuery.Builder filters = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST);
        where.forEach((dimension, value) -> addFilter(filters, dimension.field, Set.of(value)));
        addFilter(filters, Dimension.SCHOOL.field, q.schools());
        addFilter(filters, Dimension.TYPE.field, q.types());
        addFilter(filters, Dimension.SOFTWARE.field, q.software());
        if (q.status() != null) {
            addFilter(filters, Dimension.STATUS.field, Set.of(q.status().name()));
        }
        if (q.visibility() != null) {
            addFilter(filters, Dimension.VISIBILITY.field, Set.of(q.visibility().name()));
        }
        if (q.from() != null || q.to() != null) {
            long from = q.from() == null ? Long.MIN_VALUE : IndexSchema.startMillis(q.from());
            long to = q.to() == null ? Long.MAX_VALUE : IndexSchema.startMillis(q.to().plusMonths(1)) - 1;
            filters.add(LongField.newRangeQuery(DATE, from, to), Occur.FILTER);
        }
        return filters.build();
    }

    /**
     * Replaces the whole index with {@code all}, e.g. after start-up found the index behind the database beyond
     * what the outbox can replay. Searches keep answering from the old documents until each is rewritten;
     * documents not in {@code all} disappear at the end. Writes made meanwhile through {@link #upsert} are kept,
     * but the rebuild may undo a change to an item the source had not yet reached when it was read (an older
     * copy overwrites an update, a deleted item comes back): replay the outbox from the position read before
     * the rebuild started, then commit.
     *
     * @param onProgress told after every {@value #PROGRESS_EVERY} documents, when the final merge starts and at
     *                   the end
     */
    public RebuildResult rebuild(Iterator<IndexDocument> all, long expectedTotal,
                                 Consumer<RebuildProgress> onProgress) throws IOException {
        if (!rebuilding.compareAndSet(false, true)) {
            throw new IllegalStateException("A rebuild is already running");
        }
        try {
            String rebuildEpoch = UUID.randomUUID().toString();
            epoch = rebuildEpoch;
            long done = 0;
            while (all.hasNext()) {
                upsert(all.next());
                done++;
                if (done % PROGRESS_EVERY == 0) {
                    onProgress.accept(new RebuildProgress(done, expectedTotal, false));
                }
            }
            Query stale = new BooleanQuery.Builder()
                    .add(new MatchAllDocsQuery(), Occur.MUST)
                    .add(new TermQuery(new Term(EPOCH, rebuildEpoch)), Occur.MUST_NOT)
                    .build();
            long generation = writer.deleteDocuments(stale);
            // Every document was just rewritten: one segment per school-sorted index lets a school's search
            // read one contiguous range instead of one per segment.
            onProgress.accept(new RebuildProgress(done, expectedTotal, true));
            writer.forceMerge(1);
            // A reopen during the merge may show the deletions not yet merged away, which changes the scores.
            searchers.maybeRefreshBlocking();
            schemaVersion = IndexSchema.VERSION;
            onProgress.accept(new RebuildProgress(done, expectedTotal, false));
            return new RebuildResult(done, generation);
        } finally {
            rebuilding.set(false);
        }
    }

    /**
     * Copies the last commit's files into {@code dir} (created; it must not hold an index): a whole index of its
     * own, with that commit's user data, which this returns. Writes and commits may go on meanwhile: the copied
     * commit is pinned until the copy ends.
     */
    public Map<String, String> snapshotTo(Path dir) throws IOException {
        IndexCommit commit = commits.snapshot();
        try (Directory target = FSDirectory.open(dir)) {
            for (String file : commit.getFileNames()) {
                target.copyFrom(directory, file, file, IOContext.DEFAULT);
            }
            target.sync(commit.getFileNames());
            target.syncMetaData();
            return Map.copyOf(commit.getUserData());
        } finally {
            commits.release(commit);
            writer.deleteUnusedFiles();
        }
    }

    /**
     * Replaces every document with those of the index in {@code snapshotDir} (one written by {@link #snapshotTo},
     * so of the same index sort, which adding whole segments requires) and commits them with {@code userData}:
     * the snapshot's schema version becomes this index's. Searches see the old documents until that commit. The
     * caller writes nothing else meanwhile. An index sort other than this index's is refused before anything
     * changes; an error after that leaves every document deleted (uncommitted): the caller rebuilds.
     */
    public void replaceWith(Path snapshotDir, Map<String, String> userData) throws IOException {
        if (!rebuilding.compareAndSet(false, true)) {
            throw new IllegalStateException("A rebuild is running");
        }
        IndexSearcher before = searchers.acquire();
        frozen = before;
        try (Directory source = FSDirectory.open(snapshotDir)) {
            SegmentInfos snapshot = SegmentInfos.readLatestCommit(source);
            Sort sort = writer.getConfig().getIndexSort();
            for (SegmentCommitInfo segment : snapshot) {
                if (!sort.equals(segment.info.getIndexSort())) {
                    throw new IllegalArgumentException("The snapshot's index sort " + segment.info.getIndexSort()
                            + " is not this index's " + sort);
                }
            }
            String version = snapshot.getUserData().get(SCHEMA_VERSION);
            writer.deleteAll();
            writer.addIndexes(source);
            schemaVersion = version;
            commit(userData);
            searchers.maybeRefreshBlocking();
        } finally {
            frozen = null;
            searchers.release(before);
            rebuilding.set(false);
        }
    }

    @Override
    public void close() throws IOException {
        try (directory; writer; searchers) {
            reopener.close();
        }
    }

    private Query textQuery(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String normal = nfc(text.strip());
        SearchTextParser parser = new SearchTextParser(analyzer);
        Query typed = parser.parse(normal);
        if (typed == null) {
            return null;
        }
        if (normal.chars().anyMatch(c -> "\"+-|*~()\\".indexOf(c) >= 0)) {
            return typed;
        }
        // A Vietnamese word is several syllables: items where the syllables stand together rank first.
        Query together = parser.together(normal);
        return together == null ? typed : new BooleanQuery.Builder()
                .add(typed, Occur.MUST)
                .add(together, Occur.SHOULD)
                .build();
    }

    /**
     * What the snippets mark: any of the words (not all, as matching requires) in the fields that give snippets.
     * Smaller than the search query, so finding the words in each hit of the page stays cheap.
     */
    private Query highlightQuery(String text) {
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, HIGHLIGHT_FIELDS);
        parser.setDefaultOperator(Occur.SHOULD);
        Query query = parser.parse(nfc(text.strip()));
        return query == null ? new MatchAllDocsQuery() : query;
    }

    private static Query filtered(Query text, SearchQuery q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(text == null ? new MatchAllDocsQuery() : text, Occur.MUST);
        if (q.rights().kind() == SearchRights.Kind.PUBLIC && q.publishedOnly() && !q.schools().isEmpty()) {
            addFilter(b, IndexSchema.PUBLIC_IN, q.schools());
        } else {
            addFilter(b, Dimension.SCHOOL.field, q.schools());
            Query audience = AudienceFilter.of(q.rights());
            if (audience != null) {
                b.add(audience, Occur.FILTER);
            }
            if (q.publishedOnly()) {
                addFilter(b, Dimension.STATUS.field, Set.of(ContentStatus.PUBLISHED.name()));
            }
        }
        if (q.shownAt() != null) {
            // Nearly every item is shown already: the range then matches whole segments without reading them.
            b.add(LongField.newRangeQuery(IndexSchema.VISIBLE_FROM, Long.MIN_VALUE, q.shownAt().toEpochMilli()),
                    Occur.FILTER);
        }
        if (q.type() != null) {
            addFilter(b, Dimension.TYPE.field, Set.of(q.type()));
        }
        if (q.category() != null) {
            addFilter(b, Dimension.CATEGORY.field, Set.of(q.category()));
        }
        if (q.from() != null || q.to() != null) {
            long from = q.from() == null ? Long.MIN_VALUE : IndexSchema.startMillis(q.from());
            long to = q.to() == null ? Long.MAX_VALUE : IndexSchema.startMillis(q.to().plusDays(1)) - 1;
            b.add(LongField.newRangeQuery(DATE, from, to), Occur.FILTER);
        }
        return b.build();
    }

    private static void addFilter(BooleanQuery.Builder b, String field, Collection<String> values) {
        if (values.isEmpty()) {
            return;
        }
        List<BytesRef> terms = values.stream().map(v -> new BytesRef(nfc(v))).toList();
        b.add(terms.size() == 1 ? new TermQuery(new Term(field, terms.get(0)))
                : new TermInSetQuery(field, terms), Occur.FILTER);
    }

    private List<SearchResult.Hit> hits(IndexSearcher searcher, TopDocs pageDocs, Query highlightQuery,
                                        boolean scored) throws IOException {
        ScoreDoc[] page = pageDocs.scoreDocs;
        if (page.length == 0) {
            return List.of();
        }
        PageHighlighter highlighter = new PageHighlighter(searcher, analyzer, HIT_FIELDS);
        Map<String, String[]> snippets = highlighter.highlightFields(new String[] {BODY, ATTACHMENT},
                highlightQuery, pageDocs, new int[] {1, 1});
        List<SearchResult.Hit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            Document doc = highlighter.stored(page[i].doc);
            String snippet = bestSnippet(snippets.get(BODY)[i], snippets.get(ATTACHMENT)[i]);
            float score = scored ? (Float) ((FieldDoc) page[i]).fields[0] : 0f;
            hits.add(hit(doc, snippet, score));
        }
        return hits;
    }

    private static SearchResult.Hit hit(Document doc, String snippet, float score) {
        return new SearchResult.Hit(
                Long.parseLong(doc.get(ID)),
                doc.get(Dimension.SCHOOL.field),
                doc.get(Dimension.TYPE.field),
                doc.get(Dimension.CATEGORY.field),
                doc.get(TITLE) == null ? "" : doc.get(TITLE),
                snippet,
                Instant.ofEpochMilli(doc.getField(DATE).numericValue().longValue())
                        .atZone(IndexSchema.SCHOOL_ZONE).toOffsetDateTime(),
                score);
    }

    /** The body's passage unless only the attachment matched; a passage without a match is the text's start. */
    private static String bestSnippet(String body, String attachment) {
        if (attachment != null && attachment.contains("<mark>") && (body == null || !body.contains("<mark>"))) {
            return attachment;
        }
        if (body != null) {
            return body;
        }
        return attachment == null ? "" : attachment;
    }

    private static Map<String, Long> byCountDescending(Map<String, Long> counts) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private static Term idTerm(long id) {
        return new Term(ID, Long.toString(id));
    }
}
