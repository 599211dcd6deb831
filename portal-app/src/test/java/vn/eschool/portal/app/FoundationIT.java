package vn.eschool.portal.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The foundation end to end in a real Payara Micro and a real database (H2 by default, PostgreSQL in CI):
 * sign-in, lockout, tokens, tenant isolation, problem+json, CSRF, the file store, the demo school.
 */
class FoundationIT extends PortalIT {

    private static final String DEMO = "thcs-sonca";
    private static final String DEMO_PASSWORD = "demo-2026";

    private PortalClient demoAdmin() {
        return anonymous().as(DEMO, "hieutruong", DEMO_PASSWORD);
    }

    private static String account(String username, String role, String password) {
        var json = Json.createObjectBuilder().add("username", username).add("fullName", "Người Kiểm Thử " + username)
                .add("role", role);
        if (password != null) {
            json.add("password", password);
        }
        return json.build().toString();
    }

    @Test
    void demoSchoolHasItsBoardTeachersAndNews() {
        PortalClient admin = demoAdmin();
        var accounts = admin.get("api/v1/schools/" + DEMO + "/accounts").array();
        long teachers = accounts.stream().map(JsonObject.class::cast)
                .filter(a -> a.getString("role").equals("TEACHER")).count();
        assertTrue(teachers >= 30, "about 30 teachers, got " + teachers);
        assertTrue(accounts.stream().map(JsonObject.class::cast)
                .anyMatch(a -> "Hiệu trưởng".equals(a.getString("position", null))));

        PortalClient.Reply home = anonymous().get("schools/" + DEMO + "/");
        assertEquals(200, home.status());
        assertTrue(home.body().contains("Trường THCS Sơn Ca"));
        assertTrue(home.body().contains("Tin nổi bật"), "the featured news");
        String logo = "/schools/" + DEMO + "/trang-truong/bieu-trung";
        assertTrue(home.body().contains("<img class=\"school-logo\" src=\"" + logo + "\"")
                && home.body().contains("<h1 class=\"school-name\">Trường THCS Sơn Ca</h1>")
                && home.body().contains("<p class=\"school-motto\">Kỷ cương – Tình thương – Trách nhiệm</p>"),
                "the banner: logo, name and motto");
        HttpResponse<byte[]> logoImage = anonymous().bytes(logo.substring(1));
        assertEquals(200, logoImage.statusCode());
        assertEquals("image/jpeg", logoImage.headers().firstValue("Content-Type").orElse(null));

        String albums = "api/v1/schools/" + DEMO + "/albums";
        JsonObject opening = anonymous().get(albums).array().stream().map(JsonObject.class::cast)
                .filter(a -> a.getString("title").startsWith("Lễ khai giảng năm học")).findFirst().orElseThrow();
        assertEquals(20, opening.getInt("photoCount"));
        var photos = anonymous().get(albums + "/" + opening.getJsonNumber("id").longValue()).json()
                .getJsonArray("photos");
        assertEquals(20, photos.size());
        assertTrue(photos.stream().map(JsonObject.class::cast)
                .allMatch(p -> p.getString("caption", "").matches(".+ \\(ảnh \\d+\\)")),
                "every photo has its caption: " + photos);
    }

    @Test
    void rootRedirectsToTheOnlySchoolOrListsTheDistrict() {
        PortalClient.Reply root = anonymous().get("");
        if (root.status() == 303) {
            assertTrue(root.raw().headers().firstValue("Location").orElseThrow().endsWith("/schools/" + DEMO + "/"));
        } else {
            assertEquals(200, root.status());
            assertTrue(root.body().contains("Trường THCS Sơn Ca"));
        }
    }

    @Test
    void aSchoolsOwnHostNameServesItsPublicSite() {
        PortalClient.Reply reply = anonymous().send(anonymous().request("").setHeader("Host", "sonca.localhost").GET());
        assertEquals(200, reply.status(), reply.body());
        assertTrue(reply.body().contains("Trường THCS Sơn Ca"));
    }

