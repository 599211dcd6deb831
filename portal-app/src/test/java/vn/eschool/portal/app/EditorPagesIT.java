package vn.eschool.portal.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The editorial pages over plain HTTP with a browser's session cookie (no browser needed): who may open and
 * post each of them, the CSRF token on every form, Vietnamese messages on the page, return with a comment,
 * scheduled publishing and revisions. {@link BrowserIT} drives the same pages in Chromium.
 */
class EditorPagesIT extends PortalIT {

    private static final String DEMO = "thcs-sonca";
    private static final String PASSWORD = "demo-2026";
    private static final String PAGES = "schools/" + DEMO + "/bien-tap";
    private static final String API = "api/v1/schools/" + DEMO;

    /** A browser-like client signed in through the sign-in form: cookie session, CSRF token on forms. */
    private Session signIn(String school, String username, String password) {
        PortalClient client = anonymous();
        String loginCsrf = hidden(client.get("login").body(), "_csrf");
        PortalClient.Reply reply = client.postForm("login", Map.of("school", school, "username", username,
                "password", password, "_csrf", loginCsrf), Map.of());
        assertEquals(303, reply.status(), reply.body());
        return new Session(client, hidden(client.get("account").body(), "_csrf"));
    }

    private record Session(PortalClient client, String csrf) {

        PortalClient.Reply get(String path) {
            return client.get(path);
        }

        PortalClient.Reply post(String path, Map<String, String> fields) {
            Map<String, String> withToken = new HashMap<>(fields);
            withToken.put("_csrf", csrf);
            return client.postForm(path, withToken, Map.of());
        }

        /** A form whose names repeat, as a browser sends a list: names and values, alternately, in order. */
        PortalClient.Reply post(String path, List<String> namesAndValues) {
            StringBuilder body = new StringBuilder("_csrf=").append(encode(csrf));
            for (int i = 0; i < namesAndValues.size(); i += 2) {
                body.append('&').append(encode(namesAndValues.get(i))).append('=')
                        .append(encode(namesAndValues.get(i + 1)));
            }
            return client.send(client.request(path).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        }

        private static String encode(String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8);
        }
    }


