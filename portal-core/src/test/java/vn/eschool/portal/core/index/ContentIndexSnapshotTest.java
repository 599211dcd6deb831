package vn.eschool.portal.core.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.eschool.portal.core.index.Items.item;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentIndexSnapshotTest {

    @TempDir
    Path dir;

    @Test
    void aSnapshotReplacingAnotherIndexGivesItTheSameDocumentsAndCommitData() throws Exception {
        try (ContentIndex source = ContentIndex.open(dir.resolve("source"));
             ContentIndex target = ContentIndex.open(dir.resolve("target"))) {
            for (long id = 1; id <= 30; id++) {
                source.upsert(item(id).title("Thông báo số " + id).build());
            }
            source.commit(Map.of("outboxPosition", "30"));
            source.refresh();
            target.upsert(item(99).title("Lịch trực riêng").build());
            target.commit(Map.of("outboxPosition", "5"));

            Map<String, String> taken = source.snapshotTo(dir.resolve("snapshot"));
            assertEquals("30", taken.get("outboxPosition"));
            assertEquals(IndexSchema.VERSION, taken.get(ContentIndex.SCHEMA_VERSION));

            target.replaceWith(dir.resolve("snapshot"), Map.of("outboxPosition", "30", "builtFrom", "snapshot"));
            assertEquals(30, target.documentCount());
            assertEquals(ids(source, "thông báo"), ids(target, "thông báo"));
            assertEquals(List.of(), ids(target, "lịch trực"));
            assertEquals(Map.of("outboxPosition", "30", "builtFrom", "snapshot"), target.committedUserData());
            assertEquals(IndexSchema.VERSION, target.schemaVersion());
        }
        try (ContentIndex reopened = ContentIndex.open(dir.resolve("target"))) {
            assertEquals(30, reopened.documentCount(), "the replacement is committed");
        }
    }

    /** Each commit records how many documents it holds: a snapshot taken meanwhile must hold one commit whole. */
    @Test
    void writesAndCommitsDuringTheCopyLeaveTheSnapshotWhole() throws Exception {
        try (ContentIndex source = ContentIndex.open(dir.resolve("source"))) {
            AtomicBoolean copying = new AtomicBoolean(true);
            CompletableFuture<Void> writes = CompletableFuture.runAsync(() -> {
                try {
                    for (long id = 1; copying.get() || id < 200; id++) {
                        source.upsert(item(id).title("Bài " + id).build());
                        source.commit(Map.of("outboxPosition", Long.toString(id)));
                    }
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            try {
                for (int round = 0; round < 5; round++) {
                    Path snapshot = dir.resolve("snapshot-" + round);
                    Map<String, String> taken = source.snapshotTo(snapshot);
                    try (Directory copied = FSDirectory.open(snapshot);
                         CheckIndex check = new CheckIndex(copied);
                         DirectoryReader reader = DirectoryReader.open(copied)) {
                        assertTrue(check.checkIndex().clean, "round " + round);
                        assertEquals(taken, reader.getIndexCommit().getUserData());
                        assertEquals(Long.parseLong(taken.getOrDefault("outboxPosition", "0")), reader.numDocs());
                    }
                }
            } finally {
                copying.set(false);
            }
            writes.join();
        }
    }

    @Test
    void aSnapshotOfAnotherIndexSortIsRefusedAndChangesNothing() throws Exception {
        try (Directory unsorted = FSDirectory.open(dir.resolve("unsorted"));
             IndexWriter writer = new IndexWriter(unsorted, new IndexWriterConfig(new VietnameseAnalyzer()))) {
            writer.addDocument(IndexSchema.toDocument(item(7).title("Không sắp xếp").build(), "epoch"));
            writer.commit();
        }
        try (ContentIndex target = ContentIndex.open(dir.resolve("target"))) {
            target.upsert(item(1).title("Kế hoạch giữ lại").build());
            target.commit(Map.of("outboxPosition", "1"));
            target.refresh();
            assertThrows(IllegalArgumentException.class,
                    () -> target.replaceWith(dir.resolve("unsorted"), Map.of("outboxPosition", "9")));
            target.commit(Map.of("outboxPosition", "1"));
            target.refresh();
            assertEquals(List.of(1L), ids(target, "kế hoạch"));
            assertEquals(Map.of("outboxPosition", "1"), target.committedUserData());
        }
    }

    private static List<Long> ids(ContentIndex index, String text) throws IOException {
        SearchQuery q = new SearchQuery(text, Set.of(), true, false, null, null, null, null, 0, 50);
        return index.search(q).hits().stream().map(SearchResult.Hit::id).sorted().toList();
    }
}
