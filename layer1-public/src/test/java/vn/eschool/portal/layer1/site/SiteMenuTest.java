package vn.eschool.portal.layer1.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.eschool.portal.core.plugin.MenuEntry;
import vn.eschool.portal.core.plugin.MenuEntry.MenuArea;
import vn.eschool.portal.layer1.category.Category;
import vn.eschool.portal.layer1.category.CategoryKind;

class SiteMenuTest {

    private static final List<Category> PRESCRIBED = List.of(
            new Category(null, "Tin tức – Sự kiện", CategoryKind.NEWS, 10, true),
            new Category(null, "Công khai", CategoryKind.DISCLOSURE, 30, true),
            new Category(null, "Văn bản chỉ đạo các cấp", CategoryKind.DIRECTIVE, 40, true),
            new Category(null, "Kho học liệu điện tử", CategoryKind.ELEARNING, 50, true));

    private static final List<MenuEntry> PLUGINS = List.of(
            new MenuEntry(MenuArea.PUBLIC, "Trang chủ", "Home", "/schools/{school}/", 0),
            new MenuEntry(MenuArea.PUBLIC, "Công khai năm học", "Public disclosures", "/schools/{school}/cong-khai", 40),
            new MenuEntry(MenuArea.PUBLIC, "Album ảnh", "Photo albums", "/schools/{school}/album", 45),
            new MenuEntry(MenuArea.PUBLIC, "Kho học liệu", "E-learning repository", "/schools/{school}/hoc-lieu", 50),
            new MenuEntry(MenuArea.PUBLIC, "Tự đánh giá", "Self-assessment", "/schools/{school}/tu-danh-gia", 80));

    private static List<String> labels(List<SiteMenu.Item> items) {
        return items.stream().map(SiteMenu.Item::labelVi).toList();
    }

    @Test
    void eachSectionAppearsOnceUnderItsCategorysName() {
        List<SiteMenu.Item> menu = SiteMenu.of(PRESCRIBED, PLUGINS, List.of());
        assertEquals(List.of("Trang chủ", "Giới thiệu", "Cơ cấu tổ chức", "Tin tức – Sự kiện", "Công khai",
                "Văn bản chỉ đạo các cấp", "Kho học liệu điện tử", "Album ảnh", "Tự đánh giá", "Liên hệ – Hỏi đáp"),
                labels(menu));
        assertEquals(List.of("", "gioi-thieu", "to-chuc", "chuyen-muc/tin-tuc-su-kien", "cong-khai", "van-ban",
                "hoc-lieu", "album", "tu-danh-gia", "lien-he"), menu.stream().map(SiteMenu.Item::key).toList());
    }

    @Test
    void theBoardsOrderComesFirstAndSectionsItLeftOutFollowInTheirOwnOrder() {
        List<SiteMenu.Item> menu = SiteMenu.of(PRESCRIBED, PLUGINS,
                List.of("album", "chuyen-muc/tin-tuc-su-kien", "no-longer-there", "album", ""));
        assertEquals(List.of("Album ảnh", "Tin tức – Sự kiện", "Trang chủ", "Giới thiệu", "Cơ cấu tổ chức",
                "Công khai", "Văn bản chỉ đạo các cấp", "Kho học liệu điện tử", "Tự đánh giá", "Liên hệ – Hỏi đáp"),
                labels(menu));
    }

    @Test
    void anOrderIsValidOnlyWithKnownSectionsEachOnce() {
        List<SiteMenu.Item> all = SiteMenu.of(PRESCRIBED, PLUGINS, List.of());
        assertEquals(List.of(), SiteMenu.unknown(all, List.of("album", "", "van-ban")));
        assertEquals(List.of("chuyen-muc/khong-co", "album"),
                SiteMenu.unknown(all, List.of("album", "chuyen-muc/khong-co", "album")));
    }
}
