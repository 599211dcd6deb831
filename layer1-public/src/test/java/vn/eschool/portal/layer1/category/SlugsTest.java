package vn.eschool.portal.layer1.category;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void vietnameseNamesBecomeReadableAsciiSlugs() {
        assertEquals("tin-tuc-su-kien", Slugs.of("Tin tức – Sự kiện"));
        assertEquals("van-ban-chi-dao-cac-cap", Slugs.of("Văn bản chỉ đạo các cấp"));
        assertEquals("kho-hoc-lieu-dien-tu", Slugs.of("Kho học liệu điện tử"));
        assertEquals("hoat-dong-doi", Slugs.of("Hoạt động Đội"));
        assertEquals("thong-tin-cho-phu-huynh", Slugs.of("  Thông tin cho phụ huynh!  "));
    }

    @Test
    void decomposedInputGivesTheSameSlug() {
        String nfd = java.text.Normalizer.normalize("Công khai", java.text.Normalizer.Form.NFD);
        assertEquals("cong-khai", Slugs.of(nfd));
    }

    @Test
    void emptyAndOverlongNamesStillGiveUsableSlugs() {
        assertEquals("chuyen-muc", Slugs.of("–?!"));
        String slug = Slugs.of("Chuyên mục ".repeat(40));
        assertTrue(slug.length() <= Slugs.MAX_LENGTH && !slug.endsWith("-"), slug);
    }

    @Test
    void thePrescribedCategoriesHaveDistinctSlugs() {
        var slugs = CategoryService.prescribedFor(null).stream().map(Category::slug).distinct().count();
        assertEquals(6, slugs);
    }
}
