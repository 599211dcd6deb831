package vn.eschool.portal.core.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.eschool.portal.core.index.Items.item;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.eschool.portal.core.content.ContentStatus;

class ContentIndexSearchTest {

    @TempDir
    Path dir;

    private ContentIndex index;

    @BeforeEach
    void open() throws IOException {
        index = ContentIndex.open(dir);
        index.upsert(item(1).title("Trường học điện tử").body("Nhà trường triển khai mô hình trường học điện tử.")
                .category("Tin tức").date("2024-03-01T08:00:00+07:00").build());
        index.upsert(item(2).title("Thời khóa biểu").body("Lịch học của trường trong học kỳ II, điện thoại liên hệ.")
                .category("Thông báo").date("2024-03-02T08:00:00+07:00").build());
        index.upsert(item(3).title("Truong hoc dien tu (không dấu)").body("Bài viết gõ không dấu.")
                .category("Tin tức").date("2024-03-03T08:00:00+07:00").build());
        index.upsert(item(4).type("DOCUMENT").title("Kế hoạch năm học")
                .body("Văn bản đính kèm.")
                .attachment("Phụ lục: hướng dẫn sử dụng sổ điểm điện tử <script>alert(1)</script> cho giáo viên.")
                .date("2024-04-05T08:00:00+07:00").build());
        index.upsert(item(5).title("Họp tổ chuyên môn").body("Đạo đức nhà giáo và trường học điện tử.").internal()
                .date("2024-03-04T08:00:00+07:00").build());
        index.upsert(item(6).title("Bản nháp trường học điện tử").status(ContentStatus.DRAFT)
                .date("2024-03-05T08:00:00+07:00").build());
        index.upsert(item(7).school("thcs-b").title("Trường học điện tử ở trường B")
                .date("2024-03-06T08:00:00+07:00").build());
        index.refresh();
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void phraseWithOrWithoutDiacriticsFindsTheSameItemsAndExactSpellingRanksFirst() throws IOException {
        List<Long> accented = ids(index.search(publicSearch("\"trường học điện tử\"")));
        List<Long> folded = ids(index.search(publicSearch("\"truong hoc dien tu\"")));

        assertEquals(List.of(1L, 3L), accented.stream().sorted().toList());
        assertEquals(accented.stream().sorted().toList(), folded.stream().sorted().toList());
        assertEquals(1L, accented.get(0), "the accented title matches exactly, item 3 only when folded");
    }

    @Test
    void decomposedQueryFindsPrecomposedText() throws IOException {
        String nfd = Normalizer.normalize("trường học điện tử", Normalizer.Form.NFD);
        assertEquals(List.of(1L, 3L), sorted(index.search(publicSearch(nfd))));
    }

    @Test
    void syllablesStandingTogetherOutrankScatteredOnes() throws IOException {
        // Item 2 has "học", "trường" and "điện" but not as the word "trường học điện tử"; it lacks "tử" anyway.
        List<Long> hits = ids(index.search(publicSearch("trường học")));
        assertEquals(1L, hits.get(0));
        assertTrue(hits.contains(2L));
    }

    @Test
    void exactSpellingInTheBodyRanksAboveAFoldedOne() throws IOException {
        index.upsert(item(10).title("Thông báo").body("Lịch ma trận đề thi giữa kỳ.")
                .date("2024-05-02T08:00:00+07:00").build());
        index.upsert(item(11).title("Thông báo").body("Lịch mà trận đề thi giữa kỳ.")
                .date("2024-05-01T08:00:00+07:00").build());
        index.refresh();

        assertEquals(List.of(11L, 10L), ids(index.search(publicSearch("mà trận"))));
        assertEquals(List.of(10L, 11L), ids(index.search(publicSearch("ma trận"))));
    }

    @Test
    void everyWordMayStandInADifferentPartOfTheItem() throws IOException {
        // "kế hoạch" is in item 4's title, "giáo viên" only in its attachment.
        assertEquals(List.of(4L), ids(index.search(publicSearch("ke hoach giao vien"))));
        assertEquals(List.of(), ids(index.search(publicSearch("ke hoach giao vien bóng"))));
    }

    @Test
    void aPhraseDoesNotRunFromTheTitleIntoTheBody() throws IOException {
        // Item 2: the title ends with "biểu", the body starts with "Lịch".
        assertEquals(List.of(), ids(index.search(publicSearch("\"biểu lịch\""))));
        assertEquals(List.of(2L), ids(index.search(publicSearch("biểu lịch"))));
    }

    @Test
    void prefixesExclusionsAndAlternativesFollowTheSimpleQuerySyntax() throws IOException {
        assertEquals(List.of(4L), ids(index.search(publicSearch("hướng dẫ*"))));
        assertEquals(List.of(1L, 3L), sorted(index.search(publicSearch("trường học -thoi"))));
        assertEquals(List.of(2L, 4L), sorted(index.search(publicSearch("thoi | phu"))));
        assertEquals(List.of(4L), ids(index.search(publicSearch("huong~1 dan"))));
    }

    @Test
    void strokedDIsFoldedToD() throws IOException {
        assertEquals(List.of(5L), ids(index.search(publicSearch("dao duc").forStaff())));
    }

    @Test
    void publicSearchLeavesOutInternalAndUnpublishedItemsAndOtherSchools() throws IOException {
        assertEquals(List.of(1L, 3L), sorted(index.search(publicSearch("trường học điện tử"))));
        assertEquals(List.of(1L, 3L, 5L, 6L), sorted(index.search(publicSearch("trường học điện tử").forStaff())));
        assertEquals(List.of(1L, 3L, 7L), sorted(index.search(new SearchQuery("trường học điện tử",
                Set.of("thpt-a", "thcs-b"), false, true, null, null, null, null, 0, 20))));
        assertEquals(List.of(1L, 3L, 7L), sorted(index.search(new SearchQuery("trường học điện tử",
                Set.of(), false, true, null, null, null, null, 0, 20))));
    }

    @Test
    void filtersByTypeCategoryAndDays() throws IOException {
        assertEquals(List.of(4L), ids(index.search(publicSearch("").withType("DOCUMENT"))));
        assertEquals(List.of(3L, 1L), ids(index.search(publicSearch("").withCategory("Tin tức"))));
        String decomposedCategory = Normalizer.normalize("Tin tức", Normalizer.Form.NFD);
        assertEquals(List.of(3L, 1L), ids(index.search(publicSearch("").withCategory(decomposedCategory))));
        assertEquals(List.of(2L, 1L), ids(index.search(publicSearch("")
                .between(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 2)))));
    }

