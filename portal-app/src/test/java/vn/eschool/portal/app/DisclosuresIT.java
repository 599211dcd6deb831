package vn.eschool.portal.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Layer 1 disclosures, counters and page cache end to end: the demo school's checklist and archive, publishing
 * versions (history, no deletion), visits counted once per visitor and day and never for bots, cached views
 * counted too, the cache forgetting a school's pages when it publishes, and who may call each endpoint.
 */
class DisclosuresIT extends PortalIT {

    private static final String DEMO = "thcs-sonca";
    private static final String PASSWORD = "demo-2026";
    private static final String API = "api/v1/schools/" + DEMO;
    private static final String BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36"
            + " (KHTML, like Gecko) Chrome/131.0 Safari/537.36";
    private static final String GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";
    private static final String CACHE = "X-Page-Cache";

    private PortalClient editor() {
        return anonymous().as(DEMO, "bientap", PASSWORD);
    }

    private PortalClient board() {
        return anonymous().as(DEMO, "hieutruong", PASSWORD);
    }

    private PortalClient teacher() {
        return anonymous().as(DEMO, "gv01", PASSWORD);
    }

    private PortalClient district() {
        return anonymous().as("", "admin", "district-admin-pass");
    }

    private PortalClient inspector() {
        String username = unique("tt");
        assertEquals(201, district().post("api/v1/accounts", Json.createObjectBuilder().add("username", username)
                .add("fullName", "Thanh Tra " + username).add("role", "INSPECTOR").add("password", PASSWORD)
                .build().toString()).status());
        return anonymous().as("", username, PASSWORD);
    }

    /** A page as a browser (or a bot) asks for it, with the client's own cookies. */
    private static PortalClient.Reply page(PortalClient client, String path, String userAgent) {
        return client.send(client.request(path).header("User-Agent", userAgent).GET());
    }

