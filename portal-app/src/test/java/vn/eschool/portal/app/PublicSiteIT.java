package vn.eschool.portal.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * Layer 1 end to end: categories, the editorial workflow to the public pages, sanitised bodies, the parents'
 * question form, feeds and the sitemap, and who may do what on every new endpoint.
 */
class PublicSiteIT extends PortalIT {

    private static final String DEMO = "thcs-sonca";
    private static final String DEMO_PASSWORD = "demo-2026";
    private static final String API = "api/v1/schools/" + DEMO;
    private static final String XSS = "<p>Nội dung</p><script>alert('xss')</script><img src=x onerror=\"alert(2)\">"
            + "<a href=\"javascript:alert(3)\">liên kết</a>";

    private PortalClient editor() {
        return anonymous().as(DEMO, "bientap", DEMO_PASSWORD);
    }

    private PortalClient board() {
        return anonymous().as(DEMO, "hieutruong", DEMO_PASSWORD);
    }

    private PortalClient teacher() {
        return anonymous().as(DEMO, "gv01", DEMO_PASSWORD);
    }

    private long categoryId(String slug) {
        return anonymous().get(API + "/categories").array().stream().map(JsonObject.class::cast)
                .filter(c -> c.getString("slug").equals(slug)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private static String post(long categoryId, String title, String body) {
        return Json.createObjectBuilder().add("categoryId", categoryId).add("title", title)
                .add("summary", "Tóm tắt " + title).add("body", body)
                .add("tags", Json.createArrayBuilder().add("khai giảng")).build().toString();
    }

    private long draft(String title) {
        PortalClient.Reply created = editor().post(API + "/posts", post(categoryId("tin-tuc-su-kien"), title, XSS));
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    @Test
    void thePrescribedCategoriesAreSeededAndEditorsAddTheirOwn() {
        var slugs = anonymous().get(API + "/categories").array().stream().map(JsonObject.class::cast)
                .map(c -> c.getString("slug")).toList();
        assertTrue(slugs.containsAll(List.of("tin-tuc-su-kien", "hoat-dong-chuyen-mon", "cong-khai",
                "van-ban-chi-dao-cac-cap", "kho-hoc-lieu-dien-tu", "thong-tin-cho-phu-huynh", "hoat-dong-doi")), slugs.toString());

        String name = unique("Gương sáng học sinh ");
        PortalClient.Reply created = editor().post(API + "/categories",
                "{\"name\":\"" + name + "\",\"kind\":\"OTHER\"}");
        assertEquals(201, created.status(), created.body());
        assertEquals(409, editor().post(API + "/categories", "{\"name\":\"" + name + "\",\"kind\":\"OTHER\"}").status());
        assertEquals(400, editor().post(API + "/categories", "{\"kind\":\"OTHER\"}").status());
        assertEquals(200, anonymous().get("schools/" + DEMO + "/chuyen-muc/" + created.json().getString("slug")).status());
    }

    @Test
    void aPostGoesFromTheEditorThroughTheBoardToThePublicPagesWithoutItsScript() {
        String title = unique("Lễ khai giảng năm học mới ");
        long id = draft(title);
        String article = "schools/" + DEMO + "/bai-viet/" + id;

        assertEquals(404, anonymous().get(article).status(), "a draft is not public");
        assertEquals(404, anonymous().get(API + "/posts/" + id).status());
        assertFalse(anonymous().get(API + "/posts").body().contains(title));

        JsonObject submitted = editor().post(API + "/posts/" + id + "/submit", "{}").json();
        assertEquals("SUBMITTED", submitted.getString("status"));
        assertEquals(403, editor().post(API + "/posts/" + id + "/approve", "{}").status(), "editors do not approve");
        JsonObject approved = board().post(API + "/posts/" + id + "/approve", "{}").json();
        assertEquals("PUBLISHED", approved.getString("status"));
        var actions = approved.getJsonArray("history").stream().map(JsonObject.class::cast)
                .map(e -> e.getString("action")).toList();
        assertEquals(List.of("CREATE", "SUBMIT", "APPROVE"), actions);

        PortalClient.Reply page = anonymous().get(article);
        assertEquals(200, page.status());
        assertTrue(page.body().contains(title));
        assertTrue(page.body().contains("<p>Nội dung</p>"), "the sanitised body is rendered as HTML");
        assertTrue(page.body().contains("property=\"og:type\" content=\"article\""));
        assertTrue(page.body().contains("property=\"og:title\""));
        for (String forbidden : List.of("<script>alert", "onerror", "javascript:")) {
            assertFalse(page.body().contains(forbidden), forbidden);
        }
        assertTrue(anonymous().get("schools/" + DEMO + "/chuyen-muc/tin-tuc-su-kien").body().contains(title));
        assertTrue(anonymous().get("schools/" + DEMO + "/").body().contains(title));
        assertEquals(200, anonymous().get(API + "/posts/" + id).status());
    }

    @Test
    void theBoardReturnsWithACommentAndRevisionsCanBeRestored() {
        String title = unique("Hội khỏe Phù Đổng ");
        long id = draft(title);
        long category = categoryId("tin-tuc-su-kien");
        assertEquals(200, editor().send(editor().request(API + "/posts/" + id).header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(post(category, title + " (sửa)", "<p>Bản 2</p>"))))
                .status());
        editor().post(API + "/posts/" + id + "/submit", "{}");

        PortalClient.Reply noComment = board().post(API + "/posts/" + id + "/return", "{}");
        assertEquals(400, noComment.status());
        assertTrue(noComment.json().getString("detail").contains("nhận xét"));
        JsonObject returned = board().post(API + "/posts/" + id + "/return",
                "{\"comment\":\"Bổ sung ảnh hoạt động\"}").json();
        assertEquals("RETURNED", returned.getString("status"));

        var revisions = editor().get(API + "/posts/" + id + "/revisions").array();
        assertEquals(2, revisions.size());
        JsonObject restored = editor().post(API + "/posts/" + id + "/revisions/1/restore", "{}").json();
        assertEquals(title, restored.getString("title"));
        assertEquals(3, editor().get(API + "/posts/" + id + "/revisions").array().size());
        assertEquals(403, editor().post(API + "/posts/" + id + "/approve", "{}").status(), "approving is the board's");
    }

    @Test
    void aScheduledPostAppearsOnlyFromItsTime() {
        String title = unique("Ngày hội đọc sách ");
        long id = draft(title);
        JsonObject scheduled = board().post(API + "/posts/" + id + "/publish",
                "{\"publishAt\":\"2099-01-01T08:00:00+07:00\"}").json();
        assertTrue(scheduled.getBoolean("scheduled"));
        assertEquals(404, anonymous().get("schools/" + DEMO + "/bai-viet/" + id).status());
        assertFalse(anonymous().get("schools/" + DEMO + "/chuyen-muc/tin-tuc-su-kien").body().contains(title));
    }

    @Test
    void everyNewEndpointRefusesOutsiders() {
        long id = draft(unique("Bài nháp bí mật "));
        long category = categoryId("tin-tuc-su-kien");
        String body = post(category, "Tiêu đề", "<p>x</p>");

        PortalClient district = anonymous().as("", "admin", "district-admin-pass");
        String otherCode = unique("th-");
        assertEquals(201, district.post("api/v1/schools",
                "{\"code\":\"" + otherCode + "\",\"name\":\"Trường Tiểu học Hoa Mai\",\"level\":\"TH\"}").status());
        String otherEditor = unique("bt");
        assertEquals(201, district.post("api/v1/schools/" + otherCode + "/accounts", Json.createObjectBuilder()
                .add("username", otherEditor).add("fullName", "Biên Tập Trường B").add("role", "EDITOR")
                .add("password", "mat-khau-truong-b").build().toString()).status());
        PortalClient stranger = anonymous().as(otherCode, otherEditor, "mat-khau-truong-b");
        PortalClient teacher = teacher();
        PortalClient anon = anonymous();

        List<String> writes = List.of(API + "/posts", API + "/categories", API + "/posts/" + id + "/submit",
                API + "/posts/" + id + "/approve", API + "/posts/" + id + "/return", API + "/posts/" + id + "/publish",
                API + "/posts/" + id + "/revisions/1/restore", API + "/questions/1/answer", API + "/directives");
        for (String path : writes) {
            String json = path.endsWith("/posts") ? body : "{}";
            assertEquals(401, anon.post(path, json).status(), path);
            assertEquals(403, teacher.post(path, json).status(), path);
            assertEquals(403, stranger.post(path, json).status(), path);
        }
        for (String path : List.of(API + "/posts/" + id + "/revisions", API + "/questions")) {
            assertEquals(401, anon.get(path).status(), path);
            assertEquals(403, teacher.get(path).status(), path);
            assertEquals(403, stranger.get(path).status(), path);
        }
        var put = (java.util.function.Function<PortalClient, Integer>) c -> c.send(c.request(API + "/posts/" + id)
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(body))).status();
        assertEquals(401, put.apply(anon));
        assertEquals(403, put.apply(teacher));
        assertEquals(403, put.apply(stranger));
        var intro = (java.util.function.Function<PortalClient, Integer>) c -> c.send(c.request(API + "/intro/lich-su")
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"body\":\"<p>x</p>\"}"))).status();
        assertEquals(401, intro.apply(anon));
        assertEquals(403, intro.apply(teacher));
        assertEquals(403, intro.apply(editor()), "the introduction is the board's");
        assertEquals(204, intro.apply(board()));