    @Test
    void blankTextListsNewestFirst() throws IOException {
        assertEquals(List.of(4L, 3L, 2L, 1L), ids(index.search(publicSearch(" "))));
    }

    @Test
    void pagesThroughAllHits() throws IOException {
        SearchQuery all = publicSearch("");
        SearchResult first = index.search(all.withPage(0, 3));
        SearchResult second = index.search(all.withPage(1, 3));

        assertEquals(4, first.total());
        assertEquals(4, second.total());
        assertEquals(List.of(4L, 3L, 2L), ids(first));
        assertEquals(List.of(1L), ids(second));
    }

    @Test
    void countsFacetsOverAllMatchesNotJustThePage() throws IOException {
        SearchResult result = index.search(publicSearch("").withPage(0, 1));

        assertEquals(Map.of("NEWS", 3L, "DOCUMENT", 1L), result.typeFacets());
        assertEquals(List.of("NEWS", "DOCUMENT"), List.copyOf(result.typeFacets().keySet()));
        assertEquals(Map.of("Tin tức", 2L, "Thông báo", 1L), result.categoryFacets());
    }

    @Test
    void highlightsFoldedMatchesInTheBody() throws IOException {
        SearchResult.Hit hit = index.search(publicSearch("\"truong hoc dien tu\"")).hits().stream()
                .filter(h -> h.id() == 1).findFirst().orElseThrow();

        assertEquals("Trường học điện tử", hit.title());
        assertTrue(hit.snippet().contains("<mark>"), hit.snippet());
        assertTrue(hit.snippet().replaceAll("</?mark>", "").contains("trường học điện tử"), hit.snippet());
    }