    private static String currentYear() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        int start = today.getMonthValue() >= 7 ? today.getYear() : today.getYear() - 1;
        return start + "-" + (start + 1);
    }

    private static JsonObject item(JsonObject checklist, String key) {
        return checklist.getJsonArray("groups").stream().map(JsonObject.class::cast)
                .flatMap(g -> g.getJsonArray("items").stream().map(JsonObject.class::cast))
                .filter(i -> i.getString("key").equals(key)).findFirst().orElseThrow();
    }

    /** A new school with an editor of its own; returns {code, editor username}. */
    private String[] otherSchool() {
        PortalClient district = district();
        String code = unique("th-cc-");
        assertEquals(201, district.post("api/v1/schools", "{\"code\":\"" + code
                + "\",\"name\":\"Trường Tiểu học Cúc Cúc\",\"level\":\"TH\"}").status());
        String editor = unique("bt");
        assertEquals(201, district.post("api/v1/schools/" + code + "/accounts", Json.createObjectBuilder()
                .add("username", editor).add("fullName", "Biên Tập Cúc Cúc").add("role", "EDITOR")
                .add("password", "mat-khau-truong-b").build().toString()).status());
        return new String[] {code, editor};
    }

    /** The Layer 1 sections the audit finds missing or stale for a school this month (II.3.1). */
    private List<String> missingSections(String code) {
        JsonObject audit = district().get("api/v1/schools/" + code + "/audit?month="
                + YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh")) + "&rules=8265-2021").json();
        JsonObject publicSite = audit.getJsonArray("criteria").stream().map(JsonObject.class::cast)
                .filter(c -> c.getString("id").equals("II.3.1")).findFirst().orElseThrow();
        return publicSite.getJsonArray("findings").stream().map(JsonObject.class::cast)
                .filter(f -> f.getString("kind").equals("SECTION")).map(f -> f.getString("subject")).toList();
    }

    private void flush() {
        assertEquals(200, district().post("api/v1/admin/stats/flush", "").status());
    }

    @Test
    void theDemoChecklistShowsTheYearItsStatusesAndTheArchive() {
        JsonObject checklist = anonymous().get(API + "/disclosures").json();
        assertEquals(currentYear(), checklist.getString("year"));
        assertTrue(checklist.getBoolean("current"));
        assertEquals("Thông tư 09/2024/TT-BGDĐT", checklist.getString("decision"));
        JsonObject totals = checklist.getJsonObject("totals");
        assertEquals(13, totals.getInt("items"));
        assertTrue(totals.getInt("published") >= 10, totals.toString());
        assertEquals("OVERDUE", item(checklist, "tai-tro").getString("status"));
        assertEquals("PUBLISHED", item(checklist, "cam-ket-chat-luong").getString("status"));
        assertNotNull(item(checklist, "hoc-phi").getJsonObject("latest").getString("publishedBy"));

        int start = Integer.parseInt(currentYear().substring(0, 4));
        String previous = (start - 1) + "-" + start;
        List<String> years = anonymous().get(API + "/disclosures/years").array().stream().map(JsonObject.class::cast)
                .map(y -> y.getString("year")).toList();
        assertEquals(List.of(currentYear(), previous), years);
        JsonObject last = anonymous().get(API + "/disclosures?year=" + previous).json();
        assertFalse(last.getBoolean("current"));
        assertEquals(13, last.getJsonObject("totals").getInt("published"));

        PortalClient.Reply page = anonymous().get("schools/" + DEMO + "/cong-khai");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("Công khai năm học"), page.body());
        assertTrue(page.body().contains("Quá hạn"));
        assertTrue(page.body().contains("/schools/" + DEMO + "/cong-khai/" + previous));
        assertTrue(page.body().contains("Lượt truy cập:"), "footer counter");
        assertEquals(200, anonymous().get("schools/" + DEMO + "/cong-khai/" + previous).status());
        assertTrue(anonymous().get("schools/" + DEMO + "/").body().contains("/schools/" + DEMO + "/cong-khai"),
                "the site menu links the disclosures");

        PortalClient.Reply badYear = anonymous().get(API + "/disclosures?year=2026");
        assertEquals(400, badYear.status());
        assertTrue(badYear.isProblem());
        PortalClient.Reply badPage = anonymous().get("schools/" + DEMO + "/cong-khai/2026-2028");
        assertEquals(400, badPage.status());
        assertTrue(badPage.body().contains("không đúng dạng"), badPage.body());
        assertEquals(404, anonymous().get(API + "/disclosures/" + currentYear() + "/khong-co").status());
    }

    @Test
    void publishingAddsVersionsThatStayOnline() {
        String[] other = otherSchool();
        String api = "api/v1/schools/" + other[0];
        PortalClient editor = anonymous().as(other[0], other[1], "mat-khau-truong-b");
        String year = currentYear();
        String path = api + "/disclosures/" + year + "/tai-tro";
        PortalClient.Reply empty = editor.post(path, "{}");
        assertEquals(400, empty.status());
        assertEquals("disclosure-empty", empty.json().getString("code"));
        assertEquals(400, editor.post(path, "{\"fileId\": 999999999}").status());
        assertEquals(400, editor.post(api + "/disclosures/2010-2011/tai-tro", "{\"text\":\"x\"}").status());
        assertEquals(404, editor.post(api + "/disclosures/" + year + "/khong-co", "{\"text\":\"x\"}").status());
        assertEquals(400, editor.post(path, "{\"text\":\"x\",\"changedOn\":\"2999-01-01\"}").status());
        assertEquals(400, editor.post(path, "{\"text\":\"x\",\"changedOn\":\"hôm qua\"}").status());

        assertTrue(missingSections(other[0]).contains("disclosures"), "nothing disclosed yet");

        PortalClient.Reply first = editor.post(path, "{\"text\":\"<p>Nhà trường nhận tài trợ 20 bộ máy tính"
                + "</p><script>alert(1)</script>\"}");
        assertEquals(201, first.status(), first.body());
        assertEquals(1, first.json().getInt("number"));
        assertFalse(first.json().getString("text").contains("script"));

        PortalClient.Reply upload = editor.upload(api + "/files", "bien-ban-tai-tro.txt",
                "Biên bản tiếp nhận tài trợ".getBytes(StandardCharsets.UTF_8));
        assertEquals(201, upload.status(), upload.body());
        long fileId = upload.json().getJsonNumber("id").longValue();
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        PortalClient.Reply second = editor.post(path, Json.createObjectBuilder().add("fileId", fileId)
                .add("changedOn", today).add("note", "Bổ sung biên bản").build().toString());
        assertEquals(201, second.status(), second.body());
        assertEquals(2, second.json().getInt("number"));
        assertFalse(second.json().getBoolean("late"));

        JsonObject history = anonymous().get(path).json();
        assertEquals(2, history.getJsonArray("versions").size());
        JsonObject v1 = history.getJsonArray("versions").getJsonObject(0);
        JsonObject v2 = history.getJsonArray("versions").getJsonObject(1);
        assertEquals("Biên Tập Cúc Cúc", v1.getString("publishedBy"));
        assertEquals("Biên Tập Cúc Cúc", v2.getString("publishedBy"));
        assertNotNull(v2.getString("publishedAt"));
        assertEquals("Bổ sung biên bản", v2.getString("note"));
        // The first came after the yearly deadline (marked late); the update came within 10 working days of its change.
        assertTrue(v1.getBoolean("late"));
        assertFalse(v2.getBoolean("late"));
        assertEquals("PUBLISHED", history.getString("status"));
        PortalClient.Reply file = anonymous().get(v2.getString("fileUrl").substring(1));
        assertEquals(200, file.status());
        assertTrue(file.body().contains("Biên bản tiếp nhận tài trợ"));
        assertEquals(404, anonymous().get("schools/" + other[0] + "/cong-khai/tep/999999999").status());
        assertTrue(anonymous().get("schools/" + other[0] + "/cong-khai").body()
                .contains("bien-ban-tai-tro.txt"), "the public page links the latest file");

        assertFalse(missingSections(other[0]).contains("disclosures"), "the audit sees the disclosure");

        // No way to delete a published version, for anyone.
        assertEquals(405, editor.delete(path).status());
        assertEquals(405, district().delete(path).status());
        assertEquals(2, anonymous().get(path).json().getJsonArray("versions").size());
        assertEquals(2, item(anonymous().get(api + "/disclosures").json(), "tai-tro").getInt("versions"));
        // The demo school's item is untouched: still overdue.
        assertEquals("OVERDUE", item(anonymous().get(API + "/disclosures").json(), "tai-tro").getString("status"));
    }

    @Test
    void visitsAreCountedOncePerVisitorAndDayAndBotsNever() {
        String code = otherSchool()[0];
        String home = "schools/" + code + "/";
        PortalClient alice = anonymous();
        PortalClient bob = anonymous();
        PortalClient bot = anonymous();
        for (int i = 0; i < 3; i++) {
            assertEquals(200, page(alice, home, BROWSER).status());
            assertEquals(200, page(bot, home, GOOGLEBOT).status());
        }
        assertEquals(200, page(bob, "schools/" + code + "/gioi-thieu", BROWSER).status());
        assertEquals(200, page(alice, "schools/" + code + "/cong-khai", BROWSER).status());
        flush();
        PortalClient inspector = inspector();
        JsonObject stats = inspector.get("api/v1/schools/" + code + "/stats").json();
        assertEquals(2, stats.getJsonNumber("visits").longValue(), stats.toString());
        assertEquals(2, stats.getJsonNumber("allTimeVisits").longValue());
        JsonObject today = stats.getJsonArray("days").getJsonObject(stats.getJsonArray("days").size() - 1);
        assertEquals(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString(), today.getString("date"));
        assertEquals(2, today.getJsonNumber("visits").longValue());
        assertEquals(30, stats.getJsonArray("days").size());
        // A second flush with nothing new writes nothing, and the history does not change.
        flush();
        assertEquals(2, inspector.get("api/v1/schools/" + code + "/stats").json().getJsonNumber("visits").longValue());
        // The demo school's history is its own: far more than two visits.
        assertTrue(inspector.get(API + "/stats").json().getJsonNumber("visits").longValue() > 1000);

        assertEquals(400, inspector.get(API + "/stats?from=2026-02-01&to=2026-01-01").status());
        assertEquals(400, inspector.get(API + "/stats?from=2020-01-01&to=2026-01-01").status());
        PortalClient.Reply bad = inspector.get(API + "/stats?from=hôm-qua");
        assertEquals(400, bad.status());
        assertTrue(bad.isProblem());
    }

    @Test
    void readsOfCachedArticlesAreCounted() {
        long id = anonymous().get(API + "/posts").array().getJsonObject(0).getJsonNumber("id").longValue();
        String article = "schools/" + DEMO + "/bai-viet/" + id;
        PortalClient inspector = inspector();
        flush();
        long before = inspector.get(API + "/stats/items/" + id).json().getJsonNumber("allTimeReads").longValue();
        PortalClient reader = anonymous();
        PortalClient.Reply first = page(reader, article, BROWSER);
        assertEquals(200, first.status());
        assertTrue(first.body().contains("Lượt đọc:"), "the article shows its reads");
        PortalClient.Reply second = page(reader, article, BROWSER);
        assertEquals("hit", second.raw().headers().firstValue(CACHE).orElse(null), "second view from the cache");
        assertEquals(200, page(anonymous(), article, GOOGLEBOT).status());
        flush();
        JsonObject stats = inspector.get(API + "/stats/items/" + id).json();
        assertEquals(before + 2, stats.getJsonNumber("allTimeReads").longValue(), stats.toString());
        assertTrue(stats.getJsonNumber("reads").longValue() >= 2);
    }

    @Test
    void theCacheForgetsASchoolsPagesWhenItPublishes() {
        String home = "schools/" + DEMO + "/";
        anonymous().get(home);
        PortalClient.Reply cached = anonymous().get(home);
        assertEquals("hit", cached.raw().headers().firstValue(CACHE).orElse(null));
        // Signed-in users never get the anonymous page, and their pages are not stored.
        PortalClient board = board();
        PortalClient.Reply signedIn = board.get(home);
        assertTrue(signedIn.raw().headers().firstValue(CACHE).isEmpty());
        assertTrue(signedIn.body().contains("Nguyễn Thị Thanh Hương"));

        long category = anonymous().get(API + "/categories").array().stream().map(JsonObject.class::cast)
                .filter(c -> c.getString("slug").equals("tin-tuc-su-kien")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        String title = unique("Tin mới đăng ");
        PortalClient.Reply created = editor().post(API + "/posts", Json.createObjectBuilder()
                .add("categoryId", category).add("title", title).add("body", "<p>x</p>").build().toString());
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        assertEquals(200, board.post(API + "/posts/" + id + "/publish", "{}").status());
        PortalClient.Reply fresh = anonymous().get(home);
        assertTrue(fresh.raw().headers().firstValue(CACHE).isEmpty());
        assertTrue(fresh.body().contains(title), "an anonymous view after publishing shows the new post");

        // Publishing a disclosure forgets the disclosure page too.
        String disclosures = "schools/" + DEMO + "/cong-khai";
        anonymous().get(disclosures);
        assertEquals("hit", anonymous().get(disclosures).raw().headers().firstValue(CACHE).orElse(null));
        String text = unique("Quy chế chi tiêu nội bộ sửa đổi ");
        assertEquals(201, editor().post(API + "/disclosures/" + currentYear() + "/quy-che",
                "{\"text\":\"" + text + "\"}").status());
        assertTrue(anonymous().get(disclosures).body().contains(text));
    }

    @Test
    void everyNewEndpointChecksWhoAsks() {
        String[] other = otherSchool();
        PortalClient stranger = anonymous().as(other[0], other[1], "mat-khau-truong-b");
        PortalClient anon = anonymous();
        PortalClient teacher = teacher();
        PortalClient district = district();
        PortalClient inspector = inspector();
        String publish = API + "/disclosures/" + currentYear() + "/hoc-phi";
        String body = "{\"text\":\"Mức thu\"}";
        assertEquals(401, anon.post(publish, body).status());
        assertEquals(403, teacher.post(publish, body).status());
        assertEquals(403, stranger.post(publish, body).status());
        assertEquals(403, district.post(publish, body).status());
        assertEquals(403, inspector.post(publish, body).status());
        // Reading disclosures is public, and a school's checklist holds only its own versions.
        assertEquals(200, anon.get(API + "/disclosures").status());
        assertEquals(200, anon.get(publish).status());
        JsonObject otherChecklist = anon.get("api/v1/schools/" + other[0] + "/disclosures").json();
        assertEquals(0, otherChecklist.getJsonObject("totals").getInt("published"));
        assertEquals(0, anon.get("api/v1/schools/" + other[0] + "/disclosures/" + currentYear() + "/hoc-phi").json()
                .getJsonArray("versions").size());
        long demoVersion = anon.get(publish).json().getJsonArray("versions").getJsonObject(0)
                .getJsonNumber("id").longValue();
        assertEquals(404, anon.get("schools/" + other[0] + "/cong-khai/tep/" + demoVersion).status());

        for (String path : List.of(API + "/stats", API + "/stats/items/1")) {
            assertEquals(401, anon.get(path).status(), path);
            assertEquals(403, stranger.get(path).status(), path);
            assertEquals(200, teacher.get(path).status(), path);
            assertEquals(200, inspector.get(path).status(), path);
            assertEquals(200, district.get(path).status(), path);
        }
        assertEquals(200, stranger.get("api/v1/schools/" + other[0] + "/stats").status());
        String flush = "api/v1/admin/stats/flush";
        assertEquals(401, anon.post(flush, "").status());
        assertEquals(403, teacher.post(flush, "").status());
        assertEquals(403, board().post(flush, "").status());
        assertEquals(403, inspector.post(flush, "").status());
        assertEquals(200, district.post(flush, "").status());
        assertTrue(district.post(flush, "").json().containsKey("visits"));
    }
}
