package vn.eschool.portal.core.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vn.eschool.portal.core.index.Items.item;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.eschool.portal.core.content.ContentStatus;
import vn.eschool.portal.core.content.ItemAudience;

/** Who finds which item: audiences of internal items, and items scheduled for later. */
class SearchRightsTest {

    private static final long GV01 = 101;
    private static final long GV02 = 102;
    private static final long MATHS = 7;
    private static final Instant NOW = Instant.parse("2024-03-10T02:00:00Z");

    @TempDir
    Path dir;

    private ContentIndex index;

    @BeforeEach
    void open() throws IOException {
        index = ContentIndex.open(dir);
        index.upsert(item(1).title("Kế hoạch tuyển sinh").build());
        index.upsert(item(2).title("Kế hoạch cho toàn trường").internal().build());
        index.upsert(item(3).title("Kế hoạch tổ Toán").internal().addressedTo(new ItemAudience(MATHS, Set.of()))
                .build());
        index.upsert(item(4).title("Kế hoạch riêng cho gv02").internal()
                .addressedTo(new ItemAudience(null, Set.of(GV02))).build());
        index.upsert(item(5).title("Kế hoạch gv01 gửi gv02").internal().author(GV01, "gv01")
                .addressedTo(new ItemAudience(null, Set.of(GV02))).build());
        index.upsert(item(6).title("Kế hoạch đăng ngày mai").visibleFrom("2024-03-11T08:00:00+07:00").build());
        index.upsert(item(7).title("Kế hoạch nháp").internal().status(ContentStatus.DRAFT).build());
        index.refresh();
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void thePublicFindsPublicItemsOnly() throws IOException {
        assertEquals(List.of(1L), found(SearchRights.publicOnly()));
    }

    @Test
    void aMemberFindsWhatIsAddressedToAllStaffToTheirGroupToThemAndTheirOwn() throws IOException {
        assertEquals(List.of(1L, 2L, 5L), found(SearchRights.member(GV01, null)));
        assertEquals(List.of(1L, 2L, 4L, 5L), found(SearchRights.member(GV02, null)));
        assertEquals(List.of(1L, 2L, 3L), found(SearchRights.member(103, MATHS)));
    }

    @Test
    void overseersFindEveryPublishedItem() throws IOException {
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), found(SearchRights.overseer()));
    }

    @Test
    void aScheduledItemIsFoundFromItsTimeOn() throws IOException {
        SearchQuery query = SearchQuery.publicSearch("ke hoach", Set.of("thpt-a"));
        assertEquals(List.of(1L), sorted(index.search(query.at(NOW))));
        assertEquals(List.of(1L, 6L), sorted(index.search(query.at(Instant.parse("2024-03-11T01:00:00Z")))));
    }

    @Test
    void theFilterOfAMemberIsTermLookupsOnly() {
        assertEquals("visibility:PUBLIC audience:(account:101 group:7 staff) authorId:101",
                AudienceFilter.of(SearchRights.member(GV01, MATHS)).toString());
        assertEquals("visibility:PUBLIC", AudienceFilter.of(SearchRights.publicOnly()).toString());
        assertNull(AudienceFilter.of(SearchRights.overseer()));
    }

    private List<Long> found(SearchRights rights) throws IOException {
        return sorted(index.search(SearchQuery.publicSearch("ke hoach", Set.of("thpt-a")).by(rights).at(NOW)));
    }

    private static List<Long> sorted(SearchResult result) {
        return result.hits().stream().map(SearchResult.Hit::id).sorted().toList();
    }
}