    @Test
    void snippetComesFromTheAttachmentWhenOnlyItMatchesAndIsEscaped() throws IOException {
        SearchResult.Hit hit = index.search(publicSearch("so diem")).hits().get(0);

        assertEquals(4L, hit.id());
        assertTrue(hit.snippet().replace("</mark> <mark>", " ").contains("<mark>sổ điểm</mark>"), hit.snippet());
        assertTrue(hit.snippet().contains("&lt;script&gt;"), hit.snippet());
        assertTrue(!hit.snippet().contains("<script>"), hit.snippet());
    }

    @Test
    void snippetsStayShortInLongTextWithoutSentences() throws IOException {
        String filler = "lời nói đầu ".repeat(300);
        index.upsert(item(8).title("Tài liệu dài").body(filler + "nội dung chính về chuyển đổi số " + filler).build());
        index.refresh();

        String snippet = index.search(publicSearch("chuyển đổi số")).hits().get(0).snippet();

        assertTrue(snippet.contains("<mark>"), snippet);
        assertTrue(snippet.length() < 400, snippet);
    }

    /** Marking prefixes and fuzzy words would walk the term dictionary for every hit: only full words are marked. */
    @Test
    void prefixAndFuzzyWordsFindButAreNotMarked() throws IOException {
        for (String query : List.of("điện tru*", "dien truong~1")) {
            SearchResult.Hit hit = index.search(publicSearch(query)).hits().stream().filter(h -> h.id() == 1)
                    .findFirst().orElseThrow();
            List<String> marked = Pattern.compile("<mark>([^<]*)</mark>").matcher(hit.snippet())
                    .results().map(m -> m.group(1)).toList();
            assertEquals(List.of("điện"), marked, query + ": " + hit.snippet());
        }
    }

    /** Highlighting reads at most the first 100,000 characters of a text: a match past them is found, not marked. */
    @Test
    void highlightingStopsEarlyInAVeryLongText() throws IOException {
        index.upsert(item(9).title("Tài liệu rất dài").body("lời nói đầu ".repeat(10_000) + "nội dung chính về chuyển"
                + " đổi số").build());
        index.refresh();

        SearchResult.Hit hit = index.search(publicSearch("chuyển đổi số")).hits().get(0);

        assertEquals(9L, hit.id());
        assertFalse(hit.snippet().contains("<mark>"), hit.snippet());
        assertTrue(hit.snippet().length() < 400, hit.snippet());
    }

    @Test
    void hitsCarryWhatAResultListShows() throws IOException {
        SearchResult.Hit hit = index.search(publicSearch("kế hoạch")).hits().get(0);

        assertEquals(4L, hit.id());
        assertEquals("thpt-a", hit.school());
        assertEquals("DOCUMENT", hit.type());
        assertEquals("Kế hoạch năm học", hit.title());
        assertEquals(LocalDate.of(2024, 4, 5), hit.date().toLocalDate());
        assertTrue(hit.score() > 0);
    }

    private static SearchQuery publicSearch(String text) {
        return SearchQuery.publicSearch(text, Set.of("thpt-a"));
    }

    private static List<Long> ids(SearchResult result) {
        return result.hits().stream().map(SearchResult.Hit::id).toList();
    }

    private static List<Long> sorted(SearchResult result) {
        return ids(result).stream().sorted().toList();
    }
}