        for (PortalClient reader : List.of(anon, teacher, stranger)) {
            assertEquals(404, reader.get(API + "/posts/" + id).status(), "a draft is invisible");
            assertTrue(reader.get(API + "/posts").array().stream().map(JsonObject.class::cast)
                    .allMatch(p -> p.getString("status").equals("PUBLISHED")));
        }
        assertEquals(404, stranger.get("api/v1/schools/" + otherCode + "/posts/" + id).status(),
                "a post of school A is not found under school B");
        assertEquals(404, editor().get("api/v1/schools/" + otherCode + "/posts/" + id).status());
        assertTrue(stranger.get("api/v1/schools/" + otherCode + "/posts").array().isEmpty());
        assertEquals(200, editor().get(API + "/posts/" + id).status(), "the school's editors see drafts");
    }

    @Test
    void theQuestionFormRefusesBadInputReadablyAndNeedsItsCsrfToken() throws Exception {
        PortalClient browser = anonymous();
        String contact = "schools/" + DEMO + "/lien-he";
        String page = browser.get(contact).body();
        Map<String, String> form = new HashMap<>(Map.of("_csrf", hidden(page, "_csrf"), "dau", hidden(page, "dau"),
                "hoTen", "", "lienHe", "không-phải-email", "cauHoi", "Ngắn", "website", ""));

        PortalClient.Reply refused = browser.postForm(contact, form, Map.of());
        assertEquals(400, refused.status());
        assertTrue(refused.body().contains("Hãy nhập họ và tên."), refused.body());
        assertTrue(refused.body().contains("Email hoặc số điện thoại chưa đúng."));
        assertTrue(refused.body().contains("Câu hỏi cần ít nhất 10 ký tự."));

        Map<String, String> noCsrf = new HashMap<>(form);
        noCsrf.remove("_csrf");
        PortalClient.Reply forged = browser.postForm(contact, noCsrf, Map.of());
        assertEquals(403, forged.status());
        assertTrue(forged.body().contains("Biểu mẫu đã hết hạn hoặc không hợp lệ"), forged.body());

        String question = unique("Xin hỏi lịch họp phụ huynh học kì II? ");
        form.putAll(Map.of("hoTen", "Nguyễn Văn An", "lienHe", "0912 345 678", "cauHoi", question));
        // The IT server runs with PORTAL_QUESTIONS_MIN_FILL_SECONDS=0; the fill-time rule is unit-tested.
        PortalClient.Reply sent = browser.postForm(contact, form, Map.of());
        assertEquals(303, sent.status(), sent.body());

        JsonObject asked = editor().get(API + "/questions?unanswered=true").array().stream().map(JsonObject.class::cast)
                .filter(q -> q.getString("question").equals(question)).findFirst().orElseThrow();
        assertEquals(200, editor().post(API + "/questions/" + asked.getJsonNumber("id") + "/answer",
                "{\"answer\":\"Nhà trường họp phụ huynh ngày 15/1.\",\"showInFaq\":true}").status());
        String faq = anonymous().get(contact).body();
        assertTrue(faq.contains(question) && faq.contains("Nhà trường họp phụ huynh ngày 15/1."));
        assertFalse(faq.contains("0912 345 678"), "the asker's contact is never public");
    }

    @Test
    void feedsSitemapAndTheOtherPublicPagesAreWellFormed() throws Exception {
        String school = "schools/" + DEMO + "/";
        PortalClient.Reply feed = anonymous().get(school + "chuyen-muc/tin-tuc-su-kien/rss.xml");
        assertEquals(200, feed.status());
        assertTrue(feed.contentType().startsWith("application/rss+xml"));
        Document rss = parse(feed.body());
        assertEquals("rss", rss.getDocumentElement().getTagName());
        assertTrue(rss.getElementsByTagName("item").getLength() > 0);

        PortalClient.Reply sitemap = anonymous().get(school + "sitemap.xml");
        assertEquals(200, sitemap.status());
        Document urls = parse(sitemap.body());
        assertEquals("http://www.sitemaps.org/schemas/sitemap/0.9", urls.getDocumentElement().getNamespaceURI());
        assertTrue(urls.getElementsByTagNameNS("*", "loc").item(0).getTextContent().startsWith("http"));

        String organisation = anonymous().get(school + "to-chuc").body();
        assertTrue(organisation.contains("Ban giám hiệu") && organisation.contains("Nguyễn Thị Thanh Hương")
                && organisation.contains("Tổ Ngữ văn"));
        assertFalse(organisation.contains("vanthu@sonca.example.edu.vn"),
                "only the contacts people chose to publish, never an account's own address");
        long file = editor().upload(API + "/files", "cong-van.pdf", "%PDF-1.4 công văn".getBytes())
                .json().getJsonNumber("id").longValue();
        String number = unique("CV-");
        // "Today" is the school's: between 00:00 and 07:00 in Hà Nội the server's UTC date is still yesterday.
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        PortalClient.Reply tomorrow = editor().post(API + "/directives", directive(number, today.plusDays(1), file));
        assertEquals(400, tomorrow.status(), tomorrow.body());
        assertTrue(tomorrow.body().contains("Ngày ban hành không ở tương lai"), tomorrow.body());
        PortalClient.Reply added = editor().post(API + "/directives", directive(number, today, file));
        assertEquals(201, added.status(), added.body());
        PortalClient.Reply download = anonymous().get(added.json().getString("fileUrl").substring(1));
        assertEquals(200, download.status());
        assertTrue(download.body().startsWith("%PDF"));
        String directives = anonymous().get(school + "van-ban").body();
        assertTrue(directives.contains("8265/QĐ-UBND") && directives.contains(number), directives);
        for (String path : List.of("", "gioi-thieu", "to-chuc", "lien-he", "van-ban", "chuyen-muc/cong-khai")) {
            PortalClient.Reply reply = anonymous().get(school + path);
            assertEquals(200, reply.status(), path);
            assertTrue(reply.body().contains("<html lang=\"vi\">") && reply.body().contains("<main id=\"main\">"), path);
        }
        assertEquals(404, anonymous().get(school + "chuyen-muc/khong-co").status());
    }

    private static String directive(String number, LocalDate issued, long file) {
        return Json.createObjectBuilder().add("number", number).add("documentType", "Công văn")
                .add("issuer", "Sở GD&ĐT Hà Nội").add("issueDate", issued.toString())
                .add("title", "Hướng dẫn nhiệm vụ năm học").add("fileId", file).build().toString();
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static String hidden(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(html);
        assertTrue(m.find(), "the page has the hidden field " + name);
        return m.group(1);
    }

    private static String profile(String duties, String email, String phone) {
        return Json.createObjectBuilder().add("duties", duties).add("publicEmail", email).add("publicPhone", phone)
                .add("displayOrder", 0).build().toString();
    }

    @Test
    void theOrganisationPageShowsTheChartDutiesAndOnlyPublishedContacts() {
        PortalClient.Reply page = anonymous().get("schools/" + DEMO + "/to-chuc");
        assertEquals(200, page.status());
        String html = page.body();
        assertTrue(html.contains("class=\"org-chart\""), "the chart is drawn from nested lists");
        assertTrue(html.contains("Sơ đồ tổ chức") && html.contains("Organisation chart"));
        assertTrue(html.contains("Phụ trách chung; tổ chức, nhân sự"), "the principal's duties");
        assertTrue(html.contains("mailto:hieutruong@sonca.example.edu.vn"));
        assertTrue(html.contains("href=\"tel:02438001235\""));
        assertTrue(html.contains("/schools/" + DEMO + "/to-chuc/anh/hieutruong"), "the principal's photo");
        assertFalse(html.contains("vanthu@sonca.example.edu.vn"), "an account's own email is not published");
        // In the chart, each group starts with its head.
        int chart = html.indexOf("class=\"org-chart\"");
        int group = html.indexOf("Tổ Ngữ văn", chart);
        assertTrue(html.indexOf("org-head", group) < html.indexOf("Giáo viên", group), "the head comes first");
        assertTrue(html.indexOf("Hiệu trưởng", chart) < group, "the board is above the groups");

        PortalClient.Reply photo = anonymous().get("schools/" + DEMO + "/to-chuc/anh/hieutruong");
        assertEquals(200, photo.status());
        assertEquals("image/jpeg", photo.contentType());
        assertEquals(404, anonymous().get("schools/" + DEMO + "/to-chuc/anh/gv21").status(), "no photo published");

        JsonObject principal = anonymous().get(API + "/organisation/hieutruong").json();
        assertEquals("Hiệu trưởng", principal.getString("position"));
        assertEquals("hieutruong@sonca.example.edu.vn", principal.getString("email"));
        assertEquals(1, anonymous().get(API + "/organisation").json().getJsonArray("board").stream()
                .map(JsonObject.class::cast).filter(m -> m.getString("username").equals("hieutruong")).count());

        // The editors write a teacher's profile; the page shows it at once; a bad email is refused readably.
        String duties = unique("Chủ nhiệm lớp 9A1, phụ trách câu lạc bộ ");
        PortalClient.Reply written = editor().put(API + "/organisation/gv20",
                profile(duties, "gv20.congkhai@sonca.example.edu.vn", "0912 345 678"));
        assertEquals(200, written.status(), written.body());
        assertEquals(duties, written.json().getString("duties"));
        String after = anonymous().get("schools/" + DEMO + "/to-chuc").body();
        assertTrue(after.contains(duties) && after.contains("mailto:gv20.congkhai@sonca.example.edu.vn"));
        PortalClient.Reply bad = editor().put(API + "/organisation/gv20", profile("x", "không-phải-email", ""));
        assertEquals(400, bad.status());
        assertTrue(bad.json().toString().contains("Email công khai không hợp lệ"), bad.body());

        // Photos: images only.
        assertEquals(415, board().multipart("PUT", API + "/organisation/gv20/photo", Map.of(),
                Map.of("ghi-chu.txt", "không phải ảnh".getBytes())).status());
        PortalClient.Reply uploaded = board().multipart("PUT", API + "/organisation/gv20/photo", Map.of(),
                Map.of("gv20.jpg", vn.eschool.portal.layer1.album.SampleJpeg.scene(120, 120, 7, "gv20")));
        assertEquals(200, uploaded.status(), uploaded.body());
        assertEquals("/schools/" + DEMO + "/to-chuc/anh/gv20", uploaded.json().getString("photoUrl"));
        assertEquals(200, anonymous().get("schools/" + DEMO + "/to-chuc/anh/gv20").status());
    }

    @Test
    void onlyTheSchoolsBoardAndEditorsWriteProfiles() {
        String otherAdmin = unique("ht");
        String otherCode = newSchoolWithAdmin(otherAdmin);
        PortalClient stranger = anonymous().as(otherCode, otherAdmin, "mat-khau-quan-tri");
        String path = API + "/organisation/gv05";
        String body = profile("Nhiệm vụ giả mạo", "gia@example.edu.vn", "");
        assertEquals(401, anonymous().put(path, body).status());
        assertEquals(403, teacher().put(path, body).status(), "a teacher does not write profiles");
        assertEquals(403, anonymous().as(DEMO, "gv05", DEMO_PASSWORD).put(path, body).status(), "not even their own");
        assertEquals(403, stranger.put(path, body).status(), "another school's admin");
        byte[] jpeg = vn.eschool.portal.layer1.album.SampleJpeg.scene(64, 64, 3, "x");
        PortalClient.Reply anonymousPhoto = anonymous().multipart("PUT", path + "/photo", Map.of(),
                Map.of("a.jpg", jpeg));
        assertEquals(401, anonymousPhoto.status(), "an anonymous upload is refused for want of an account");
        assertEquals("unauthorized", anonymousPhoto.json().getString("code"));
        assertEquals(403, teacher().multipart("PUT", path + "/photo", Map.of(), Map.of("a.jpg", jpeg)).status());
        assertEquals(403, stranger.multipart("PUT", path + "/photo", Map.of(), Map.of("a.jpg", jpeg)).status());
        assertFalse(anonymous().get("schools/" + DEMO + "/to-chuc").body().contains("Nhiệm vụ giả mạo"));

        // One school never sees another's people.
        assertEquals(404, anonymous().get("api/v1/schools/" + otherCode + "/organisation/gv05").status());
        assertEquals(404, stranger.put("api/v1/schools/" + otherCode + "/organisation/gv05", body).status());
        assertFalse(anonymous().get("schools/" + otherCode + "/to-chuc").body().contains("gv05"));
        assertEquals(200, stranger.put("api/v1/schools/" + otherCode + "/organisation/" + otherAdmin,
                profile("Phụ trách chung", "", "")).status(), "each admin writes their own school's");
        assertEquals(404, anonymous().get(API + "/organisation/" + otherAdmin).status());
    }

    @Test
    void aPictureInAPostsTextIsSeenByThePublicOnlyOnceThePostIsPublished() throws Exception {
        byte[] png = png(1600, 900);
        PortalClient.Reply refused = editor().upload(API + "/posts/images", "ghi-chu.txt", "không phải ảnh".getBytes());
        assertEquals(415, refused.status(), refused.body());
        PortalClient.Reply uploaded = editor().upload(API + "/posts/images", "san-truong.png", png);
        assertEquals(201, uploaded.status(), uploaded.body());
        JsonObject image = uploaded.json();
        assertEquals(1280, image.getInt("width"), "shown as the large thumbnail");
        assertEquals(720, image.getInt("height"));
        String url = image.getString("url");
        assertTrue(url.matches("/schools/" + DEMO + "/anh/\\d+"), url);

        assertEquals(200, editor().get(url.substring(1)).status(), "its uploader sees it");
        assertEquals(404, anonymous().get(url.substring(1)).status(), "nobody else before it is used");
        String body = "<p>Sân trường</p><p><img src=\"" + url + "\" alt=\"Sân trường\" width=\"1280\" height=\"720\"></p>";
        PortalClient.Reply created = editor().post(API + "/posts", post(categoryId("tin-tuc-su-kien"),
                unique("Ảnh trong bài "), body));
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        assertTrue(created.json().getString("body").contains("src=\"" + url + "\""), created.json().getString("body"));
        assertEquals(404, anonymous().get(url.substring(1)).status(), "a draft's picture stays hidden");
        assertEquals(200, board().get(url.substring(1)).status(), "the board reads the draft's picture");
        assertEquals(404, teacher().get(url.substring(1)).status());

        publish(id);
        PortalClient.Reply shown = anonymous().get(url.substring(1));
        assertEquals(200, shown.status());
        assertEquals("image/jpeg", shown.contentType());
        assertTrue(anonymous().get("schools/" + DEMO + "/bai-viet/" + id).body().contains("src=\"" + url + "\""));
        assertTrue(anonymous().get("schools/" + DEMO + "/").body().contains("src=\"" + url + "\""),
                "without a cover, its first picture shows it among the home page's featured posts");

        PortalClient.Reply otherSchool = anonymous().get(url.substring(1).replace(DEMO, otherSchool()));
        assertEquals(404, otherSchool.status(), "a school's picture is not found under another school");
        assertEquals(401, anonymous().upload(API + "/posts/images", "a.png", png).status());
        assertEquals(403, teacher().upload(API + "/posts/images", "a.png", png).status());
    }

    /** A second school, for the rule that one school never sees another's data. */
    private String otherSchool() {
        String code = unique("tr-");
        assertEquals(201, districtAdmin().post("api/v1/schools",
                "{\"code\":\"" + code + "\",\"name\":\"Trường Tiểu học Sen Hồng\",\"level\":\"TH\"}").status());
        return code;
    }

    @Test
    void theHomePageLooksLikeASchoolsAndItsMenuShowsEachSectionOnce() {
        String page = anonymous().get("schools/" + DEMO + "/").body();
        String nav = page.substring(page.indexOf("<nav class=\"school-nav\""), page.indexOf("</nav>",
                page.indexOf("<nav class=\"school-nav\"")));
        for (String section : List.of("Trang chủ", "Giới thiệu", "Tin tức – Sự kiện", "Công khai",
                "Văn bản chỉ đạo các cấp", "Kho học liệu điện tử", "Album ảnh", "Liên hệ – Hỏi đáp")) {
            assertEquals(1, nav.split(">" + section + "</a>", -1).length - 1, section + " once in " + nav);
        }
        for (String duplicate : List.of(">Công khai năm học<", ">Văn bản<", ">Kho học liệu<")) {
            assertFalse(nav.contains(duplicate), duplicate + " is the same section as a category: " + nav);
        }
        assertTrue(nav.contains("href=\"/schools/" + DEMO + "/van-ban\">Văn bản chỉ đạo các cấp</a>"), nav);
        assertTrue(page.contains("<h1 class=\"school-name\">"), "the banner names the school");
        assertTrue(page.contains("id=\"featured-title\""), "featured posts");
        assertTrue(page.contains("class=\"photo-strip\""), "the latest album as a strip of thumbnails");
        assertTrue(page.contains("id=\"directives-title\""), "the latest directive documents");
        assertTrue(page.contains("id=\"counters-title\""), "the visitor counters");
        assertTrue(page.contains("openstreetmap.org/search?query="), "a map link in the footer");
        assertTrue(page.indexOf("class=\"home-news\"") < page.indexOf("class=\"home-side\""),
                "the news comes first (a phone shows one column, in this order)");
    }

    @Test
    void theBoardSetsTheBannerThemeAndMenuOrderAndNobodyElseDoes() throws Exception {
        String code = newSchoolWithAdmin("quantri");
        String api = "api/v1/schools/" + code + "/site-settings";
        PortalClient board = anonymous().as(code, "quantri", "mat-khau-quan-tri");
        assertEquals(201, board.post("api/v1/schools/" + code + "/accounts", Json.createObjectBuilder()
                .add("username", "bientap").add("fullName", "Biên Tập").add("role", "EDITOR")
                .add("password", DEMO_PASSWORD).build().toString()).status());
        PortalClient schoolEditor = anonymous().as(code, "bientap", DEMO_PASSWORD);

        JsonObject defaults = board.get(api).json();
        assertEquals("xanh-duong", defaults.getString("theme"), defaults.toString());
        String settings = "{\"motto\":\"Học để biết, học để làm người\",\"theme\":\"xanh-la\",\"menu\":[\"album\",\"\"]}";
        PortalClient.Reply saved = board.put(api, settings);
        assertEquals(200, saved.status(), saved.body());
        assertEquals("album", saved.json().getJsonArray("menu").getJsonObject(0).getString("key"));
        assertEquals("unknown-theme", board.put(api, "{\"theme\":\"hong\"}").json().getString("code"));
        PortalClient.Reply repeated = board.put(api, "{\"theme\":\"tim\",\"menu\":[\"album\",\"khong-co\",\"album\"]}");
        assertEquals(400, repeated.status());
        assertTrue(repeated.json().getString("detail").contains("khong-co, album"), repeated.body());
        PortalClient.Reply logo = board.upload(api + "/logo", "bieu-trung.png", png(200, 200));
        assertEquals(200, logo.status(), logo.body());
        String logoUrl = logo.json().getString("logoUrl");

        String home = anonymous().get("schools/" + code + "/").body();
        assertTrue(home.contains("theme-xanh-la") && home.contains("Học để biết, học để làm người")
                && home.contains("src=\"" + logoUrl + "\""), "banner and theme on the public site");
        String nav = home.substring(home.indexOf("<nav class=\"school-nav\""));
        assertTrue(nav.indexOf(">Album ảnh</a>") < nav.indexOf(">Trang chủ</a>"), "the board's order");
        assertEquals(200, anonymous().get(logoUrl.substring(1)).status(), "the logo is public");

        // The settings page previews without saving, and saves.
        PortalClient.Reply preview = board.postForm("schools/" + code + "/trang-truong", Map.of("khau-hieu",
                "Khẩu hiệu mới", "giao-dien", "do-do", "hanh-dong", "xem-truoc"), Map.of());
        assertEquals(200, preview.status());
        assertTrue(preview.body().contains("Khẩu hiệu mới") && preview.body().contains("theme-do-do"));
        assertTrue(anonymous().get("schools/" + code + "/").body().contains("theme-xanh-la"), "not saved by a preview");
        assertEquals(303, board.postForm("schools/" + code + "/trang-truong", Map.of("khau-hieu", "Khẩu hiệu mới",
                "giao-dien", "do-do", "hanh-dong", "luu"), Map.of()).status());
        assertTrue(anonymous().get("schools/" + code + "/").body().contains("theme-do-do"), "saved");
        assertEquals(400, board.postForm("schools/" + code + "/trang-truong", Map.of("giao-dien", "hong"), Map.of())
                .status(), "a readable page for a bad theme");

        PortalClient otherBoard = board();
        for (PortalClient outsider : List.of(schoolEditor, otherBoard, teacher())) {
            assertEquals(403, outsider.put(api, settings).status());
            assertEquals(403, outsider.upload(api + "/logo", "a.png", png(10, 10)).status());
            assertEquals(403, outsider.get("schools/" + code + "/trang-truong").status());
        }
        assertEquals(200, schoolEditor.get(api).status(), "the school's editors read the settings");
        assertEquals(403, otherBoard.get(api).status(), "another school's board does not");
        assertEquals(401, anonymous().get(api).status());
        assertEquals(401, anonymous().put(api, settings).status());
        assertEquals(303, anonymous().get("schools/" + code + "/trang-truong").status(), "to the sign-in page");
    }

    @Test
    void theBoardWritesTheIntroductionInItsPageAndNobodyElseDoes() {
        String code = newSchoolWithAdmin("quantri");
        PortalClient board = anonymous().as(code, "quantri", "mat-khau-quan-tri");
        String page = "schools/" + code + "/gioi-thieu/sua";
        assertTrue(board.get(page + "?phan=thanh-tich").body().contains("data-rich-text"), "the rich-text editor");
        PortalClient.Reply saved = board.postForm(page, Map.of("phan", "thanh-tich", "noi-dung",
                "<p>Đạt <strong>trường chuẩn quốc gia</strong></p><script>alert(1)</script>"), Map.of());
        assertEquals(303, saved.status(), saved.body());
        String intro = anonymous().get("schools/" + code + "/gioi-thieu").body();
        assertTrue(intro.contains("<strong>trường chuẩn quốc gia</strong>") && !intro.contains("alert(1)"), intro);
        assertEquals(400, board.postForm(page, Map.of("phan", "thanh-tich", "noi-dung", " "), Map.of()).status(),
                "an empty text: the page again, with the reason");
        assertEquals(404, board.get(page + "?phan=khong-co").status());
        assertEquals(303, anonymous().get(page).status(), "to the sign-in page");
        for (PortalClient outsider : List.of(editor(), board(), teacher())) {
            assertEquals(403, outsider.postForm(page, Map.of("phan", "thanh-tich", "noi-dung", "<p>x</p>"), Map.of())
                    .status());
        }
    }

    /** A picture as a camera or a screenshot would give it. */
    static byte[] png(int width, int height) throws IOException {
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0x2e7d32), width, height, new Color(0xf9a825)));
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(picture, "png", out);
        return out.toByteArray();
    }

    private void publish(long post) {
        assertEquals(200, editor().post(API + "/posts/" + post + "/submit", "{}").status());
        assertEquals(200, board().post(API + "/posts/" + post + "/approve", "{}").status());
    }

    @Test
    void anArticleShowsItsTagsAndRelatedPostsNewestFirst() {
        long article = draft(unique("Chuẩn bị khai giảng "));
        publish(article);
        String tag = unique("the-");
        String sharing = unique("Cùng thẻ, chuyên mục khác ");
        String unrelated = unique("Không liên quan ");
        for (String title : List.of(sharing, unrelated)) {
            String json = Json.createObjectBuilder().add("categoryId", categoryId("hoat-dong-doi")).add("title", title)
                    .add("body", "<p>x</p>").add("tags", Json.createArrayBuilder()
                            .add(title.equals(sharing) ? "khai giảng" : tag)).build().toString();
            PortalClient.Reply created = editor().post(API + "/posts", json);
            assertEquals(201, created.status(), created.body());
            publish(created.json().getJsonNumber("id").longValue());
        }

        String html = anonymous().get("schools/" + DEMO + "/bai-viet/" + article).body();
        assertTrue(html.contains("rel=\"tag\">#khai giảng</a>"), "the tag links to the search");
        assertTrue(html.contains("/schools/" + DEMO + "/tim-kiem?q=khai%20gi%E1%BA%A3ng"));
        assertTrue(html.contains("Bài viết liên quan"));
        String related = html.substring(html.indexOf("Bài viết liên quan"));
        assertTrue(related.contains(sharing), "a newer post of another category sharing a tag");
        assertFalse(related.contains(unrelated), "no shared tag, other category");
        assertFalse(related.contains("/bai-viet/" + article + "\""), "never the article itself");

        JsonObject api = anonymous().get(API + "/posts/" + article + "/related").json();
        assertEquals(List.of("khai giảng"), api.getJsonArray("tags").getValuesAs(jakarta.json.JsonString::getString));
        var titles = api.getJsonArray("related").stream().map(JsonObject.class::cast).map(c -> c.getString("title"))
                .toList();
        assertTrue(titles.size() <= 4 && titles.contains(sharing) && !titles.contains(unrelated), titles.toString());
        var ids = api.getJsonArray("related").stream().map(JsonObject.class::cast)
                .map(c -> c.getJsonNumber("id").longValue()).toList();
        assertFalse(ids.contains(article));
        assertEquals(404, anonymous().get(API + "/posts/" + draft(unique("Nháp ")) + "/related").status(),
                "a draft has no public related posts");
    }
}