    private long newsCategory() {
        return anonymous().get(API + "/categories").array().stream().map(JsonObject.class::cast)
                .filter(c -> c.getString("slug").equals("tin-tuc-su-kien")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private Map<String, String> form(String title, String body) {
        return Map.of("chuyenMuc", Long.toString(newsCategory()), "tieuDe", title, "tomTat", "Tóm tắt",
                "noiDung", body, "the", "khai giảng, năm học mới");
    }

    private static long idOf(PortalClient.Reply redirect) {
        String location = redirect.raw().headers().firstValue("Location").orElseThrow();
        Matcher m = Pattern.compile("/bien-tap/(\\d+)").matcher(location);
        assertTrue(m.find(), location);
        return Long.parseLong(m.group(1));
    }

    @Test
    void anEditorWritesThroughTheFormsAndTheBoardReturnsThenPublishesAtATime() {
        Session editor = signIn(DEMO, "bientap", PASSWORD);
        String title = unique("Hội thi giáo viên dạy giỏi ");

        Map<String, String> noToken = form(title, "<p>x</p>");
        assertEquals(403, editor.client().postForm(PAGES + "/moi", noToken, Map.of()).status(),
                "a form without its CSRF token is refused");

        PortalClient.Reply blank = editor.post(PAGES + "/moi", form("  ", "<p>x</p>"));
        assertEquals(400, blank.status());
        assertTrue(blank.body().contains("Tiêu đề là bắt buộc"), "a Vietnamese message on the page");
        assertTrue(blank.body().contains("value=\"  \"") || blank.body().contains("id=\"tieuDe\""));

        PortalClient.Reply created = editor.post(PAGES + "/moi", form(title, "<p>Bản một</p><script>x()</script>"));
        assertEquals(303, created.status(), created.body());
        long id = idOf(created);
        String page = editor.get(PAGES + "/" + id).body();
        assertTrue(page.contains("Đã lưu") || page.contains(title));
        assertTrue(page.contains("bản nháp"));
        assertFalse(page.contains("<script>x()"), "the body was sanitised");

        assertEquals(303, editor.post(PAGES + "/" + id, form(title + " (sửa)", "<p>Bản hai</p>")).status());
        assertEquals(303, editor.post(PAGES + "/" + id + "/gui-duyet", Map.of()).status());
        assertTrue(editor.get(PAGES).body().contains(title + " (sửa)"));
        assertTrue(editor.get(PAGES + "?cua-toi=true").body().contains(title + " (sửa)"), "in the editor's own list");
        assertEquals(403, editor.post(PAGES + "/" + id + "/duyet", Map.of()).status(), "approving is the board's");

        Session board = signIn(DEMO, "hieutruong", PASSWORD);
        assertTrue(board.get(PAGES + "/duyet").body().contains(title + " (sửa)"), "in the review queue");
        assertFalse(board.get(PAGES + "?cua-toi=true").body().contains(title + " (sửa)"), "not among the board's own");
        PortalClient.Reply noComment = board.post(PAGES + "/" + id + "/tra-lai", Map.of("nhan-xet", " "));
        assertEquals(400, noComment.status());
        assertTrue(noComment.body().contains("Hãy ghi nhận xét"), "the reason on the page");
        assertEquals(303, board.post(PAGES + "/" + id + "/tra-lai", Map.of("nhan-xet", "Bổ sung ảnh")).status());
        String returned = editor.get(PAGES + "/" + id).body();
        assertTrue(returned.contains("bị trả lại") && returned.contains("Bổ sung ảnh"), "the comment in the history");

        String revisions = editor.get(PAGES + "/" + id + "/phien-ban").body();
        assertTrue(revisions.contains("Phiên bản 2") && revisions.contains("&lt;p&gt;Bản hai&lt;/p&gt;")
                && revisions.contains("<del>"), "the difference, escaped");
        assertEquals(303, editor.post(PAGES + "/" + id + "/phien-ban/1/khoi-phuc", Map.of()).status());
        assertEquals(title, anonymous().as(DEMO, "bientap", PASSWORD).get(API + "/posts/" + id).json()
                .getString("title"), "revision 1 restored");
        assertEquals(303, editor.post(PAGES + "/" + id + "/gui-duyet", Map.of()).status());

        PortalClient.Reply badTime = board.post(PAGES + "/" + id + "/duyet", Map.of("hen-gio", "ngày mai"));
        assertEquals(400, badTime.status());
        assertTrue(badTime.body().contains("Thời gian hẹn đăng không hợp lệ"));
        assertEquals(303, board.post(PAGES + "/" + id + "/duyet", Map.of("hen-gio", "2099-09-05T07:30")).status());
        JsonObject scheduled = anonymous().as(DEMO, "bientap", PASSWORD).get(API + "/posts/" + id).json();
        assertEquals("PUBLISHED", scheduled.getString("status"));
        assertTrue(scheduled.getBoolean("scheduled"));
        assertEquals(OffsetDateTime.parse("2099-09-05T07:30:00+07:00").toInstant(),
                OffsetDateTime.parse(scheduled.getString("publishedAt")).toInstant(), "the school's local time");
        assertEquals(404, anonymous().get("schools/" + DEMO + "/bai-viet/" + id).status(),
                "not public before its time");
    }

    @Test
    void everyEditorPageRefusesOutsiders() {
        PortalClient api = anonymous().as(DEMO, "bientap", PASSWORD);
        long id = api.post(API + "/posts", Json.createObjectBuilder().add("categoryId", newsCategory())
                .add("title", unique("Bản nháp riêng ")).build().toString()).json().getJsonNumber("id").longValue();
        api.post(API + "/posts/" + id + "/submit", "{}");

        PortalClient district = anonymous().as("", "admin", "district-admin-pass");
        String other = unique("thcs-");
        assertEquals(201, district.post("api/v1/schools", "{\"code\":\"" + other
                + "\",\"name\":\"Trường THCS Hoa Sen\",\"level\":\"THCS\"}").status());
        assertEquals(201, district.post("api/v1/schools/" + other + "/accounts", Json.createObjectBuilder()
                .add("username", "bientap").add("fullName", "Biên Tập Hoa Sen").add("role", "SCHOOL_ADMIN")
                .add("password", "mat-khau-hoa-sen").build().toString()).status());

        List<String> reads = List.of(PAGES, PAGES + "/moi", PAGES + "/duyet", PAGES + "/" + id,
                PAGES + "/" + id + "/phien-ban");
        for (String path : reads) {
            PortalClient.Reply anonymous = anonymous().get(path);
            assertEquals(303, anonymous.status(), path);
            assertTrue(anonymous.raw().headers().firstValue("Location").orElseThrow().contains("/login?school="),
                    path);
        }
        Session teacher = signIn(DEMO, "gv01", PASSWORD);
        Session stranger = signIn(other, "bientap", "mat-khau-hoa-sen");
        Session editor = signIn(DEMO, "bientap", PASSWORD);
        for (String path : reads) {
            assertEquals(403, teacher.get(path).status(), path);
            assertEquals(403, stranger.get(path).status(), "another school's board: " + path);
        }
        assertEquals(403, editor.get(PAGES + "/duyet").status(), "the queue is the board's");

        List<String> writes = List.of(PAGES + "/moi", PAGES + "/" + id, PAGES + "/" + id + "/gui-duyet",
                PAGES + "/" + id + "/duyet", PAGES + "/" + id + "/tra-lai", PAGES + "/" + id + "/phien-ban/1/khoi-phuc");
        Map<String, String> fields = form("Tiêu đề", "<p>x</p>");
        for (String path : writes) {
            assertEquals(403, anonymous().postForm(path, fields, Map.of()).status(), "anonymous: " + path);
            assertEquals(403, teacher.post(path, fields).status(), path);
            assertEquals(403, stranger.post(path, fields).status(), "another school's board: " + path);
        }
        for (String path : List.of(PAGES + "/" + id + "/duyet", PAGES + "/" + id + "/tra-lai")) {
            assertEquals(403, editor.post(path, Map.of("nhan-xet", "x")).status(), path);
        }

        String strangersList = stranger.get("schools/" + other + "/bien-tap").body();
        assertFalse(strangersList.contains("Bản nháp riêng"), "one school never sees another's posts");
        assertEquals(404, stranger.get("schools/" + other + "/bien-tap/" + id).status(),
                "another school's post is not found under one's own school");
    }

    @Test
    void editorsPublishADisclosuresTextInItsPageAndNobodyElseDoes() throws Exception {
        String code = newSchoolWithAdmin("quantri");
        String api = "api/v1/schools/" + code;
        PortalClient board = anonymous().as(code, "quantri", "mat-khau-quan-tri");
        for (String[] person : new String[][] {{"bientap", "EDITOR"}, {"gv01", "TEACHER"}}) {
            assertEquals(201, board.post(api + "/accounts", Json.createObjectBuilder().add("username", person[0])
                    .add("fullName", "Người Thử").add("role", person[1]).add("password", PASSWORD)
                    .add("group", "Tổ Toán").build().toString()).status());
        }
        String year = anonymous().get(api + "/disclosures").json().getString("year");
        String page = "schools/" + code + "/cong-khai/sua";

        PortalClient.Reply anonymousRead = anonymous().get(page);
        assertEquals(303, anonymousRead.status(), "to the sign-in page");
        assertTrue(anonymousRead.raw().headers().firstValue("Location").orElseThrow().contains("/login?school="));
        Session editor = signIn(code, "bientap", PASSWORD);
        String checklist = editor.get(page).body();
        assertTrue(checklist.contains("Đăng nội dung công khai") && checklist.contains("muc=hoc-phi"),
                "the year's checklist, each item a link");
        assertTrue(editor.get("account").body().contains("/schools/" + code + "/cong-khai/sua"),
                "linked from the account page's menu");
        assertTrue(editor.get(page + "?muc=hoc-phi").body().contains("data-rich-text"), "the rich-text editor");
        assertEquals(404, editor.get(page + "?muc=khong-co").status());

        Map<String, String> fields = Map.of("nam", year, "muc", "hoc-phi", "noi-dung",
                "<p>Học phí: <strong>miễn</strong> cho học sinh THCS</p><script>alert(1)</script>", "ghi-chu", "");
        assertEquals(403, editor.client().postForm(page, fields, Map.of()).status(), "without its CSRF token");
        PortalClient.Reply empty = editor.post(page, Map.of("nam", year, "muc", "hoc-phi", "noi-dung", " "));
        assertEquals(400, empty.status());
        assertTrue(empty.body().contains("Hãy nhập nội dung công khai"), "the reason on the page");
        PortalClient.Reply badDay = editor.post(page, Map.of("nam", year, "muc", "hoc-phi", "noi-dung", "<p>x</p>",
                "ngay-thay-doi", "hôm qua"));
        assertEquals(400, badDay.status());
        assertTrue(badDay.body().contains("Ngày thay đổi không hợp lệ") && badDay.body().contains("hôm qua"),
                "the reason, and the form as typed");
        PortalClient.Reply saved = editor.post(page, fields);
        assertEquals(303, saved.status(), saved.body());
        assertTrue(saved.raw().headers().firstValue("Location").orElseThrow().contains("muc=hoc-phi&xong=true"));
        String published = anonymous().get("schools/" + code + "/cong-khai").body();
        assertTrue(published.contains("<strong>miễn</strong>") && !published.contains("alert(1)"), published);
        assertTrue(editor.get(page + "?muc=hoc-phi").body().contains("&lt;strong&gt;miễn&lt;/strong&gt;"),
                "the latest text, to start the next version from");

        // A version with a file (attached through the API): the next one written in the page keeps it if asked.
        PortalClient editorApi = anonymous().as(code, "bientap", PASSWORD);
        PortalClient.Reply file = editorApi.upload(api + "/files", "bien-ban.png", PublicSiteIT.png(20, 20));
        assertEquals(201, file.status(), file.body());
        assertEquals(201, editorApi.post(api + "/disclosures/" + year + "/tai-tro", Json.createObjectBuilder()
                .add("fileId", file.json().getJsonNumber("id")).build().toString()).status());
        assertTrue(editor.get(page + "?muc=tai-tro").body().contains("Giữ tệp đính kèm bien-ban.png"));
        assertEquals(303, editor.post(page, Map.of("nam", year, "muc", "tai-tro", "noi-dung", "<p>Biên bản</p>",
                "giu-tep", "true")).status());
        JsonObject latest = anonymous().get(api + "/disclosures/" + year + "/tai-tro").json().getJsonArray("versions")
                .getJsonObject(1);
        assertEquals("bien-ban.png", latest.getString("fileName"));
        assertEquals("<p>Biên bản</p>", latest.getString("text"));

        Session teacher = signIn(code, "gv01", PASSWORD);
        Session otherBoard = signIn(DEMO, "hieutruong", PASSWORD);
        for (Session outsider : List.of(teacher, otherBoard)) {
            assertEquals(403, outsider.get(page).status());
            assertEquals(403, outsider.post(page, fields).status());
        }
        assertEquals(403, anonymous().postForm(page, fields, Map.of()).status());
        assertEquals(200, signIn(code, "quantri", "mat-khau-quan-tri").get(page + "?muc=hoc-phi").status(),
                "the board publishes disclosures too");
        assertEquals(1, anonymous().get(api + "/disclosures/" + year + "/hoc-phi").json().getJsonArray("versions")
                .size(), "only the editor's version was published");
    }

    @Test
    void aPictureInADisclosureOrTheIntroductionIsPublicOnceTheTextShowingItIsPublished() throws Exception {
        String code = newSchoolWithAdmin("quantri");
        String api = "api/v1/schools/" + code;
        assertEquals(201, anonymous().as(code, "quantri", "mat-khau-quan-tri").post(api + "/accounts",
                Json.createObjectBuilder().add("username", "bientap").add("fullName", "Người Thử").add("role", "EDITOR")
                        .add("password", PASSWORD).build().toString()).status());
        PortalClient editorApi = anonymous().as(code, "bientap", PASSWORD);
        List<String> pictures = new ArrayList<>();
        for (String name : List.of("bang-hoc-phi.png", "bang-khen.png")) {
            PortalClient.Reply uploaded = editorApi.upload(api + "/posts/images", name, PublicSiteIT.png(800, 600));
            assertEquals(201, uploaded.status(), uploaded.body());
            String url = uploaded.json().getString("url");
            assertEquals(404, anonymous().get(url.substring(1)).status(), "nobody else sees it before a text shows it");
            pictures.add(url);
        }

        // A disclosure's text is published as it is saved: its picture becomes public; a hotlinked one is dropped.
        String year = anonymous().get(api + "/disclosures").json().getString("year");
        PortalClient.Reply disclosure = signIn(code, "bientap", PASSWORD).post("schools/" + code + "/cong-khai/sua",
                Map.of("nam", year, "muc", "hoc-phi", "ghi-chu", "", "noi-dung", "<p>Biểu phí</p><p><img src=\""
                        + pictures.get(0) + "\" alt=\"Bảng học phí\"><img src=\"https://example.org/bang.png\""
                        + " alt=\"Ảnh ngoài\"></p>"));
        assertEquals(303, disclosure.status(), disclosure.body());
        String disclosures = anonymous().get("schools/" + code + "/cong-khai").body();
        assertTrue(disclosures.contains("src=\"" + pictures.get(0) + "\"") && !disclosures.contains("example.org"),
                disclosures);
        assertEquals(200, anonymous().get(pictures.get(0).substring(1)).status(), "public with the disclosure");
        assertEquals(404, anonymous().get(pictures.get(1).substring(1)).status(), "the other is still unused");

        // So is an introduction page's, written by the board.
        PortalClient.Reply intro = signIn(code, "quantri", "mat-khau-quan-tri").post("schools/" + code
                + "/gioi-thieu/sua", Map.of("phan", "thanh-tich", "noi-dung", "<p>Giấy khen của Sở</p><p><img src=\""
                + pictures.get(1) + "\" alt=\"Giấy khen\"></p>"));
        assertEquals(303, intro.status(), intro.body());
        assertTrue(anonymous().get("schools/" + code + "/gioi-thieu").body().contains("src=\"" + pictures.get(1)
                + "\""));
        PortalClient.Reply shown = anonymous().get(pictures.get(1).substring(1));
        assertEquals(200, shown.status(), "public with the introduction");
        assertEquals("image/jpeg", shown.contentType());
    }

    @Test
    void theBoardOrdersTheMenuThroughTheSettingsPage() {
        String code = newSchoolWithAdmin("quantri");
        String page = "schools/" + code + "/trang-truong";
        Session board = signIn(code, "quantri", "mat-khau-quan-tri");
        List<String> keys = menuKeys(board.get(page).body());
        assertTrue(keys.size() > 2, keys.toString());
        // The last entry typed first (position 1), the others after it in their order; one left empty keeps its place.
        List<String> fields = new ArrayList<>(List.of("khau-hieu", "", "giao-dien", "xanh-duong"));
        for (int i = 0; i < keys.size(); i++) {
            fields.addAll(List.of("muc", keys.get(i), "vi-tri", i == keys.size() - 1 ? "1" : i == 1 ? "" : i + 2 + ""));
        }
        List<String> expected = new ArrayList<>(keys);
        expected.add(0, expected.remove(keys.size() - 1));

        List<String> preview = new ArrayList<>(fields);
        preview.addAll(List.of("hanh-dong", "xem-truoc"));
        PortalClient.Reply previewed = board.post(page, preview);
        assertEquals(200, previewed.status(), previewed.body());
        assertEquals(expected, menuKeys(previewed.body()), "the preview shows the order typed");
        assertEquals(keys, menuKeys(board.get(page).body()), "not saved by a preview");

        List<String> save = new ArrayList<>(fields);
        save.addAll(List.of("hanh-dong", "luu"));
        Map<String, String> withoutToken = Map.of("muc", keys.get(0), "vi-tri", "1", "hanh-dong", "luu");
        assertEquals(403, board.client().postForm(page, withoutToken, Map.of()).status(), "without its CSRF token");
        PortalClient.Reply saved = board.post(page, save);
        assertEquals(303, saved.status(), saved.body());
        assertTrue(saved.raw().headers().firstValue("Location").orElseThrow().endsWith("/trang-truong?xong=true"));
        assertEquals(expected, menuKeys(board.get(page).body()));
        assertEquals(expected, anonymous().as(code, "quantri", "mat-khau-quan-tri").get("api/v1/schools/" + code
                + "/site-settings").json().getJsonArray("menu").stream()
                .map(m -> m.asJsonObject().getString("key")).toList(), "saved");
    }

    /** The menu's keys in the order the settings page lists them (the home page's is empty). */
    private static List<String> menuKeys(String settingsPage) {
        List<String> keys = new ArrayList<>();
        Matcher entry = Pattern.compile("name=\"muc\" value=\"([^\"]*)\"").matcher(settingsPage);
        while (entry.find()) {
            keys.add(entry.group(1));
        }
        return keys;
    }
}
