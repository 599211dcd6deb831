package vn.eschool.portal.core.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.eschool.portal.core.index.Items.item;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.eschool.portal.core.content.ContentStatus;
import vn.eschool.portal.core.content.Visibility;

class ContentIndexCountTest {

    private static final YearMonth MARCH = YearMonth.of(2024, 3);

    @TempDir
    Path dir;

    private ContentIndex index;

    @BeforeEach
    void open() throws IOException {
        index = ContentIndex.open(dir);
        // Teacher 10 of school A: two lectures and a news post in March, one lecture in April.
        index.upsert(item(1).type("LECTURE").author(10, "lan").software("PowerPoint", "Canva")
                .date("2024-03-05T10:00:00+07:00").build());
        index.upsert(item(2).type("LECTURE").author(10, "lan").software("PowerPoint")
                .date("2024-03-20T10:00:00+07:00").build());
        index.upsert(item(3).type("NEWS").author(10, "lan").date("2024-03-21T10:00:00+07:00").build());
        index.upsert(item(4).type("LECTURE").author(10, "lan").date("2024-04-02T10:00:00+07:00").build());
        // 2024-02-29T17:30Z is 00:30 on 1 March in Hà Nội: a March item, although February in UTC.
        index.upsert(item(5).type("NEWS").author(11, "hung").date("2024-02-29T17:30:00Z").build());
        // A draft and an internal item of teacher 11.
        index.upsert(item(6).type("NEWS").author(11, "hung").status(ContentStatus.DRAFT)
                .date("2024-03-06T10:00:00+07:00").build());
        index.upsert(item(7).type("DOCUMENT").author(11, "hung").internal().date("2024-03-07T10:00:00+07:00").build());
        // School B, and an item of school A with no author (imported history).
        index.upsert(item(8).school("thcs-b").type("NEWS").author(20, "mai").date("2024-03-08T10:00:00+07:00").build());
        index.upsert(item(9).type("NEWS").date("2024-03-09T10:00:00+07:00").build());
        index.refresh();
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void countsPerTeacherPerMonthPerType() throws IOException {
        Map<List<String>, Long> counts = index.count(CountQuery.published(Set.of("thpt-a"), MARCH, YearMonth.of(2024, 4)),
                Dimension.AUTHOR_ID, Dimension.MONTH, Dimension.TYPE);

        assertEquals(Map.of(
                List.of("10", "2024-03", "LECTURE"), 2L,
                List.of("10", "2024-03", "NEWS"), 1L,
                List.of("10", "2024-04", "LECTURE"), 1L,
                List.of("11", "2024-03", "NEWS"), 1L,
                List.of("11", "2024-03", "DOCUMENT"), 1L,
                List.of(Dimension.MISSING, "2024-03", "NEWS"), 1L), counts);
    }

    @Test
    void listsExactlyTheItemsACountCounts() throws IOException {
        CountQuery lectures = CountQuery.published(Set.of("thpt-a"), MARCH, MARCH).withTypes(Set.of("LECTURE"));
        long counted = index.count(lectures, Dimension.AUTHOR_USERNAME).get(List.of("lan"));

        SearchResult listed = index.list(lectures, Map.of(Dimension.AUTHOR_USERNAME, "lan"), 10);
        SearchResult firstOnly = index.list(lectures, Map.of(Dimension.AUTHOR_USERNAME, "lan"), 1);

        assertEquals(counted, listed.total());
        assertEquals(List.of(2L, 1L), listed.hits().stream().map(SearchResult.Hit::id).toList(), "newest first");
        assertEquals(2, firstOnly.total(), "the total counts beyond the limit");
        assertEquals(List.of(2L), firstOnly.hits().stream().map(SearchResult.Hit::id).toList());
        assertEquals(0, index.list(lectures, Map.of(Dimension.AUTHOR_USERNAME, "hung"), 10).total());
    }

    @Test
    void monthsAreThoseOfTheSchoolsTimeZone() throws IOException {
        Map<List<String>, Long> february = index.count(
                CountQuery.published(Set.of(), YearMonth.of(2024, 2), YearMonth.of(2024, 2)), Dimension.MONTH);
        Map<List<String>, Long> hung = index.count(CountQuery.published(Set.of(), MARCH, MARCH)
                .withTypes(Set.of("NEWS")), Dimension.AUTHOR_USERNAME);

        assertEquals(Map.of(), february);
        assertEquals(1L, hung.get(List.of("hung")));
    }

    @Test
    void countsAWholeDistrictInOnePass() throws IOException {
        Map<List<String>, Long> counts = index.count(CountQuery.published(Set.of(), MARCH, MARCH),
                Dimension.SCHOOL);

        assertEquals(Map.of(List.of("thpt-a"), 6L, List.of("thcs-b"), 1L), counts);
        assertEquals(counts, index.count(CountQuery.published(Set.of("thpt-a", "thcs-b"), MARCH, MARCH),
                Dimension.SCHOOL));
    }

    @Test
    void filtersByStatusVisibilityAndType() throws IOException {
        CountQuery anyStatus = new CountQuery(Set.of("thpt-a"), MARCH, MARCH, Set.of(), null, null);

        assertEquals(Map.of(List.of(), 7L), index.count(anyStatus));
        assertEquals(Map.of(List.of(), 5L), index.count(CountQuery.published(Set.of("thpt-a"), MARCH, MARCH)
                .withVisibility(Visibility.PUBLIC)));
        assertEquals(Map.of(List.of("DRAFT"), 1L, List.of("PUBLISHED"), 3L),
                index.count(anyStatus.withTypes(Set.of("NEWS")), Dimension.STATUS));
    }

    @Test
    void multiValuedSoftwareCountsAnItemOncePerValue() throws IOException {
        Map<List<String>, Long> counts = index.count(
                CountQuery.published(Set.of("thpt-a"), MARCH, MARCH).withTypes(Set.of("LECTURE")),
                Dimension.AUTHOR_USERNAME, Dimension.SOFTWARE);

        assertEquals(Map.of(List.of("lan", "PowerPoint"), 2L, List.of("lan", "Canva"), 1L), counts);
    }

    @Test
    void aSoftwareFilterCountsAnItemOnceHoweverManyOfTheProgramsItUses() throws IOException {
        CountQuery lectures = CountQuery.published(Set.of("thpt-a"), MARCH, MARCH).withTypes(Set.of("LECTURE"));

        assertEquals(Map.of(List.of("lan"), 2L),
                index.count(lectures.withSoftware(Set.of("PowerPoint", "Canva")), Dimension.AUTHOR_USERNAME));
        assertEquals(Map.of(List.of("lan"), 1L),
                index.count(lectures.withSoftware(Set.of("Canva")), Dimension.AUTHOR_USERNAME));
    }

    @Test
    void noMatchesGiveNoGroups() throws IOException {
        assertEquals(Map.of(), index.count(CountQuery.published(Set.of("unknown"), null, null), Dimension.TYPE));
    }

    @Test
    void rejectsAnInvertedMonthRange() {
        assertThrows(IllegalArgumentException.class, () -> CountQuery.published(Set.of(), MARCH, MARCH.minusMonths(1)));
    }
}
