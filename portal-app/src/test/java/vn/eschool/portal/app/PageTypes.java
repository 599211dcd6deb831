package vn.eschool.portal.app;

import java.util.List;
import java.util.Map;

/**
 * Every page type the accessibility (axe) and HTML validity (Nu Html Checker) checks visit, in one place: add a
 * line when a plugin adds a page. {@code path} may name {@code {article}} (a published post with a cover, a picture
 * and a table in its text), {@code {draft}} (a draft post), {@code {album}} (one of the demo school's albums) and
 * {@code {lecture}} (a shared e-lecture that is a picture); {@code account} is who must be signed in (username at
 * the demo school), or null; {@code button}, when not null, is the id of the page's form button whose answer is
 * the page type (a POST), else the page at {@code path} is.
 */
final class PageTypes {

    record PageType(String name, String path, String account, String button) {

        PageType(String name, String path, String account) {
            this(name, path, account, null);
        }

        String resolve(Map<String, String> ids) {
            String resolved = path;
            for (var id : ids.entrySet()) {
                resolved = resolved.replace("{" + id.getKey() + "}", id.getValue());
            }
            return resolved;
        }
    }

    private static final String SCHOOL = "schools/thcs-sonca/";

    static final List<PageType> ALL = List.of(
            // Layer 1, public
            new PageType("các trường / district's schools", "", null),
            new PageType("trang chủ / home", SCHOOL, null),
            new PageType("chuyên mục / category", SCHOOL + "chuyen-muc/tin-tuc-su-kien", null),
            new PageType("bài viết / article", SCHOOL + "bai-viet/{article}", null),
            new PageType("giới thiệu / introduction", SCHOOL + "gioi-thieu", null),
            new PageType("cơ cấu tổ chức / organisation", SCHOOL + "to-chuc", null),
            new PageType("liên hệ – hỏi đáp / contact and Q&A", SCHOOL + "lien-he", null),
            new PageType("văn bản chỉ đạo / directive documents", SCHOOL + "van-ban", null),
            new PageType("tìm kiếm / search results", SCHOOL + "tim-kiem?q=khai+giang", null),
            new PageType("đăng nhập / sign-in", "login?school=thcs-sonca", null),
            new PageType("album ảnh / photo albums", SCHOOL + "album", null),
            new PageType("một album / an album", SCHOOL + "album/{album}", null),
            new PageType("kho học liệu / e-learning repository", SCHOOL + "hoc-lieu", null),
            new PageType("bài giảng / an e-lecture", SCHOOL + "hoc-lieu/{lecture}", null),
            new PageType("công khai / public disclosures", SCHOOL + "cong-khai", null),
            new PageType("tự đánh giá / published self-assessment", SCHOOL + "tu-danh-gia", null),
            // editorial pages
            new PageType("bài viết của trường / all posts", SCHOOL + "bien-tap", "bientap"),
            new PageType("bài của tôi / my posts", SCHOOL + "bien-tap?cua-toi=true&trang-thai=DRAFT", "bientap"),
            new PageType("viết bài / new post", SCHOOL + "bien-tap/moi", "bientap"),
            new PageType("sửa bài / edit post", SCHOOL + "bien-tap/{draft}", "bientap"),
            new PageType("phiên bản / revisions", SCHOOL + "bien-tap/{draft}/phien-ban", "bientap"),
            new PageType("duyệt bài / review queue", SCHOOL + "bien-tap/duyet", "hieutruong"),
            new PageType("duyệt một bài / review a post", SCHOOL + "bien-tap/{draft}", "hieutruong"),
            new PageType("quản lý album / albums for editors", SCHOOL + "album/quan-ly", "bientap"),
            new PageType("kế hoạch tin bài / article plan", SCHOOL + "ke-hoach-tin-bai", "hieutruong"),
            new PageType("trang trường / site banner, theme and menu", SCHOOL + "trang-truong", "hieutruong"),
            new PageType("xem trước trang trường / its preview", SCHOOL + "trang-truong", "hieutruong", "preview"),
            new PageType("sửa giới thiệu / edit the introduction", SCHOOL + "gioi-thieu/sua", "hieutruong"),
            new PageType("đăng công khai / publish a disclosure", SCHOOL + "cong-khai/sua?muc=hoc-phi", "hieutruong"),
            // the audit, for the school's board
            new PageType("kiểm tra / audit dashboard", SCHOOL + "kiem-tra", "hieutruong"),
            new PageType("lịch sự kiện / event calendar", SCHOOL + "kiem-tra/lich", "hieutruong"),
            // Layer 2
            new PageType("khu vực nội bộ / internal area", SCHOOL + "noi-bo", "gv01"));

    private PageTypes() {
    }
}
