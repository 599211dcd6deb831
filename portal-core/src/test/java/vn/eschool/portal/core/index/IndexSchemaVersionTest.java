package vn.eschool.portal.core.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.eschool.portal.core.index.Items.item;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.eschool.portal.core.config.PortalConfig;

class IndexSchemaVersionTest {

    @TempDir
    Path dataDir;

    private final List<IndexDocument> database = List.of(item(1).title("Khai giảng").build(),
            item(2).title("Tổng kết").build());

    private Path indexDir() {
        return dataDir.resolve("index");
    }

    /** The same layout as today's, committed by a build that recorded {@code version} (null: none). */
    private void writeIndexOfVersion(String version) throws Exception {
        writeIndex(version == null ? Map.of() : Map.of(ContentIndex.SCHEMA_VERSION, version));
    }

    private void writeIndex(Map<String, String> commitData) throws Exception {
        try (var directory = FSDirectory.open(indexDir());
             IndexWriter writer = new IndexWriter(directory,
                     ContentIndex.writerConfig(new VietnameseAnalyzer(), IndexWriterConfig.OpenMode.CREATE))) {
            for (IndexDocument d : database) {
                writer.addDocument(IndexSchema.toDocument(d, "old-epoch"));
            }
            writer.setLiveCommitData(commitData.entrySet());
            writer.commit();
        }
    }

    /** Where the stub outbox ends: its last event id. */
    private long outboxLatest;

    /**
     * A SearchIndexer over {@code dataDir}, its feed the database above with an empty outbox, its follower's first
     * turn (a rebuild if one is due) run on the calling thread.
     */
    private SearchIndexer indexer() {
        PortalConfig config = new PortalConfig() {
            @Override
            public Path dataDir() {
                return dataDir;
            }
        };
        return IndexerUnderTest.wire(config, new QuietOutbox(0, () -> outboxLatest),
                new ListFeed(database, new AtomicInteger()), new IndexSnapshots() {
                    @Override
                    public boolean enabled() {
                        return false;
                    }
                });
    }

    @Test
    void aNewIndexIsOfTheCurrentVersionAndKeepsItAcrossCommitsAndRestarts() throws Exception {
        try (ContentIndex index = ContentIndex.open(indexDir())) {
            assertTrue(index.schemaCurrent());
            index.upsert(database.get(0));
            index.commit(Map.of("lastChange", "now"));
            assertEquals(Map.of("lastChange", "now"), index.committedUserData(), "the version is the index's own");
        }
        try (ContentIndex reopened = ContentIndex.open(indexDir())) {
            assertTrue(reopened.schemaCurrent());
            assertEquals(IndexSchema.VERSION, reopened.schemaVersion());
        }
    }

    @Test
    void anIndexWithoutARecordedVersionStaysOutdatedUntilRebuilt() throws Exception {
        writeIndexOfVersion(null);
        try (ContentIndex index = ContentIndex.open(indexDir())) {
            assertFalse(index.schemaCurrent());
            assertNull(index.schemaVersion());
            index.commit(Map.of("lastChange", "now"));
        }
        try (ContentIndex index = ContentIndex.open(indexDir())) {
            assertFalse(index.schemaCurrent(), "an ordinary commit does not make old documents current");
            index.rebuild(database.iterator(), database.size(), progress -> { });
            index.commit(Map.of("rebuiltAt", "now"));
        }
        try (ContentIndex index = ContentIndex.open(indexDir())) {
            assertTrue(index.schemaCurrent());
        }
    }

    @Test
    void startUpRebuildsAnIndexAheadOfTheDatabasesOutboxEvenWhenTheCountsAgree() throws Exception {
        // Written for another database (or before a backup was restored): its position means nothing here.
        writeIndex(Map.of(ContentIndex.SCHEMA_VERSION, IndexSchema.VERSION, SearchIndexer.POSITION, "500"));
        outboxLatest = 10;
        SearchIndexer indexer = indexer();
        try {
            indexer.open();
            SearchIndexer.RebuildStatus status = indexer.awaitRebuild(Duration.ofSeconds(30));
            assertEquals(database.size(), status.done(), "a rebuild ran");
            assertNull(status.error());
        } finally {
            indexer.close();
        }
    }

    @Test
    void anIndexThatHasAppliedTheOutboxSoFarIsLeftAlone() throws Exception {
        writeIndex(Map.of(ContentIndex.SCHEMA_VERSION, IndexSchema.VERSION, SearchIndexer.POSITION, "500"));
        outboxLatest = 500;
        SearchIndexer indexer = indexer();
        try {
            indexer.open();
            assertEquals(SearchIndexer.RebuildStatus.NEVER, indexer.status());
        } finally {
            indexer.close();
        }
    }

    @Test
    void startUpRebuildsAnIndexOfAnotherVersionEvenWhenTheCountsAgree() throws Exception {
        writeIndexOfVersion("0");
        SearchIndexer indexer = indexer();
        try {
            indexer.open();
            SearchIndexer.RebuildStatus status = indexer.awaitRebuild(Duration.ofSeconds(30));
            assertFalse(status.running());
            assertEquals(database.size(), status.done(), "a rebuild ran");
            assertNull(status.error());
            assertTrue(indexer.index().schemaCurrent());
        } finally {
            indexer.close();
        }
        SearchIndexer again = indexer();
        try {
            again.open();
            assertEquals(SearchIndexer.RebuildStatus.NEVER, again.status(), "a current index is left alone");
        } finally {
            again.close();
        }
    }

    @Test
    void anIndexWhoseLayoutCannotBeOpenedAnyMoreStartsEmptyAndIsRebuilt() throws Exception {
        // An older layout without the index sort: today's writer cannot append to it.
        try (var directory = FSDirectory.open(indexDir());
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            Document doc = new Document();
            doc.add(new StringField(IndexSchema.ID, "1", Field.Store.YES));
            writer.addDocument(doc);
            writer.setLiveCommitData(Map.of(ContentIndex.SCHEMA_VERSION, "0").entrySet());
            writer.commit();
        }
        SearchIndexer indexer = indexer();
        try {
            indexer.open();
            indexer.awaitRebuild(Duration.ofSeconds(30));
            assertTrue(indexer.index().schemaCurrent());
            assertEquals(database.size(), indexer.documentCount());
        } finally {
            indexer.close();
        }
    }
}
