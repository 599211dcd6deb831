package vn.eschool.portal.core.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.eschool.portal.core.index.Items.item;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.LongStream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentIndexLifecycleTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String[] SYLLABLES = {"trường", "học", "điện", "tử", "giáo", "viên", "học", "sinh",
            "bài", "giảng", "toán", "văn", "lịch", "sử", "địa", "lý", "đạo", "đức", "thể", "dục", "kế", "hoạch"};
    private static final String[] TYPES = {"NEWS", "DOCUMENT", "LECTURE", "PHOTO", "QUESTION"};

    @TempDir
    Path dir;

    /** A restart whose predecessor is still exiting: the index opens once the lock is let go. */
    @Test
    void anIndexLockedByAnExitingProcessOpensOnceItIsReleased() throws Exception {
        ContentIndex.open(dir).close();
        Directory held = FSDirectory.open(dir);
        Lock lock = held.obtainLock(IndexWriter.WRITE_LOCK_NAME);
        CompletableFuture<ContentIndex> opening = CompletableFuture.supplyAsync(() -> {
            try {
                return ContentIndex.open(dir, WAIT);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertThrows(TimeoutException.class, () -> opening.get(500, TimeUnit.MILLISECONDS), "waits for the lock");
        lock.close();
        held.close();
        opening.get(WAIT.toSeconds(), TimeUnit.SECONDS).close();
    }

    @Test
    void anIndexStillLockedAfterTheWaitNamesTheSharedDataDirectory() throws Exception {
        ContentIndex.open(dir).close();
        try (Directory held = FSDirectory.open(dir); Lock lock = held.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            LockObtainFailedException refused = assertThrows(LockObtainFailedException.class,
                    () -> ContentIndex.open(dir, Duration.ofMillis(300)));
            assertTrue(refused.getMessage().contains("PORTAL_DATA_DIR"), refused.getMessage());
        }
    }

    @Test
    void aWriteBecomesVisibleWithoutAnExplicitRefresh() throws Exception {
        try (ContentIndex index = ContentIndex.open(dir)) {
            long generation = index.upsert(item(1).title("Khai giảng năm học mới").build());

            assertTrue(index.awaitVisible(generation, WAIT));
            assertEquals(List.of(1L), ids(index, "khai giang"));
        }
    }

    @Test
    void upsertReplacesAndDeleteRemoves() throws Exception {
        try (ContentIndex index = ContentIndex.open(dir)) {
            index.upsert(item(1).title("Bản cũ").build());
            long replaced = index.upsert(item(1).title("Bản mới").build());
            assertTrue(index.awaitVisible(replaced, WAIT));

            assertEquals(1, index.documentCount());
            assertEquals(List.of(), ids(index, "cũ"));
            assertEquals(List.of(1L), ids(index, "mới"));

            assertTrue(index.awaitVisible(index.delete(1), WAIT));
            assertEquals(0, index.documentCount());
        }
    }

    @Test
    void commitUserDataSurvivesAReopen() throws Exception {
        try (ContentIndex index = ContentIndex.open(dir)) {
            assertEquals(Map.of(), index.committedUserData());
            index.upsert(item(1).title("Đã lưu").build());
            index.commit(Map.of("outboxPosition", "41"));
            index.upsert(item(2).title("Chưa lưu").build());
            index.commit(Map.of("outboxPosition", "42"));
        }
        try (ContentIndex reopened = ContentIndex.open(dir)) {
            assertEquals(Map.of("outboxPosition", "42"), reopened.committedUserData());
            assertEquals(2, reopened.documentCount());
        }
    }

    @Test
    void rebuildGivesTheSameSearchResultsAndCountsAsAFreshIndex() throws Exception {
        List<IndexDocument> database = corpus(600);
        try (ContentIndex fresh = ContentIndex.open(dir.resolve("fresh"));
             ContentIndex drifted = ContentIndex.open(dir.resolve("drifted"))) {
            for (IndexDocument d : database) {
                fresh.upsert(d);
            }
            fresh.refresh();
            // The drifted index missed an insert, kept a deleted item and an outdated version, and was committed.
            for (IndexDocument d : database) {
                if (d.id() != 7) {
                    drifted.upsert(d.id() == 5 ? item(5).title("Bản cũ của bài 5").build() : d);
                }
            }
            drifted.upsert(item(9999).title("Bài đã xoá khỏi cơ sở dữ liệu").build());
            drifted.commit(Map.of("outboxPosition", "1"));

            RebuildResult rebuilt = drifted.rebuild(database.iterator(), database.size(), progress -> { });
            assertTrue(drifted.awaitVisible(rebuilt.generation(), WAIT));

            assertEquals(database.size(), rebuilt.documents());
            assertEquals(fresh.documentCount(), drifted.documentCount());
            for (String text : List.of("trường học", "\"dien tu\"", "giáo viên -toán", "bai giang", "", "bản cũ")) {
                for (int page = 0; page < 3; page++) {
                    SearchQuery q = new SearchQuery(text, Set.of(), true, false, null, null, null, null, page, 10);
                    SearchResult expected = fresh.search(q);
                    assertEquals(expected, drifted.search(q), text + " page " + page);
                    assertEquals(text.equals("bản cũ"), expected.total() == 0, text);
                }
            }
            CountQuery year = new CountQuery(Set.of(), YearMonth.of(2024, 1), YearMonth.of(2024, 12), Set.of(),
                    null, null);
            Dimension[] perTeacherMonthType = {Dimension.SCHOOL, Dimension.AUTHOR_ID, Dimension.MONTH, Dimension.TYPE};
            assertEquals(fresh.count(year, perTeacherMonthType), drifted.count(year, perTeacherMonthType));
            assertEquals(fresh.count(year, Dimension.SOFTWARE), drifted.count(year, Dimension.SOFTWARE));
        }
    }

    @Test
    void rebuildReportsProgressAndKeepsWritesMadeMeanwhile() throws Exception {
        List<IndexDocument> database = corpus(2100);
        List<RebuildProgress> reports = new ArrayList<>();
        try (ContentIndex index = ContentIndex.open(dir)) {
            index.upsert(item(99_999).title("Bài sẽ bị xoá").build());
            RebuildResult rebuilt = index.rebuild(database.iterator(), database.size(), progress -> {
                reports.add(progress);
                if (progress.done() == 1000) {
                    try {
                        index.upsert(item(50_000).title("Bài mới đăng trong lúc dựng lại chỉ mục").build());
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
            assertTrue(index.awaitVisible(rebuilt.generation(), WAIT));

            assertEquals(List.of(new RebuildProgress(1000, 2100, false), new RebuildProgress(2000, 2100, false),
                    new RebuildProgress(2100, 2100, true), new RebuildProgress(2100, 2100, false)), reports);
            assertEquals(2101, index.documentCount());
            assertEquals(List.of(50_000L), ids(index, "dựng lại chỉ mục"));
            assertEquals(List.of(), ids(index, "sẽ bị xoá"));
        }
    }

    @Test
    void onlyOneRebuildRunsAtATime() throws Exception {
        try (ContentIndex index = ContentIndex.open(dir)) {
            List<IndexDocument> database = corpus(1000);
            assertThrows(IllegalStateException.class, () -> index.rebuild(database.iterator(), 1000,
                    progress -> {
                        try {
                            index.rebuild(List.<IndexDocument>of().iterator(), 0, p -> { });
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    }));
        }
    }

    private static List<Long> ids(ContentIndex index, String text) throws IOException {
        SearchQuery q = new SearchQuery(text, Set.of(), true, false, null, null, null, null, 0, 20);
        return index.search(q).hits().stream().map(SearchResult.Hit::id).toList();
    }

    /** Deterministic Vietnamese-like items: the same list every run. */
    private static List<IndexDocument> corpus(int size) {
        return LongStream.rangeClosed(1, size).mapToObj(id -> {
            int n = (int) id;
            return item(id)
                    .school("school-" + n % 3)
                    .type(TYPES[n % TYPES.length])
                    .category(n % 4 == 0 ? null : "Chuyên mục " + n % 4)
                    .title(words(n, 4))
                    .body(words(n * 7, 30))
                    .attachment(n % 5 == 0 ? words(n * 13, 50) : null)
                    .author(100 + n % 11, "gv" + n % 11)
                    .software(n % 2 == 0 ? new String[] {"PowerPoint", "Canva"} : new String[] {"Word"})
                    .date(String.format("2024-%02d-%02dT%02d:00:00+07:00", 1 + n % 12, 1 + n % 28, n % 24))
                    .build();
        }).toList();
    }

    private static String words(int seed, int count) {
        StringBuilder s = new StringBuilder();
        long x = seed * 2654435761L;
        for (int i = 0; i < count; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
            s.append(i == 0 ? "" : " ").append(SYLLABLES[(int) ((x >>> 33) % SYLLABLES.length)]);
        }
        return s.toString();
    }
}