    @Test
    void tokenSignInAndMe() {
        PortalClient admin = demoAdmin();
        JsonObject me = admin.get("api/v1/me").json();
        assertEquals("hieutruong", me.getString("username"));
        assertEquals("SCHOOL_ADMIN", me.getString("role"));
        assertEquals(DEMO, me.getString("school"));
        assertFalse(me.containsKey("passwordHash"));

        PortalClient.Reply noToken = anonymous().get("api/v1/me");
        assertEquals(401, noToken.status());
        assertTrue(noToken.isProblem());

        PortalClient.Reply badToken = anonymous().send(anonymous().request("api/v1/me")
                .header("Authorization", "Bearer not-a-real-token").GET());
        assertEquals(401, badToken.status());
        assertTrue(badToken.json().getString("detail").contains("hết hạn"));
    }

    @Test
    void wrongPasswordIsAClearProblemAndEveryAttemptIsRecorded() {
        String username = unique("gv");
        demoAdmin().post("api/v1/schools/" + DEMO + "/accounts", account(username, "TEACHER", "mat-khau-dung"));

        PortalClient.Reply wrong = anonymous().post("api/v1/auth/token",
                "{\"school\":\"" + DEMO + "\",\"username\":\"" + username + "\",\"password\":\"sai-mat-khau\"}");
        assertEquals(401, wrong.status());
        assertTrue(wrong.isProblem());
        assertEquals("invalid-credentials", wrong.json().getString("code"));
        assertTrue(wrong.json().getString("detail").startsWith("Sai trường, tên đăng nhập hoặc mật khẩu"));

        anonymous().as(DEMO, username, "mat-khau-dung");

        var outcomes = demoAdmin().get("api/v1/schools/" + DEMO + "/logins").array().stream()
                .map(JsonObject.class::cast).filter(e -> e.getString("username").equals(username))
                .map(e -> e.getString("outcome")).toList();
        assertEquals(List.of("SUCCESS", "BAD_PASSWORD"), outcomes);
    }

    @Test
    void fiveFailuresInFiveMinutesLockTheAccount() {
        String username = unique("gv");
        demoAdmin().post("api/v1/schools/" + DEMO + "/accounts", account(username, "TEACHER", "mat-khau-dung"));
        String wrong = "{\"school\":\"" + DEMO + "\",\"username\":\"" + username + "\",\"password\":\"sai\"}";
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertEquals(401, anonymous().post("api/v1/auth/token", wrong).status(), "attempt " + attempt);
        }
        PortalClient.Reply fifth = anonymous().post("api/v1/auth/token", wrong);
        assertEquals(401, fifth.status());
        assertTrue(fifth.json().getString("detail").contains("tạm khoá"));

