package vn.eschool.portal.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static java.nio.charset.StandardCharsets.UTF_8;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
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

    /** Feed discovery on every school page, and feeds as validators read them (absolute links, unique guids). */
    @Test
    void everyPublicPageAdvertisesTheSchoolsFeedAndCategoryPagesTheirOwn() throws Exception {
        String school = "schools/" + DEMO + "/";
        PortalClient.Reply feed = anonymous().get(school + "rss.xml");
        assertEquals(200, feed.status());
        assertTrue(feed.contentType().startsWith("application/rss+xml"), feed.contentType());
        Document rss = parse(feed.body());
        assertEquals("vi", rss.getElementsByTagName("language").item(0).getTextContent());
        org.w3c.dom.Element self = (org.w3c.dom.Element) rss.getElementsByTagNameNS("http://www.w3.org/2005/Atom",
                "link").item(0);
        assertEquals(base + school + "rss.xml", self.getAttribute("href"));
        org.w3c.dom.NodeList guids = rss.getElementsByTagName("guid");
        assertTrue(guids.getLength() > 1);
        java.util.Set<String> unique = new java.util.HashSet<>();
        for (int i = 0; i < guids.getLength(); i++) {
            String guid = guids.item(i).getTextContent();
            assertTrue(guid.startsWith(base.toString()) && unique.add(guid), guid);
        }
        assertTrue(rss.getElementsByTagName("pubDate").item(0).getTextContent()
                .matches("[A-Z][a-z]{2}, \\d{1,2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} \\+0700"));

        String schoolFeed = "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Trường THCS Sơn Ca\" href=\"/"
                + school + "rss.xml\">";
        String categoryFeed = "href=\"/" + school + "chuyen-muc/tin-tuc-su-kien/rss.xml\">";
        for (String path : List.of("", "gioi-thieu", "to-chuc", "lien-he", "van-ban", "cong-khai")) {
            String html = anonymous().get(school + path).body();
            assertTrue(html.contains(schoolFeed), path + ": " + html.substring(0, Math.min(html.length(), 1200)));
        }
        String category = anonymous().get(school + "chuyen-muc/tin-tuc-su-kien").body();
        assertTrue(category.contains(schoolFeed) && category.contains(categoryFeed), category);
        long id = anonymous().get(API + "/posts").array().stream().map(JsonObject.class::cast)
                .filter(p -> "Tin tức – Sự kiện".equals(p.getString("category", null)))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        String article = anonymous().get(school + "bai-viet/" + id).body();
        assertTrue(article.contains(schoolFeed) && article.contains(categoryFeed), article);
    }

    /**
     * Cached pages for slow phones: gzip (bytes compressed once), a validator, 304 for a page the browser holds,
     * and every view of a cached page still counted (the counters' flush is the await hook).
     */
    @Test
    void cachedPagesAreCompressedRevalidatedAndStillCounted() throws Exception {
        long id = anonymous().get(API + "/posts").array().getJsonObject(0).getJsonNumber("id").longValue();
        String article = "schools/" + DEMO + "/bai-viet/" + id;
        PortalClient reader = anonymous();
        String rendered = reader.get(article).body();
        HttpResponse<byte[]> hit = reader.bytes(article, "Accept-Encoding", "gzip, deflate, br");
        assertEquals(200, hit.statusCode());
        assertEquals("hit", header(hit, "X-Page-Cache"));
        assertEquals("gzip", header(hit, "Content-Encoding"));
        assertTrue(header(hit, "Vary").contains("Accept-Encoding"));
        assertTrue(header(hit, "Content-Type").startsWith("text/html"));
        assertTrue(header(hit, "Content-Security-Policy").contains("default-src 'self'"), "the pages' headers too");
        String html = new String(new GZIPInputStream(new ByteArrayInputStream(hit.body())).readAllBytes(), UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("<main id=\"main\">"), html);
        assertTrue(hit.body().length < html.getBytes(UTF_8).length / 2, "compressed");
        String etag = header(hit, "ETag");
        assertTrue(etag != null && header(hit, "Last-Modified") != null, hit.headers().toString());

        HttpResponse<byte[]> plain = reader.bytes(article);
        assertEquals(null, header(plain, "Content-Encoding"));
        assertEquals(etag, header(plain, "ETag"), "one validator for both encodings (a weak one)");
        assertTrue(new String(plain.body(), UTF_8).contains("<main id=\"main\">"));

        flushCounters();
        long reads = board().get(API + "/stats/items/" + id).json().getJsonNumber("allTimeReads").longValue();
        HttpResponse<byte[]> unchanged = reader.bytes(article, "If-None-Match", etag);
        assertEquals(304, unchanged.statusCode());
        assertEquals(0, unchanged.body().length);
        assertEquals(etag, header(unchanged, "ETag"));
        HttpResponse<byte[]> notModified = anonymous().bytes(article, "If-Modified-Since",
                header(hit, "Last-Modified"));
        assertEquals(304, notModified.statusCode());
        assertEquals(200, anonymous().bytes(article, "If-None-Match", "W/\"other\"").statusCode());
        flushCounters();
        assertEquals(reads + 3, board().get(API + "/stats/items/" + id).json().getJsonNumber("allTimeReads")
                .longValue(), "a page answered 200 or 304 from the cache is a read");
        assertTrue(rendered.contains("Lượt đọc:"));
    }

    @Test
    void filesAndStyleSheetsAreRevalidatedAndTextCompressed() throws Exception {
        HttpResponse<byte[]> css = anonymous().bytes("static/portal.css", "Accept-Encoding", "gzip");
        assertEquals(200, css.statusCode());
        assertEquals("gzip", header(css, "Content-Encoding"), css.headers().toString());
        String tag = header(css, "ETag");
        assertEquals(304, anonymous().bytes("static/portal.css", "If-None-Match", tag).statusCode());

        long file = editor().upload(API + "/files", "cong-van.pdf", "%PDF-1.4 công văn".getBytes(UTF_8))
                .json().getJsonNumber("id").longValue();
        PortalClient.Reply added = editor().post(API + "/directives", directive(unique("CV-"),
                LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")), file));
        String path = added.json().getString("fileUrl").substring(1);
        HttpResponse<byte[]> download = anonymous().bytes(path);
        String etag = header(download, "ETag");
        assertEquals("\"" + sha256("%PDF-1.4 công văn".getBytes(UTF_8)) + "\"", etag, "strong: the content's hash");
        HttpResponse<byte[]> unchanged = anonymous().bytes(path, "If-None-Match", etag);
        assertEquals(304, unchanged.statusCode());
        assertEquals(0, unchanged.body().length);
    }

    /** Lists show a cover's 320 px thumbnail, the article offers 320 and 1280 by srcset; both revalidate cheaply. */
    @Test
    void coversAreShownAsThumbnailsWithTheirSizeAndSrcset() throws Exception {
        byte[] jpeg = vn.eschool.portal.layer1.album.SampleJpeg.scene(2000, 1333, 3, "khai giảng");
        long cover = editor().upload(API + "/files", "khai-giang.jpg", jpeg).json().getJsonNumber("id").longValue();
        String title = unique("Bài có ảnh bìa ");
        PortalClient.Reply created = editor().post(API + "/posts", Json.createObjectBuilder()
                .add("categoryId", categoryId("tin-tuc-su-kien")).add("title", title).add("body", "<p>x</p>")
                .add("coverFileId", cover).build().toString());
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        String base = "/schools/" + DEMO + "/tep/" + id + "/anh/";
        assertEquals(404, anonymous().bytes(base.substring(1) + "320").statusCode(), "a draft's cover is not public");
        publish(id);
        String other = newSchoolWithAdmin(unique("ht"));
        assertEquals(404, anonymous().bytes("schools/" + other + "/tep/" + id + "/anh/320").statusCode(),
                "another school's address never shows this school's picture");
        Document otherFeed = parse(anonymous().get("schools/" + other + "/rss.xml").body());
        assertEquals(0, otherFeed.getElementsByTagName("item").getLength(), "nor its feed this school's posts");
        assertEquals(404, anonymous().get("schools/khong-co-truong/rss.xml").status());
        String article = anonymous().get("schools/" + DEMO + "/bai-viet/" + id).body();
        assertTrue(article.contains("src=\"" + base + "1280\" srcset=\"" + base + "320 320w, " + base + "1280 1280w\"")
                && article.contains("width=\"1280\" height=\"853\""), article);
        String list = anonymous().get("schools/" + DEMO + "/chuyen-muc/tin-tuc-su-kien").body();
        assertTrue(list.contains("<img src=\"" + base + "320\" alt=\"\" loading=\"lazy\""), list);

        HttpResponse<byte[]> small = anonymous().bytes(base.substring(1) + "320");
        assertEquals(200, small.statusCode());
        assertEquals("image/jpeg", header(small, "Content-Type"));
        assertTrue(small.body().length < jpeg.length / 4, small.body().length + " of " + jpeg.length);
        HttpResponse<byte[]> again = anonymous().bytes(base.substring(1) + "320", "If-None-Match", header(small, "ETag"));
        assertEquals(304, again.statusCode());
        assertEquals(404, anonymous().bytes(base.substring(1) + "100").statusCode(), "only the two sizes");
    }

    private void flushCounters() {
        assertEquals(200, districtAdmin().post("api/v1/admin/stats/flush", "").status());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
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