        PortalClient.Reply right = anonymous().post("api/v1/auth/token",
                "{\"school\":\"" + DEMO + "\",\"username\":\"" + username + "\",\"password\":\"mat-khau-dung\"}");
        assertEquals(401, right.status(), "the right password does not unlock early");
        assertEquals(fifth.body(), right.body(), "a locked account answers like a wrong password");
    }

    @Test
    void accountsWithoutPasswordGetAOneTimeInitialPassword() {
        String username = unique("nv");
        JsonObject created = demoAdmin().post("api/v1/schools/" + DEMO + "/accounts",
                account(username, "STAFF", null)).json();
        String initial = created.getString("initialPassword");
        assertEquals(12, initial.length());
        assertTrue(created.getJsonObject("account").getBoolean("mustChangePassword"));
        PortalClient staff = anonymous().as(DEMO, username, initial);
        assertEquals(username, staff.get("api/v1/me").json().getString("username"));

        PortalClient.Reply duplicate = demoAdmin().post("api/v1/schools/" + DEMO + "/accounts",
                account(username, "STAFF", null));
        assertEquals(409, duplicate.status());
    }

    @Test
    void adminsDisableAndResetAccountsAndInitialPasswordsMustBeChangedFirst() {
        PortalClient admin = demoAdmin();
        String accounts = "api/v1/schools/" + DEMO + "/accounts/";
        String username = unique("gv");
        admin.post("api/v1/schools/" + DEMO + "/accounts", account(username, "TEACHER", "mat-khau-ban-dau"));
        assertTrue(admin.get("api/v1/schools/" + DEMO + "/accounts?neverSignedIn=true").body().contains(username));

        String reset = admin.post(accounts + username + "/password-reset", "").json().getString("initialPassword");
        PortalClient teacher = anonymous().as(DEMO, username, reset);
        PortalClient.Reply gated = teacher.get("api/v1/schools/" + DEMO + "/files/1");
        assertEquals(403, gated.status());
        assertEquals("password-change-required", gated.json().getString("code"));
        assertEquals(400, teacher.post("api/v1/me/password",
                "{\"currentPassword\":\"sai\",\"newPassword\":\"mat-khau-moi-1\"}").status());
        assertEquals(204, teacher.post("api/v1/me/password",
                "{\"currentPassword\":\"" + reset + "\",\"newPassword\":\"mat-khau-moi-1\"}").status());
        PortalClient changed = anonymous().as(DEMO, username, "mat-khau-moi-1");
        assertFalse(changed.get("api/v1/me").json().getBoolean("mustChangePassword"));
        assertFalse(admin.get("api/v1/schools/" + DEMO + "/accounts?neverSignedIn=true").body().contains(username));

        assertEquals(403, changed.post(accounts + username + "/disable", "").status(), "teachers do not administer");
        assertEquals(200, admin.send(admin.request(accounts + username).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"fullName\":\"Trần Thị Mới\",\"group\":\"Tổ Ngữ văn\","
                        + "\"subjects\":[\"Ngữ văn\"]}"))).status());
        assertEquals("Tổ Ngữ văn", admin.get(accounts + username).json().getString("group"));
        assertFalse(admin.post(accounts + username + "/disable", "").json().getBoolean("enabled"));
        PortalClient.Reply disabled = anonymous().post("api/v1/auth/token",
                "{\"school\":\"" + DEMO + "\",\"username\":\"" + username + "\",\"password\":\"mat-khau-moi-1\"}");
        assertEquals(401, disabled.status(), "a disabled account answers like a wrong password");
        assertEquals("invalid-credentials", disabled.json().getString("code"));
        assertEquals(401, changed.get("api/v1/me").status(), "a disabled account's sessions stop working");
        assertEquals(404, admin.post(accounts + "khong-co-ai/disable", "").status());
    }

    @Test
    void oneSchoolNeverSeesOrChangesAnothersData() {
        PortalClient district = districtAdmin();
        String otherCode = unique("th-");
        assertEquals(201, district.post("api/v1/schools",
                "{\"code\":\"" + otherCode + "\",\"name\":\"Trường Tiểu học Ánh Dương\",\"level\":\"TH\"}").status());
        String otherAdmin = unique("qt");
        assertEquals(201, district.post("api/v1/schools/" + otherCode + "/accounts",
                account(otherAdmin, "SCHOOL_ADMIN", "mat-khau-truong-b")).status());
        PortalClient schoolB = anonymous().as(otherCode, otherAdmin, "mat-khau-truong-b");

        PortalClient schoolA = demoAdmin();
        long fileOfA = schoolA.upload("api/v1/schools/" + DEMO + "/files", "ke-hoach.txt",
                "Kế hoạch năm học".getBytes(StandardCharsets.UTF_8)).json().getJsonNumber("id").longValue();

        String a = "api/v1/schools/" + DEMO;
        assertEquals(403, schoolB.get(a + "/accounts").status());
        assertEquals(403, schoolB.post(a + "/accounts", account(unique("x"), "TEACHER", "mat-khau-123")).status());
        assertEquals(403, schoolB.get(a + "/logins").status());
        assertEquals(403, schoolB.get(a + "/files/" + fileOfA).status());
        assertEquals(403, schoolB.upload(a + "/files", "x.txt", new byte[] {1}).status());
        assertEquals(404, schoolB.get("api/v1/schools/" + otherCode + "/files/" + fileOfA).status(),
                "a file id of school A is not found under school B");
        assertEquals(403, schoolB.post(a + "/accounts/hieutruong/password-reset", "").status());
        assertEquals(403, schoolB.post(a + "/accounts/hieutruong/disable", "").status());
        assertEquals(403, schoolB.get(a + "/accounts/hieutruong").status());
        assertEquals(403, schoolB.post("api/v1/schools", "{\"code\":\"zz-new\",\"name\":\"X\",\"level\":\"TH\"}")
                .status());
        assertTrue(schoolB.get("api/v1/schools/" + otherCode + "/accounts").array().stream()
                .map(JsonObject.class::cast).noneMatch(x -> x.getString("school").equals(DEMO)));

        assertEquals(401, anonymous().get(a + "/accounts").status());
        assertEquals(401, anonymous().get(a + "/files/" + fileOfA).status());
        assertEquals(401, anonymous().post("api/v1/schools", "{\"code\":\"zz-anon\",\"name\":\"X\",\"level\":\"TH\"}")
                .status());
    }

    @Test
    void rolesLimitWhatMembersAndInspectorsMayDo() {
        String teacher = unique("gv");
        demoAdmin().post("api/v1/schools/" + DEMO + "/accounts", account(teacher, "TEACHER", "mat-khau-gv-1"));
        PortalClient asTeacher = anonymous().as(DEMO, teacher, "mat-khau-gv-1");
        assertEquals(403, asTeacher.get("api/v1/schools/" + DEMO + "/accounts").status());
        assertEquals(403, asTeacher.post("api/v1/schools/" + DEMO + "/accounts",
                account(unique("x"), "TEACHER", "mat-khau-123")).status());
        assertEquals(403, asTeacher.get("api/v1/accounts").status());

        String inspector = unique("tt");
        assertEquals(201, districtAdmin().post("api/v1/accounts", account(inspector, "INSPECTOR", "mat-khau-thanh-tra"))
                .status());
        PortalClient asInspector = anonymous().as("", inspector, "mat-khau-thanh-tra");
        assertEquals(200, asInspector.get("api/v1/schools/" + DEMO + "/accounts").status(), "inspectors read");
        assertEquals(200, asInspector.get("api/v1/schools/" + DEMO + "/logins").status());
        assertEquals(403, asInspector.post("api/v1/schools/" + DEMO + "/accounts",
                account(unique("x"), "TEACHER", "mat-khau-123")).status(), "inspectors never write");
        assertEquals(403, asInspector.upload("api/v1/schools/" + DEMO + "/files", "x.txt", new byte[] {1}).status());
        assertEquals(403, asInspector.get("api/v1/accounts").status());
        assertEquals(400, districtAdmin().post("api/v1/accounts", account(unique("x"), "TEACHER", "mat-khau-123"))
                .status(), "a district account cannot be a teacher");
    }

    @Test
    void badInputIsAProblemNeverAStackTrace() {
        PortalClient admin = demoAdmin();
        String accounts = "api/v1/schools/" + DEMO + "/accounts";

        PortalClient.Reply malformed = admin.post(accounts, "{not json");
        assertEquals(400, malformed.status());
        assertTrue(malformed.isProblem());

        PortalClient.Reply invalid = admin.post(accounts, "{\"username\":\"abc\"}");
        assertEquals(400, invalid.status());
        var fields = invalid.json().getJsonArray("errors").stream().map(JsonObject.class::cast)
                .map(e -> e.getString("field")).toList();
        assertTrue(fields.containsAll(List.of("fullName", "role")), fields.toString());

        PortalClient.Reply weak = admin.post(accounts, account(unique("gv"), "TEACHER", "ngan"));
        assertEquals(400, weak.status());
        assertEquals("weak-password", weak.json().getString("code"));

        PortalClient.Reply unknownSchool = admin.get("api/v1/schools/khong-co/accounts");
        assertEquals(404, unknownSchool.status());
        assertTrue(unknownSchool.isProblem());

        PortalClient.Reply unknownPath = anonymous().get("api/v1/khong-co-duong-dan");
        assertEquals(404, unknownPath.status());
        assertTrue(unknownPath.isProblem());

        PortalClient.Reply wrongMethod = anonymous().send(anonymous().request("api/v1/me")
                .method("PATCH", HttpRequest.BodyPublishers.noBody()));
        assertEquals(405, wrongMethod.status());

        PortalClient.Reply page = anonymous().get("schools/khong-co/");
        assertEquals(404, page.status());
        assertTrue(page.contentType().startsWith("text/html"));
        assertTrue(page.body().contains("Không có trường với mã"));

        for (PortalClient.Reply reply : List.of(malformed, invalid, unknownSchool, unknownPath, page)) {
            assertFalse(reply.body().contains("Exception"), reply.body());
            assertFalse(reply.body().contains("\tat "), reply.body());
        }
    }

    @Test
    void browserSignInUsesAnHttpOnlyLaxCookieAndEveryFormNeedsItsCsrfToken() {
        PortalClient browser = anonymous();
        String loginPage = browser.get("login").body();
        String csrf = hiddenCsrf(loginPage);

        Map<String, String> credentials = Map.of("school", DEMO, "username", "hieutruong", "password", DEMO_PASSWORD);
        assertEquals(403, browser.postForm("login", credentials, Map.of()).status(), "no token, no sign-in");

        var withToken = new java.util.HashMap<>(credentials);
        withToken.put("_csrf", csrf);
        PortalClient.Reply signedIn = browser.postForm("login", withToken, Map.of());
        assertEquals(303, signedIn.status(), signedIn.body());
        String cookie = signedIn.raw().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("PORTAL_SESSION=")).findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);

        String accountPage = browser.get("account").body();
        assertTrue(accountPage.contains("Nguyễn Thị Thanh Hương"));
        String sessionCsrf = hiddenCsrf(accountPage);
        assertNotEquals(csrf, sessionCsrf, "a new token once signed in");

        String body = account(unique("gv"), "TEACHER", "mat-khau-123");
        PortalClient.Reply forged = browser.post("api/v1/schools/" + DEMO + "/accounts", body);
        assertEquals(403, forged.status(), "cookie-authenticated writes need the CSRF header");
        PortalClient.Reply genuine = browser.send(browser.request("api/v1/schools/" + DEMO + "/accounts")
                .header("Content-Type", "application/json").header("X-CSRF-Token", sessionCsrf)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(201, genuine.status(), genuine.body());

        PortalClient.Reply wrongPassword = anonymous().postForm("login", Map.of("school", DEMO, "username",
                "hieutruong", "password", "sai", "_csrf", "x"), Map.of("Cookie", "PORTAL_CSRF=x"));
        assertEquals(401, wrongPassword.status());
        assertTrue(wrongPassword.body().contains("Sai trường, tên đăng nhập hoặc mật khẩu"));
    }

    @Test
    void filesAreStoredOnceByContentAndOversizedUploadsLeaveNothingBehind() throws Exception {
        PortalClient admin = demoAdmin();
        String files = "api/v1/schools/" + DEMO + "/files";
        byte[] content = ("Giáo án " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        JsonObject first = admin.upload(files, "giao-an.txt", content).json();
        JsonObject second = admin.upload(files, "giao-an-ban-sao.txt", content).json();
        assertEquals(first.getString("sha256"), second.getString("sha256"));
        assertNotEquals(first.getJsonNumber("id"), second.getJsonNumber("id"));
        Path blob = dataDir().resolve("files").resolve(first.getString("sha256").substring(0, 2))
                .resolve(first.getString("sha256").substring(2, 4)).resolve(first.getString("sha256"));
        assertTrue(Files.isRegularFile(blob));
        assertEquals(new String(content, StandardCharsets.UTF_8),
                admin.get(files + "/" + first.getJsonNumber("id")).body());

        // Over the 1 MB limit but within the 1 MB allowed around a form, so the file store measures it (a body
        // declared larger still is refused before it is read: HardeningIT).
        PortalClient.Reply tooLarge = admin.upload(files, "video.mp4", new byte[1536 * 1024]);
        assertEquals(413, tooLarge.status());
        assertTrue(tooLarge.json().getString("detail").startsWith("Tệp quá lớn"));
        try (Stream<Path> leftovers = Files.list(dataDir().resolve("tmp"))) {
            assertEquals(0, leftovers.count(), "no half-written upload remains");
        }
    }

    @Test
    void healthChecksTheDatabaseAndOpenApiDescribesTheApi() {
        JsonObject health = anonymous().send(anonymous().request("health/ready").GET()).json();
        assertEquals("UP", health.getString("status"));
        assertTrue(health.getJsonArray("checks").stream().map(JsonObject.class::cast)
                .anyMatch(c -> c.getString("name").equals("database") && c.getString("status").equals("UP")));
        assertTrue(health.getJsonArray("checks").stream().map(JsonObject.class::cast)
                .anyMatch(c -> c.getString("name").equals("search-index") && c.getString("status").equals("UP")),
                "a complete index that has caught up with the outbox");
        PortalClient.Reply openapi = anonymous().get("openapi");
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("/api/v1/auth/token"));
    }

    // --- bounded work per request ---

    /** A JSON body of {@code size} bytes made as it is sent: `{"school":"aaaa…"}`. */
    private static InputStream generatedJson(long size) {
        byte[] head = "{\"school\":\"".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\"}".getBytes(StandardCharsets.US_ASCII);
        return new InputStream() {
            private long position;

            @Override
            public int read() {
                if (position >= size) {
                    return -1;
                }
                long p = position++;
                return p < head.length ? head[(int) p] : p >= size - tail.length ? tail[(int) (p - size + tail.length)]
                        : 'a';
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                int n = 0;
                for (int b; n < length && (b = read()) >= 0; n++) {
                    buffer[offset + n] = (byte) b;
                }
                return n == 0 && length > 0 ? -1 : n;
            }
        };
    }

    @Test
    void fourConcurrentHugeJsonBodiesAreRefusedAndTheServerStaysHealthy() throws Exception {
        long fiftyMegabytes = 50L * 1024 * 1024;
        ExecutorService senders = Executors.newFixedThreadPool(4);
        try {
            List<Future<PortalClient.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                boolean chunked = i % 2 == 0;
                replies.add(senders.submit(() -> {
                    HttpRequest.BodyPublisher body = chunked
                            ? HttpRequest.BodyPublishers.ofInputStream(() -> generatedJson(fiftyMegabytes))
                            : HttpRequest.BodyPublishers.fromPublisher(
                                    HttpRequest.BodyPublishers.ofInputStream(() -> generatedJson(fiftyMegabytes)),
                                    fiftyMegabytes);
                    return anonymous().send(anonymous().request("api/v1/auth/token")
                            .header("Content-Type", "application/json").POST(body));
                }));
            }
            for (Future<PortalClient.Reply> reply : replies) {
                PortalClient.Reply refused = reply.get(2, TimeUnit.MINUTES);
                assertEquals(413, refused.status(), refused.body());
                assertEquals("body-too-large", refused.json().getString("code"));
            }
        } finally {
            senders.shutdownNow();
        }
        assertEquals("UP", anonymous().get("health").json().getString("status"));
    }

    @Test
    void jsonBodiesAreSmallAndOnlyUploadEndpointsTakeFiles() {
        PortalClient.Reply twoMegabytes = anonymous().post("api/v1/auth/token",
                "{\"school\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}");
        assertEquals(413, twoMegabytes.status(), twoMegabytes.body());
        assertTrue(twoMegabytes.isProblem());
        assertEquals("body-too-large", twoMegabytes.json().getString("code"));

        // PORTAL_BODY_MAX_BYTES is 512 KB in the ITs, PORTAL_UPLOAD_MAX_BYTES 1 MB.
        String school = newSchoolWithAdmin("quantri");
        PortalClient admin = anonymous().as(school, "quantri", "mat-khau-quan-tri");
        PortalClient.Reply file = admin.upload("api/v1/schools/" + school + "/files", "giao-an.txt",
                "Giáo án ".repeat(100_000).getBytes(StandardCharsets.UTF_8));
        assertEquals(201, file.status(), file.body());

        PortalClient.Reply longField = admin.multipart("POST", "api/v1/schools/" + school + "/lectures",
                Map.of("subject", "Toán", "grade", "6", "className", "6A", "ghiChu", "x".repeat(100 * 1024)),
                Map.of("bai-giang.txt", "Bài giảng".getBytes(StandardCharsets.UTF_8)));
        assertEquals(413, longField.status(), longField.body());
        assertEquals("form-field-too-large", longField.json().getString("code"));
    }

    @Test
    void metricsAreForTheDistrictAdminOnly() {
        PortalClient.Reply anonymousMetrics = anonymous().send(anonymous().request("metrics")
                .setHeader("Accept", "text/plain").GET());
        assertEquals(401, anonymousMetrics.status(), anonymousMetrics.body());
        PortalClient.Reply teacherMetrics = demoAdmin().send(demoAdmin().request("metrics")
                .setHeader("Accept", "text/plain").GET());
        assertEquals(403, teacherMetrics.status());
        PortalClient.Reply metrics = districtAdmin().send(districtAdmin().request("metrics")
                .setHeader("Accept", "text/plain").GET());
        assertEquals(200, metrics.status(), metrics.body());
        assertTrue(metrics.body().contains("jvm_heap_used_bytes"), metrics.body());
    }

    @Test
    void badPageNumbersAreA400NeverA500() {
        for (String list : List.of("posts", "albums", "directives")) {
            for (String page : List.of("2147483647", "abc", "0")) {
                PortalClient.Reply reply = anonymous().get("api/v1/schools/" + DEMO + "/" + list + "?page=" + page);
                assertEquals(400, reply.status(), list + " page=" + page + ": " + reply.body());
                assertEquals("invalid-page", reply.json().getString("code"));
            }
        }
        for (String listPage : List.of("album", "van-ban", "hoc-lieu")) {
            for (String page : List.of("2147483647", "abc")) {
                PortalClient.Reply reply = anonymous().get("schools/" + DEMO + "/" + listPage + "?trang=" + page);
                assertEquals(400, reply.status(), listPage + " trang=" + page);
                assertTrue(reply.contentType().startsWith("text/html"), reply.contentType());
                assertTrue(reply.body().contains("Số trang phải là số nguyên"), reply.body());
            }
        }
        assertEquals(200, anonymous().get("api/v1/schools/" + DEMO + "/posts?page=2").status());
    }

    @Test
    void badNumbersInOtherQueryParametersAreA400NotAMissingPage() {
        for (String wait : List.of("abc", "1.5", "99999999999")) {
            PortalClient.Reply reply = districtAdmin().get("api/v1/admin/index?wait=" + wait);
            assertEquals(400, reply.status(), "wait=" + wait + ": " + reply.body());
            assertEquals("invalid-wait", reply.json().getString("code"));
        }
        PortalClient editor = anonymous().as(DEMO, "bientap", DEMO_PASSWORD);
        for (String album : List.of("abc", "0", "99999999999999999999")) {
            PortalClient.Reply reply = editor.send(editor.request("schools/" + DEMO + "/album/quan-ly?album=" + album)
                    .setHeader("Accept", "text/html").GET());
            assertEquals(400, reply.status(), "album=" + album);
            assertTrue(reply.contentType().startsWith("text/html"), reply.contentType());
            assertTrue(reply.body().contains("Mã album phải là"), reply.body());
        }
        assertEquals(200, districtAdmin().get("api/v1/admin/index?wait=0").status());
    }

    @Test
    void theCsrfTokenIsNeverTakenFromTheAddress() {
        PortalClient browser = anonymous();
        String loginCsrf = hiddenCsrf(browser.get("login").body());
        assertEquals(303, browser.postForm("login", Map.of("school", DEMO, "username", "hieutruong",
                "password", DEMO_PASSWORD, "_csrf", loginCsrf), Map.of()).status());
        String csrf = hiddenCsrf(browser.get("account").body());
        PortalClient.Reply inQuery = browser.post("api/v1/schools/" + DEMO + "/accounts?_csrf=" + csrf,
                account(unique("gv"), "TEACHER", "mat-khau-123"));
        assertEquals(403, inQuery.status(), inQuery.body());
        assertEquals("csrf", inQuery.json().getString("code"));

        PortalClient.Reply anonymousUpload = anonymous().upload("api/v1/schools/" + DEMO + "/files", "a.txt",
                new byte[] {1});
        assertEquals(401, anonymousUpload.status(), "an anonymous upload needs an account, not a form token");
    }

    @Test
    void containerErrorsAreThePortalsOwnAndNameNoServer() {
        List<PortalClient.Reply> replies = new ArrayList<>();
        for (String path : List.of("WEB-INF/web.xml", "META-INF/MANIFEST.MF")) {
            PortalClient.Reply page = anonymous().get(path);
            assertEquals(404, page.status(), path);
            assertTrue(page.contentType().startsWith("text/html"), path + ": " + page.contentType());
            assertTrue(page.body().contains("Không tìm thấy trang"), path + ": " + page.body());
            replies.add(page);
            replies.add(anonymous().send(anonymous().request(path).setHeader("Accept", "application/json").GET()));
        }
        for (String path : List.of("api/%2e%2e/WEB-INF/web.xml", "api/WEB-INF/web.xml", "api/v1/khong-co")) {
            // Asked for as a browser would: under /api the answer is problem+json all the same.
            replies.add(anonymous().send(anonymous().request(path).setHeader("Accept", "text/html").GET()));
        }
        for (PortalClient.Reply reply : replies) {
            if (!reply.contentType().startsWith("text/html")) {
                assertTrue(reply.isProblem(), reply.contentType() + " " + reply.body());
            }
            assertFalse(reply.body().contains("Payara"), reply.body());
            reply.raw().headers().map().forEach((name, values) -> assertFalse(values.toString().contains("Payara"),
                    name + ": " + values));
        }
    }

    private static Path dataDir() {
        return Path.of(System.getProperty("portal.it.data"));
    }

    private static String hiddenCsrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertTrue(m.find(), "the page has a CSRF field");
        assertNotNull(m.group(1));
        return m.group(1);
    }

}
