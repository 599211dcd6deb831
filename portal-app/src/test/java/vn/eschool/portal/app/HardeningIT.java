package vn.eschool.portal.app;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import vn.eschool.portal.core.extract.TikaSamples;
import vn.eschool.portal.core.logbook.LogbookCanonicalForm;
import vn.eschool.portal.core.logbook.LogbookFields;

/**
 * Hardening: the logbook shows rows altered directly in the database, TOTP secrets are encrypted at rest,
 * the school's storage quota covers every upload, and oversized bodies are refused early.
 */
class HardeningIT extends PortalIT {

    private static Map<String, Object> logbookRow(String school, long sequence) throws Exception {
        return ItDatabase.query("select * from logbook_entry where scope = ? and seq_no = ?", school, sequence)
                .get(0);
    }

    @Test
    void aLogbookRowAlteredInTheDatabaseIsReportedByItsNumber() throws Exception {
        String school = newSchoolWithAdmin("quantri");
        PortalClient admin = anonymous().as(school, "quantri", "mat-khau-quan-tri");
        for (String teacher : new String[] {unique("gv"), unique("gv")}) {
            assertEquals(201, admin.post("api/v1/schools/" + school + "/accounts", Json.createObjectBuilder()
                    .add("username", teacher).add("fullName", "Giáo Viên Thử").add("role", "TEACHER")
                    .build().toString()).status());
        }
        String verify = "api/v1/schools/" + school + "/logbook/verify";
        JsonObject before = admin.get(verify).json();
        assertTrue(before.getBoolean("intact"), before.toString());
        assertTrue(before.getJsonNumber("entriesChecked").longValue() >= 3, before.toString());

        Map<String, Object> original = logbookRow(school, 2);
        try {
            // A clumsy edit: the content changes, its hash does not.
            assertEquals(1, ItDatabase.update("update logbook_entry set target = ? where scope = ? and seq_no = 2",
                    "gv-khac", school));
            JsonObject altered = admin.get(verify).json();
            assertFalse(altered.getBoolean("intact"), altered.toString());
            assertEquals("ALTERED_CONTENT", altered.getString("problem"));
            assertEquals(2, altered.getJsonNumber("brokenAt").longValue());
            assertEquals(1, altered.getJsonNumber("entriesChecked").longValue());
            assertTrue(altered.getString("messageVi").contains("số 2"), altered.toString());

            // A careful edit recomputes the entry's own hash: the next entry no longer links to it.
            LogbookFields fields = new LogbookFields(school, ((OffsetDateTime) original.get("occurred_at")).toInstant(),
                    (String) original.get("actor"), (String) original.get("action"), "gv-khac",
                    (String) original.get("details"), (String) original.get("ip"));
            String forged = LogbookCanonicalForm.hash(2, fields, (String) original.get("previous_hash"));
            assertEquals(1, ItDatabase.update("update logbook_entry set hash = ? where scope = ? and seq_no = 2",
                    forged, school));
            JsonObject relinked = admin.get(verify).json();
            assertFalse(relinked.getBoolean("intact"), relinked.toString());
            assertEquals("BROKEN_LINK", relinked.getString("problem"));
            assertEquals(3, relinked.getJsonNumber("brokenAt").longValue());
            assertEquals(2, relinked.getJsonNumber("entriesChecked").longValue());
        } finally {
            ItDatabase.update("update logbook_entry set target = ?, hash = ? where scope = ? and seq_no = 2",
                    original.get("target"), original.get("hash"), school);
        }
        JsonObject restored = admin.get(verify).json();
        assertTrue(restored.getBoolean("intact"), restored.toString());
        assertEquals(before.getString("headHash"), restored.getString("headHash"));

        assertEquals(401, anonymous().get(verify).status());
        assertEquals(403, anonymous().as("thcs-sonca", "hieutruong", "demo-2026").get(verify).status(),
                "another school's admin does not verify this logbook");
    }

    @Test
    void theAuthenticatorSecretIsStoredEncryptedAndSignInWithCodesStillWorks() throws Exception {
        String school = newSchoolWithAdmin("hieutruong");
        PortalClient admin = anonymous().as(school, "hieutruong", "mat-khau-quan-tri");
        String secret = admin.post("api/v1/me/two-factor", "").json().getString("secret");

        String stored = (String) ItDatabase.query("select totp_secret from account where login_scope = ?"
                + " and username = ?", school, "hieutruong").get(0).get("totp_secret");
        assertTrue(stored.startsWith("v1:"), stored);
        assertFalse(stored.contains(secret), "the column does not hold the secret");

        long step = System.currentTimeMillis() / 1000 / 30;
        var generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);
        List<String> backup = admin.post("api/v1/me/two-factor/confirm",
                        "{\"code\":\"" + generator.generate(secret, step) + "\"}").json()
                .getJsonArray("backupCodes").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        Map<String, Object> enrolled = ItDatabase.query("select totp_secret, backup_codes from account"
                + " where login_scope = ? and username = ?", school, "hieutruong").get(0);
        assertEquals(stored, enrolled.get("totp_secret"));
        String backupColumn = (String) enrolled.get("backup_codes");
        assertTrue(backup.stream().noneMatch(code -> backupColumn.contains(code)
                || backupColumn.contains(code.replace("-", ""))), "backup codes are stored as hashes only");

        String right = generator.generate(secret, step + 1);
        String ofAnotherSecret = generator.generate("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", step + 1);
        assertEquals(401, anonymous().post("api/v1/auth/token", signIn(school, ofAnotherSecret)).status(),
                "the stored secret is used, not any secret");
        assertEquals(200, anonymous().post("api/v1/auth/token", signIn(school, right)).status(),
                "the decrypted secret verifies the authenticator's code");
    }

    private static String signIn(String school, String code) {
        return Json.createObjectBuilder().add("school", school).add("username", "hieutruong")
                .add("password", "mat-khau-quan-tri").add("code", code).build().toString();
    }

    private static byte[] filler(int size, char letter) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) letter);
        return bytes;
    }

    private static void assertQuotaRefusal(PortalClient.Reply reply) {
        assertEquals(413, reply.status(), reply.body());
        assertTrue(reply.isProblem(), reply.contentType());
        assertEquals("school-storage-full", reply.json().getString("code"), reply.body());
        assertTrue(reply.json().getString("detail").startsWith("Dung lượng lưu trữ của trường đã hết"), reply.body());
    }

    /** The IT quota is 3 MB a school (portal-app/pom.xml): three files of 900 kB fit, a fourth does not. */
    @Test
    void theSchoolsQuotaCoversEveryKindOfUploadAndKeepsWhatIsStored() throws Exception {
        String school = newSchoolWithAdmin("quantri");
        PortalClient district = anonymous().as("", "admin", "district-admin-pass");
        assertEquals(201, district.post("api/v1/schools/" + school + "/accounts", Json.createObjectBuilder()
                .add("username", "gva").add("fullName", "Giáo Viên A").add("role", "TEACHER")
                .add("password", "mat-khau-giao-vien").add("group", "Tổ Toán").build().toString()).status());
        PortalClient admin = anonymous().as(school, "quantri", "mat-khau-quan-tri");
        PortalClient teacher = anonymous().as(school, "gva", "mat-khau-giao-vien");
        String files = "api/v1/schools/" + school + "/files";
        List<Long> stored = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            PortalClient.Reply reply = admin.upload(files, "tep-" + i + ".txt", filler(900 * 1024, (char) ('a' + i)));
            assertEquals(201, reply.status(), reply.body());
            stored.add(reply.json().getJsonNumber("id").longValue());
        }

        // A core attachment (also what directives and post covers use), declared too large for what is left.
        assertQuotaRefusal(admin.upload(files, "tep-3.txt", filler(900 * 1024, 'z')));
        // The same sent chunked: no length to refuse early, so it is measured once stored and then dropped.
        assertQuotaRefusal(admin.uploadChunked(files, "tep-4.txt", filler(900 * 1024, 'y')));
        // A Layer 2 folder item with a file, and an e-lecture.
        long folder = admin.get("api/v1/schools/" + school + "/folders").array().stream()
                .map(JsonObject.class::cast).filter(f -> f.getString("name").equals("Văn bản nội bộ")).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
        assertQuotaRefusal(teacher.multipart("POST", "api/v1/schools/" + school + "/folders/" + folder + "/items",
                Map.of("title", "Quy chế", "type", "INTERNAL_DOCUMENT"), Map.of("quy-che.txt",
                        filler(900 * 1024, 'x'))));
        assertQuotaRefusal(teacher.multipart("POST", "api/v1/schools/" + school + "/lectures",
                Map.of("subject", "Toán", "grade", "6", "className", "6A1"),
                Map.of("bai-giang.txt", filler(900 * 1024, 'w'))));

        assertEquals(0, teacher.get("api/v1/schools/" + school + "/lectures").array().size());
        Number rows = (Number) ItDatabase.query("select count(*) as n from attachment a join school s"
                + " on a.school_id = s.id where s.code = ?", school).get(0).get("n");
        assertEquals(3, rows.intValue(), "nothing more was recorded");
        for (int i = 0; i < 3; i++) {
            assertEquals(900 * 1024, admin.get(files + "/" + stored.get(i)).body().length(),
                    "what was stored before is kept");
        }
        // Another school is not affected by this one being full.
        String other = newSchoolWithAdmin("quantri");
        assertEquals(201, anonymous().as(other, "quantri", "mat-khau-quan-tri")
                .upload("api/v1/schools/" + other + "/files", "tep.txt", filler(900 * 1024, 'a')).status());
    }

    @Test
    void aBodyDeclaredLargerThanTheLimitIsRefusedBeforeItIsSent() throws Exception {
        // 50 MB announced, nothing sent: an answer can only come if the server does not wait for the body.
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/schools/thcs-sonca/files HTTP/1.1\r\nHost: " + base.getHost() + "\r\n"
                    + "Accept: application/json\r\nContent-Type: multipart/form-data; boundary=x\r\n"
                    + "Content-Length: 52428800\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] head = new byte[4096];
            int n = in.read(head);
            String response = new String(head, 0, Math.max(n, 0), StandardCharsets.UTF_8);
            assertTrue(response.startsWith("HTTP/1.1 413"), response);
            assertTrue(response.contains("application/problem+json"), response);
        }
    }

    @Test
    void aChunkedBodyIsCutOffOnceItPassesTheLimit() {
        // PORTAL_UPLOAD_MAX_BYTES is 1 MB in the ITs; the form may add 1 MB around the file.
        PortalClient admin = anonymous().as("thcs-sonca", "hieutruong", "demo-2026");
        PortalClient.Reply reply = admin.uploadChunked("api/v1/schools/thcs-sonca/files", "video.mp4",
                new byte[3 * 1024 * 1024]);
        assertEquals(413, reply.status(), reply.body());
        assertEquals("file-too-large", reply.json().getString("code"), reply.body());
    }
    // --- uploads are never active content; files follow the items that use them ------------------------------

    private static final byte[] SVG_WITH_SCRIPT = ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
            + "<script>document.title = 'xss'; fetch('/api/v1/me')</script><rect width=\"10\" height=\"10\"/></svg>")
            .getBytes(StandardCharsets.UTF_8);

    /** A school of its own with teachers gv01 (Tổ Toán), gv02 (Tổ Văn) and the editor bientap. */
    private String schoolWithStaff() {
        String school = newSchoolWithAdmin("quantri");
        PortalClient admin = anonymous().as(school, "quantri", "mat-khau-quan-tri");
        for (String[] person : new String[][] {{"gv01", "TEACHER", "Tổ Toán"}, {"gv02", "TEACHER", "Tổ Văn"},
                {"bientap", "EDITOR", "Tổ Văn"}}) {
            assertEquals(201, admin.post("api/v1/schools/" + school + "/accounts", Json.createObjectBuilder()
                    .add("username", person[0]).add("fullName", "Người Thử " + person[0]).add("role", person[1])
                    .add("password", "mat-khau-" + person[0]).add("group", person[2]).build().toString()).status());
        }
        return school;
    }

    private PortalClient as(String school, String username) {
        return anonymous().as(school, username, username.equals("quantri") ? "mat-khau-quan-tri"
                : "mat-khau-" + username);
    }

    private static void assertSandboxedDownload(HttpResponse<byte[]> served, String what) {
        assertEquals(200, served.statusCode(), what);
        String disposition = served.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.startsWith("attachment;") && disposition.contains("filename*=UTF-8''"),
                what + ": " + disposition);
        String policy = served.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.startsWith("sandbox;") && policy.contains("default-src 'none'"), what + ": " + policy);
        assertEquals("nosniff", served.headers().firstValue("X-Content-Type-Options").orElse(""), what);
    }

    @Test
    void anSvgWithAScriptIsServedAsASandboxedDownloadAndRefusedWhereAnImageIsExpected() {
        String school = schoolWithStaff();
        String api = "api/v1/schools/" + school;
        PortalClient teacher = as(school, "gv01");
        PortalClient editor = as(school, "bientap");

        // An e-lecture shared in the public repository.
        PortalClient.Reply lecture = teacher.multipart("POST", api + "/lectures", Map.of("title", "Hình học",
                "subject", "Toán", "grade", "6", "className", "6A1"), Map.of("hinh-hoc.svg", SVG_WITH_SCRIPT));
        assertEquals(201, lecture.status(), lecture.body());
        JsonObject created = lecture.json().getJsonArray("lectures").getJsonObject(0);
        long lectureId = created.getJsonNumber("id").longValue();
        assertEquals(200, teacher.put(api + "/elearning/" + lectureId, "{\"shared\":true}").status());
        assertSandboxedDownload(anonymous().download("schools/" + school + "/tep/" + lectureId, "*/*"),
                "the shared lecture");
        assertSandboxedDownload(teacher.download(api + "/files/" + created.getJsonNumber("fileId"), "*/*"),
                "the files API");
        assertEquals(404, anonymous().download("schools/" + school + "/hoc-lieu/" + lectureId + "/xem", "*/*")
                .statusCode(), "no preview in the page");

        // A post's cover.
        PortalClient.Reply svg = editor.upload(api + "/files", "bia.svg", SVG_WITH_SCRIPT);
        assertEquals(201, svg.status(), svg.body());
        assertEquals("image/svg+xml", svg.json().getString("mediaType"));
        long category = editor.get(api + "/categories").array().getJsonObject(0).getJsonNumber("id").longValue();
        PortalClient.Reply post = editor.post(api + "/posts", Json.createObjectBuilder().add("categoryId", category)
                .add("title", "Bài có ảnh bìa SVG").add("coverFileId", svg.json().getJsonNumber("id")).build().toString());
        assertEquals(415, post.status(), post.body());
        assertEquals("cover-not-image", post.json().getString("code"));

        // A disclosure's file.
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        int start = today.getMonthValue() >= 7 ? today.getYear() : today.getYear() - 1;
        PortalClient.Reply version = editor.post(api + "/disclosures/" + start + "-" + (start + 1) + "/tai-tro",
                Json.createObjectBuilder().add("fileId", svg.json().getJsonNumber("id")).build().toString());
        assertEquals(201, version.status(), version.body());
        assertSandboxedDownload(anonymous().download("schools/" + school + "/cong-khai/tep/"
                + version.json().getJsonNumber("id"), "*/*"), "the disclosure's file");

        // Photos: the organisation page's and an album's.
        PortalClient.Reply photo = editor.multipart("PUT", api + "/organisation/gv01/photo", Map.of(),
                Map.of("chan-dung.svg", SVG_WITH_SCRIPT));
        assertEquals(415, photo.status(), photo.body());
        long album = editor.post(api + "/albums", Json.createObjectBuilder().add("title", "Hội khỏe")
                .add("activityDate", today.toString()).build().toString()).json().getJsonNumber("id").longValue();
        PortalClient.Reply albumPhoto = editor.multipart("POST", api + "/albums/" + album + "/photos", Map.of(),
                Map.of("anh.svg", SVG_WITH_SCRIPT));
        assertEquals(415, albumPhoto.status(), albumPhoto.body());
        assertEquals("not-an-image", albumPhoto.json().getString("code"));
    }

    @Test
    void aFolderItemsFileIsReadOnlyByItsAudienceItsAuthorAndTheOverseers() {
        String school = schoolWithStaff();
        String api = "api/v1/schools/" + school;
        PortalClient admin = as(school, "quantri");
        long folder = admin.get(api + "/folders").array().stream().map(JsonObject.class::cast)
                .filter(f -> f.getString("name").equals("Văn bản nội bộ")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        PortalClient.Reply item = admin.multipart("POST", api + "/folders/" + folder + "/items",
                Map.of("title", "Quyết định khen thưởng", "people", "gv02"),
                Map.of("quyet-dinh.txt", "Quyết định riêng cho cô gv02".getBytes(StandardCharsets.UTF_8)));
        assertEquals(201, item.status(), item.body());
        long file = item.json().getJsonNumber("attachmentId").longValue();
        long itemId = item.json().getJsonNumber("id").longValue();

        PortalClient gv01 = as(school, "gv01");
        PortalClient gv02 = as(school, "gv02");
        assertEquals(404, gv01.download(api + "/files/" + file, "*/*").statusCode(), "not addressed to gv01");
        assertEquals(404, gv01.download("schools/" + school + "/tep/" + itemId, "*/*").statusCode());
        assertEquals(404, anonymous().download("schools/" + school + "/tep/" + itemId, "*/*").statusCode());
        assertEquals(200, gv02.download(api + "/files/" + file, "*/*").statusCode());
        assertEquals(200, admin.download(api + "/files/" + file, "*/*").statusCode());
        assertEquals(200, districtAdmin().download(api + "/files/" + file, "*/*").statusCode());
        assertEquals(403, as(newSchoolWithAdmin("quantri"), "quantri").download(api + "/files/" + file, "*/*")
                .statusCode(), "another school");

        // Nobody publishes a file they were not given: attaching it to an item for everyone is as for a file
        // that does not exist.
        PortalClient.Reply forAll = gv01.post(api + "/folders/" + folder + "/items", Json.createObjectBuilder()
                .add("title", "Chia sẻ cho cả trường").add("attachmentId", file).build().toString());
        assertEquals(400, forAll.status(), forAll.body());
        assertEquals("file-not-found", forAll.json().getString("code"));
        long private01 = gv01.upload(api + "/files", "nhap.txt", "Bản nháp của gv01".getBytes(StandardCharsets.UTF_8))
                .json().getJsonNumber("id").longValue();
        assertEquals(404, gv02.download(api + "/files/" + private01, "*/*").statusCode(),
                "a file no item uses is its uploader's");
        PortalClient.Reply taken = gv02.post(api + "/folders/" + folder + "/items", Json.createObjectBuilder()
                .add("title", "Lấy tệp của người khác").add("attachmentId", private01).build().toString());
        assertEquals(400, taken.status(), taken.body());
        assertEquals("file-not-found", taken.json().getString("code"));
        PortalClient.Reply own = gv01.post(api + "/folders/" + folder + "/items", Json.createObjectBuilder()
                .add("title", "Bản nháp cho cả trường").add("attachmentId", private01).build().toString());
        assertEquals(201, own.status(), own.body());
        assertEquals(200, gv02.download(api + "/files/" + private01, "*/*").statusCode(),
                "once used by an item for every member");
    }

    /**
     * A picture in a text makes its file public once the text is: nobody shows a file they may not read (a folder
     * item's for one person, the board's evidence) nor anything but an image that way.
     */
    @Test
    void aTextShowsOnlyPicturesItsWriterMayRead() throws Exception {
        String school = schoolWithStaff();
        String api = "api/v1/schools/" + school;
        PortalClient admin = as(school, "quantri");
        PortalClient editor = as(school, "bientap");
        long folder = admin.get(api + "/folders").array().stream().map(JsonObject.class::cast)
                .filter(f -> f.getString("name").equals("Văn bản nội bộ")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        PortalClient.Reply item = admin.multipart("POST", api + "/folders/" + folder + "/items",
                Map.of("title", "Ảnh riêng cho gv02", "people", "gv02"), Map.of("rieng.png", pngDeclaring(4, 4)));
        assertEquals(201, item.status(), item.body());
        long forGv02 = item.json().getJsonNumber("attachmentId").longValue();
        String month = YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        PortalClient.Reply evidence = admin.upload(api + "/self-assessment/evidence?month=" + month
                + "&criterion=III.1.2", "bien-ban.png", pngDeclaring(4, 2));
        assertEquals(201, evidence.status(), evidence.body());
        Number evidenceFile = (Number) ItDatabase.query("select attachment_id from audit_evidence where id = ?",
                evidence.json().getJsonNumber("id").longValue()).get(0).get("attachment_id");
        long ownText = editor.upload(api + "/files", "ghi-chu.txt", "Ghi chú".getBytes(StandardCharsets.UTF_8))
                .json().getJsonNumber("id").longValue();
        long ownImage = editor.upload(api + "/files", "anh.png", pngDeclaring(4, 3)).json().getJsonNumber("id")
                .longValue();
        long category = editor.get(api + "/categories").array().getJsonObject(0).getJsonNumber("id").longValue();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        int start = today.getMonthValue() >= 7 ? today.getYear() : today.getYear() - 1;
        String disclosure = api + "/disclosures/" + start + "-" + (start + 1) + "/tai-tro";

        for (long file : List.of(forGv02, evidenceFile.longValue(), ownText)) {
            String body = "<p>Ảnh</p><img src=\"/schools/" + school + "/anh/" + file + "\" alt=\"ảnh\">";
            PortalClient.Reply post = editor.post(api + "/posts", Json.createObjectBuilder()
                    .add("categoryId", category).add("title", "Bài có ảnh " + file).add("body", body).build()
                    .toString());
            String refusal = file == ownText ? "picture-not-image" : "file-not-readable";
            assertEquals(400, post.status(), post.body());
            assertEquals(refusal, post.json().getString("code"));
            assertTrue(post.json().getString("detail").contains("tệp số " + file), post.body());
            PortalClient.Reply version = editor.post(disclosure, Json.createObjectBuilder().add("text", body).build()
                    .toString());
            assertEquals(400, version.status(), version.body());
            assertEquals(refusal, version.json().getString("code"));
            assertEquals(404, anonymous().download("schools/" + school + "/tep-bai-viet/" + file, "*/*").statusCode());
        }
        assertEquals(0, editor.get(api + "/posts").array().size(), "no post stored");
        assertEquals(0, editor.get(disclosure).json().getJsonArray("versions").size(), "no disclosure stored");
        PortalClient.Reply page = admin.postForm("schools/" + school + "/gioi-thieu/sua", Map.of("phan", "thanh-tich",
                "noi-dung", "<img src=\"/schools/" + school + "/anh/" + ownText + "\">"), Map.of());
        assertEquals(400, page.status(), page.body());
        assertTrue(page.body().contains("không phải là ảnh"), page.body());

        PortalClient.Reply own = editor.post(api + "/posts", Json.createObjectBuilder().add("categoryId", category)
                .add("title", "Bài có ảnh của mình").add("body", "<img src=\"/schools/" + school + "/anh/" + ownImage
                        + "\">").build().toString());
        assertEquals(201, own.status(), own.body());
    }

    @Test
    void evidenceFilesAreNotReadByTeachers() throws Exception {
        String school = schoolWithStaff();
        String api = "api/v1/schools/" + school;
        String month = YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        PortalClient.Reply evidence = as(school, "quantri").upload(api + "/self-assessment/evidence?month=" + month
                + "&criterion=III.1.2", "bien-ban.txt", "Biên bản kiểm kê".getBytes(StandardCharsets.UTF_8));
        assertEquals(201, evidence.status(), evidence.body());
        Number file = (Number) ItDatabase.query("select attachment_id from audit_evidence where id = ?",
                evidence.json().getJsonNumber("id").longValue()).get(0).get("attachment_id");
        assertEquals(404, as(school, "gv01").download(api + "/files/" + file, "*/*").statusCode());
        assertEquals(404, as(school, "bientap").download(api + "/files/" + file, "*/*").statusCode());
        assertEquals(200, as(school, "quantri").download(api + "/files/" + file, "*/*").statusCode());
    }

    @Test
    void emptyFilesAreRefusedOnEveryUpload() {
        String school = schoolWithStaff();
        String api = "api/v1/schools/" + school;
        PortalClient teacher = as(school, "gv01");
        for (PortalClient.Reply reply : List.of(teacher.upload(api + "/files", "rong.txt", new byte[0]),
                teacher.multipart("POST", api + "/lectures", Map.of("subject", "Toán", "grade", "6",
                        "className", "6A1"), Map.of("rong.pptx", new byte[0])))) {
            assertEquals(400, reply.status(), reply.body());
            assertEquals("empty-file", reply.json().getString("code"), reply.body());
        }
        assertEquals(0, teacher.get(api + "/lectures").array().size(), "no e-lecture counted");
    }

    /** A valid PNG header declaring {@code width × height} (grey, 1 bit) and a few rows of data: a tiny file. */
    static byte[] pngDeclaring(int width, int height) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put(new byte[] {1, 0, 0, 0, 0});
        pngChunk(png, "IHDR", header.array());
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[4 * (1 + (width + 7) / 8)]);
        deflater.finish();
        byte[] compressed = new byte[4096];
        pngChunk(png, "IDAT", Arrays.copyOf(compressed, deflater.deflate(compressed)));
        pngChunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void pngChunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(name);
        png.writeBytes(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    @Test
    void anAlbumRefusesImagesThatDoNotDecodeOrHaveTooManyPixels() throws Exception {
        String school = schoolWithStaff();
        String api = "api/v1/schools/" + school;
        PortalClient editor = as(school, "bientap");
        long album = editor.post(api + "/albums", Json.createObjectBuilder().add("title", "Hội trại")
                .add("activityDate", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString()).build().toString())
                .json().getJsonNumber("id").longValue();
        byte[] huge = pngDeclaring(20_000, 20_000);
        assertTrue(huge.length < 1024, "the test file stays small: " + huge.length);
        PortalClient.Reply tooLarge = editor.multipart("POST", api + "/albums/" + album + "/photos", Map.of(),
                Map.of("khong-lo.png", huge));
        assertEquals(413, tooLarge.status(), tooLarge.body());
        assertEquals("image-too-many-pixels", tooLarge.json().getString("code"));
        byte[] broken = Arrays.copyOf(pngDeclaring(64, 64), 40);
        PortalClient.Reply unreadable = editor.multipart("POST", api + "/albums/" + album + "/photos", Map.of(),
                Map.of("hong.png", broken));
        assertEquals(415, unreadable.status(), unreadable.body());
        assertEquals("image-unreadable", unreadable.json().getString("code"));
        assertEquals(0, anonymous().get(api + "/albums/" + album).json().getJsonArray("photos").size());
    }

    /** Uploads that are no photos take any image; a thumbnail of one with too many pixels is never decoded. */
    @Test
    void anImageWithTooManyPixelsGetsNoThumbnail() throws Exception {
        String school = schoolWithStaff();
        String api = "api/v1/schools/" + school;
        PortalClient teacher = as(school, "gv01");
        PortalClient.Reply lecture = teacher.multipart("POST", api + "/lectures", Map.of("title", "Bản đồ khổng lồ",
                "subject", "Địa lý", "grade", "6", "className", "6A1"),
                Map.of("ban-do.png", pngDeclaring(20_000, 20_000)));
        assertEquals(201, lecture.status(), lecture.body());
        JsonObject created = lecture.json().getJsonArray("lectures").getJsonObject(0);
        long lectureId = created.getJsonNumber("id").longValue();
        assertEquals(200, teacher.put(api + "/elearning/" + lectureId, "{\"shared\":true}").status());
        List<PortalClient.Reply> thumbnails = new ArrayList<>();
        for (int size : List.of(320, 1280)) {
            thumbnails.add(anonymous().send(anonymous().request("schools/" + school + "/tep/" + lectureId + "/anh/"
                    + size).setHeader("Accept", "image/webp,*/*").GET()));
        }
        // As the picture of a text, asked for by its uploader.
        thumbnails.add(teacher.send(teacher.request("schools/" + school + "/anh/" + created.getJsonNumber("fileId"))
                .setHeader("Accept", "image/webp,*/*").GET()));
        for (PortalClient.Reply thumbnail : thumbnails) {
            assertEquals(415, thumbnail.status(), thumbnail.body());
            assertTrue(thumbnail.body().contains("image-too-many-pixels"), thumbnail.body());
        }
        PortalClient.Reply health = anonymous().get("health");
        assertEquals(200, health.status(), health.body());
        assertTrue(health.body().contains("UP"), health.body());
    }

    // --- requests that must not grow the heap -------------------------------------------------------------------

    /** Sends {@code count} requests with a random Host header and as many for unknown schools' paths, 16 at a time. */
    private void randomHostsAndSchoolPaths(int count) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Semaphore inFlight = new Semaphore(16);
        List<CompletableFuture<?>> sent = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            inFlight.acquire();
            // Answered 404 problem+json: the cheapest answer, the lookups are what is measured.
            HttpRequest byHost = anonymous().request("khong-co").setHeader("Host", unique("h") + ".example")
                    .setHeader("Accept", "application/json").GET().build();
            HttpRequest byPath = anonymous().request("schools/" + unique("khong-co-") + "/")
                    .setHeader("Accept", "application/json").GET().build();
            CompletableFuture<?> first = http.sendAsync(byHost, HttpResponse.BodyHandlers.discarding());
            CompletableFuture<?> second = http.sendAsync(byPath, HttpResponse.BodyHandlers.discarding());
            sent.add(first);
            sent.add(second);
            CompletableFuture.allOf(first, second).whenComplete((r, e) -> inFlight.release());
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
    }

    private long heapUsedAfterCollection() {
        assertEquals(401, anonymous().post("api/v1/admin/test-heap", "").status());
        assertEquals(403, anonymous().as("thcs-sonca", "hieutruong", "demo-2026").post("api/v1/admin/test-heap", "")
                .status(), "district admins only");
        PortalClient.Reply heap = districtAdmin().post("api/v1/admin/test-heap", "");
        assertEquals(200, heap.status(), heap.body());
        return heap.json().getJsonNumber("usedBytes").longValue();
    }

    @Test
    void tenThousandRandomHostsAndSchoolPathsLeaveTheCachesBoundedAndTheHeapFlat() throws Exception {
        // A first round fills what is meant to fill (bounded caches, compiled code, pooled buffers).
        randomHostsAndSchoolPaths(2_000);
        long before = heapUsedAfterCollection();
        randomHostsAndSchoolPaths(10_000);
        long after = heapUsedAfterCollection();

        String metrics = districtAdmin().send(districtAdmin().request("metrics").setHeader("Accept", "text/plain")
                .GET()).body();
        assertTrue(gauge(metrics, "portal_host_names_cached") < 100, metrics);
        assertTrue(gauge(metrics, "portal_page_cache_schools") < 100, metrics);
        assertTrue(gauge(metrics, "portal_page_cache_pages") < 1_000, metrics);
        // An entry kept per host or path would be over 100 bytes: 20,000 of them at least 2 MB.
        assertTrue(after - before < 2_000_000, "heap after collection grew from " + before + " to " + after);
    }

    private static double gauge(String metrics, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + " (\\S+)$").matcher(metrics);
        assertTrue(m.find(), name + " in " + metrics);
        return Double.parseDouble(m.group(1));
    }

    // --- the malformed-document corpus ---------------------------------------------------------------------------

    /** PORTAL_SCHOOL_QUOTA_BYTES of the IT server (pom.xml). */
    private static final long SCHOOL_QUOTA = 3 * 1024 * 1024;

    /**
     * Each document as an attachment and as an e-lecture: stored, or refused with a problem, never a 5xx. The
     * generated corpus, then the damaged and protected samples from Tika's test jars (as the extractor's unit test
     * chooses them), in schools of their own when the last one's quota would not take both copies.
     */
    @Test
    void realAndMalformedDocumentsAreStoredOrRefusedNeverAServerError() throws Exception {
        Map<String, byte[]> documents = new LinkedHashMap<>(MalformedDocuments.corpus());
        List<String> samples = TikaSamples.damaged();
        assertTrue(samples.size() >= 20, "Tika's samples: " + samples);
        for (String sample : samples) {
            documents.put(sample, TikaSamples.tikaSample(sample));
        }
        String school = null;
        long used = SCHOOL_QUOTA;
        List<String> stored = new ArrayList<>();
        for (var document : documents.entrySet()) {
            // Both copies, and the multipart framing counted by the early check on the declared length.
            long takes = 2L * (document.getValue().length + 4096);
            if (used + takes > SCHOOL_QUOTA) {
                school = schoolWithStaff();
                used = 0;
            }
            used += takes;
            String api = "api/v1/schools/" + school;
            PortalClient teacher = as(school, "gv01");
            String name = document.getKey();
            PortalClient.Reply attachment = teacher.upload(api + "/files", name, document.getValue());
            PortalClient.Reply lecture = teacher.multipart("POST", api + "/lectures", Map.of("subject", "Toán",
                    "grade", "6", "className", "6A1"), Map.of(name, document.getValue()));
            for (PortalClient.Reply reply : List.of(attachment, lecture)) {
                // 200: an e-lecture whose content is already stored is answered as a duplicate.
                boolean kept = reply.status() == 201 || reply.status() == 200;
                assertTrue(kept || reply.status() >= 400 && reply.status() < 500 && reply.isProblem(),
                        name + ": " + reply.status() + " " + reply.body());
                assertFalse(reply.body().contains("school-storage-full"), name + ": the test's own quota reached");
                if (kept) {
                    stored.add(name);
                }
            }
        }
        assertTrue(stored.containsAll(List.of("bai-giang.pdf", "co-mat-khau.pdf", "bom-ti-le-cao.zip",
                "testPDF_protected.pdf", "testWORD_protected_passtika.docx")),
                "the sound and the merely odd are kept: " + stored);
        assertEquals(200, anonymous().get("health").status(), "the server is healthy after the corpus");
        PortalClient teacher = as(school, "gv01");
        PortalClient.Reply after = teacher.upload("api/v1/schools/" + school + "/files", "sau.txt",
                "Vẫn nhận tệp".getBytes(StandardCharsets.UTF_8));
        assertEquals(201, after.status(), after.body());
        assertTrue(after.json().getString("mediaType").startsWith("text/plain"), after.body());
    }

    // --- the XSS corpus -----------------------------------------------------------------------------------------

    /**
     * The corpus packed into values of at most {@code max} characters, each starting with a marker
     * ({@code Mẫu-<field>-<n>}) the page must show, so that a page that dropped the field does not pass.
     */
    private static List<String> packed(String field, int max) {
        List<String> values = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        for (String payload : InertHtml.payloads()) {
            if (value.length() > 0 && value.length() + 1 + payload.length() > max) {
                values.add(value.toString());
                value.setLength(0);
            }
            String marker = "Mẫu-" + field + "-" + values.size();
            if (value.length() == 0) {
                if (marker.length() + 1 + payload.length() > max) {
                    continue;
                }
                value.append(marker);
            }
            value.append(' ').append(payload);
        }
        values.add(value.toString());
        return values;
    }

    /** @return the page's text */
    private static String assertInert(PortalClient client, String path, String... markers) {
        PortalClient.Reply page = client.send(client.request(path).setHeader("Accept", "text/html").GET());
        assertEquals(200, page.status(), path);
        assertEquals(List.of(), InertHtml.activeParts(page.body()), path);
        String text = Jsoup.parse(page.body()).text();
        for (String marker : markers) {
            assertTrue(text.contains(marker + " "), path + " shows " + marker);
        }
        return text;
    }

    private static String marker(String value) {
        return value.substring(0, value.indexOf(' '));
    }

    /**
     * Every field a member can fill, stored through the API, read back on every page that shows it (pages read again
     * after an edit are read signed in: the anonymous page cache may keep the previous version for a minute).
     */
    @Test
    void theXssCorpusIsInertOnEveryPageThatShowsIt() throws Exception {
        String school = schoolWithStaff();
        String api = "api/v1/schools/" + school;
        String site = "schools/" + school + "/";
        PortalClient board = as(school, "quantri");
        PortalClient editor = as(school, "bientap");
        PortalClient teacher = as(school, "gv01");
        String rich = String.join("\n", InertHtml.payloads());
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();

        // Posts: title, summary, body; the article, the home page, the editors' list and the search page.
        long category = anonymous().get(api + "/categories").array().stream().map(JsonObject.class::cast)
                .filter(c -> c.getString("kind").equals("NEWS")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        List<String> titles = packed("tieu-de", 300);
        List<String> summaries = packed("tom-tat", 1000);
        for (int i = 0; i < titles.size(); i++) {
            String summary = summaries.get(i % summaries.size());
            PortalClient.Reply post = board.post(api + "/posts", Json.createObjectBuilder().add("categoryId", category)
                    .add("title", titles.get(i)).add("summary", summary).add("body", "<p>Mẫu-noi-dung</p>" + rich)
                    .build().toString());
            assertEquals(201, post.status(), post.body());
            long id = post.json().getJsonNumber("id").longValue();
            assertEquals(200, board.post(api + "/posts/" + id + "/publish", "{}").status());
            assertInert(anonymous(), site + "bai-viet/" + id, marker(titles.get(i)), marker(summary), "Mẫu-noi-dung");
        }
        assertInert(anonymous(), site, marker(titles.get(titles.size() - 1)));
        assertTrue(assertInert(editor, site + "bien-tap").contains("Mẫu-tieu-de-"));
        assertInert(anonymous(), site + "tim-kiem?q=" + URLEncoder.encode("Mẫu alert script",
                StandardCharsets.UTF_8));

        // The introduction (rich text).
        assertEquals(204, board.put(api + "/intro/lich-su", Json.createObjectBuilder()
                .add("body", "<p>Mẫu-gioi-thieu</p>" + rich).build().toString()).status());
        assertInert(anonymous(), site + "gioi-thieu", "Mẫu-gioi-thieu");

        // An album: title, description, a photo's caption.
        String description = packed("mo-ta", 2000).get(0);
        long album = -1;
        for (String title : packed("album", 140)) {
            PortalClient.Reply created = editor.post(api + "/albums", Json.createObjectBuilder().add("title", title)
                    .add("activityDate", today).add("description", description).build().toString());
            assertEquals(201, created.status(), created.body());
            album = created.json().getJsonNumber("id").longValue();
            assertInert(anonymous(), site + "album/" + album, marker(title), marker(description));
        }
        assertTrue(assertInert(anonymous(), site + "album").contains("Mẫu-album-"));
        PortalClient.Reply photo = editor.multipart("POST", api + "/albums/" + album + "/photos", Map.of(),
                Map.of("anh.png", pngDeclaring(8, 4)));
        assertEquals(201, photo.status(), photo.body());
        long photoId = anonymous().get(api + "/albums/" + album).json().getJsonArray("photos").getJsonObject(0)
                .getJsonNumber("id").longValue();
        for (String caption : packed("chu-thich", 300)) {
            assertEquals(200, editor.put(api + "/albums/" + album + "/photos/" + photoId, Json.createObjectBuilder()
                    .add("caption", caption).build().toString()).status());
            assertInert(teacher, site + "album/" + album, marker(caption));
        }

        // Directive documents: issuer, title, summary.
        long file = editor.upload(api + "/files", "van-ban.pdf", MalformedDocuments.pdf()).json()
                .getJsonNumber("id").longValue();
        for (String title : packed("trich-yeu", 300)) {
            PortalClient.Reply directive = editor.post(api + "/directives", Json.createObjectBuilder()
                    .add("number", "12/QĐ-UBND").add("documentType", "Quyết định")
                    .add("issuer", packed("co-quan", 200).get(0)).add("issueDate", today).add("title", title)
                    .add("summary", summaries.get(0)).add("fileId", file).build().toString());
            assertEquals(201, directive.status(), directive.body());
        }
        String directives = assertInert(anonymous(), site + "van-ban");
        assertTrue(directives.contains("Mẫu-trich-yeu-") && directives.contains("Mẫu-co-quan-"), directives);

        // A parent's question and its answer, shown in the FAQ.
        PortalClient parent = anonymous();
        String contact = parent.get(site + "lien-he").body();
        String question = packed("cau-hoi", 4000).get(0);
        Map<String, String> form = new HashMap<>(Map.of("_csrf", hidden(contact, "_csrf"),
                "dau", hidden(contact, "dau"), "hoTen", "Phụ Huynh", "lienHe", "0912 345 678", "cauHoi", question,
                "website", ""));
        assertEquals(303, parent.postForm(site + "lien-he", form, Map.of()).status());
        long asked = editor.get(api + "/questions?unanswered=true").array().getJsonObject(0).getJsonNumber("id")
                .longValue();
        String answer = packed("tra-loi", 4000).get(0);
        assertEquals(200, editor.post(api + "/questions/" + asked + "/answer", Json.createObjectBuilder()
                .add("answer", answer).add("showInFaq", true).build().toString()).status());
        assertInert(teacher, site + "lien-he", marker(question), marker(answer));

        // Layer 2: folder items' titles and summaries, and display names, on the internal area and the chart.
        long folder = teacher.get(api + "/folders").array().stream().map(JsonObject.class::cast)
                .filter(f -> f.getString("name").equals("Văn bản nội bộ")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        List<String> items = packed("muc", 300);
        for (String title : items) {
            PortalClient.Reply item = teacher.post(api + "/folders/" + folder + "/items", Json.createObjectBuilder()
                    .add("type", "INTERNAL_NEWS").add("title", title).add("summary", summaries.get(0)).build()
                    .toString());
            assertEquals(201, item.status(), item.body());
        }
        assertInert(teacher, site + "noi-bo", marker(items.get(items.size() - 1)));
        for (String name : packed("ten", 150)) {
            assertEquals(200, board.put(api + "/accounts/gv02", Json.createObjectBuilder().add("fullName", name)
                    .build().toString()).status());
            assertInert(teacher, site + "to-chuc", marker(name));
            assertInert(teacher, site + "noi-bo");
        }
    }

    // --- errors the container raises before the application sees the request ------------------------------------

    /** One request sent byte for byte (no client would send these paths as they are), and its whole answer. */
    private String rawGet(String path, String headers) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\n" + headers
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void assertThePortalsOwnError(String path, String response, String mediaType, String text) {
        String head = response.substring(0, Math.max(response.indexOf("\r\n\r\n"), 0)).toLowerCase();
        assertTrue(response.matches("(?s)HTTP/1\\.1 4\\d\\d .*"), path + ": " + response);
        assertTrue(head.contains("content-type: " + mediaType), path + ": " + response);
        assertTrue(response.contains(text), path + ": " + response);
        for (String header : List.of("content-security-policy: default-src 'self';", "x-content-type-options: nosniff",
                "referrer-policy: strict-origin-when-cross-origin", "permissions-policy: camera=()")) {
            assertTrue(head.contains(header), path + " carries " + header + ": " + head);
        }
        for (String software : List.of("payara", "glassfish", "grizzly")) {
            assertFalse(response.toLowerCase().contains(software), path + ": " + response);
        }
    }

    @Test
    void requestsTheContainerRefusesAreAnsweredByThePortal() {
        String browser = "Accept: text/html\r\n";
        List<Executable> checks = new ArrayList<>();
        for (String path : List.of("/%ff", "/%2e%2e/%2e%2e/etc/passwd", "/WEB-INF/web.xml", "/schools/%c3%28",
                "/schools/a%2fb")) {
            checks.add(() -> assertThePortalsOwnError(path, rawGet(path, browser), "text/html", "Về trang chủ"));
        }
        for (String path : List.of("/api/v1/%ff", "/api/v1/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
                "/api/v1/schools/%c3%28", "/api/v1/schools/a%2fb", "/api/v1/WEB-INF/web.xml")) {
            // Asked for as a browser would: under /api the answer is problem+json all the same.
            checks.add(() -> assertThePortalsOwnError(path, rawGet(path, browser), "application/problem+json",
                    "\"status\":4"));
        }
        assertAll(checks);
    }

    // --- headers of every answer --------------------------------------------------------------------------------

    @Test
    void everyPageTypeCarriesAStrictContentSecurityPolicy() {
        PortalClient editor = anonymous().as("thcs-sonca", "bientap", "demo-2026");
        String api = "api/v1/schools/thcs-sonca";
        long category = editor.get(api + "/categories").array().getJsonObject(0).getJsonNumber("id").longValue();
        long draft = editor.post(api + "/posts", Json.createObjectBuilder().add("categoryId", category)
                .add("title", "Bản nháp – tiêu đề bảo mật").build().toString()).json().getJsonNumber("id").longValue();
        long article = anonymous().get(api + "/posts").array().getJsonObject(0).getJsonNumber("id").longValue();
        long album = anonymous().get(api + "/albums").array().getJsonObject(0).getJsonNumber("id").longValue();
        PortalClient board = anonymous().as("thcs-sonca", "hieutruong", "demo-2026");
        Map<String, String> ids = Map.of("article", Long.toString(article), "draft", Long.toString(draft),
                "album", Long.toString(album), "lecture", Long.toString(sharedPictureLecture("thcs-sonca", board)));
        for (PageTypes.PageType page : PageTypes.ALL) {
            PortalClient client = page.account() == null ? anonymous()
                    : anonymous().as("thcs-sonca", page.account(), "demo-2026");
            HttpResponse<byte[]> served = client.download(page.resolve(ids), "text/html");
            assertEquals(200, served.statusCode(), page.name());
            String policy = served.headers().firstValue("Content-Security-Policy").orElse("");
            for (String directive : List.of("default-src 'self'", "script-src 'self';", "object-src 'none'",
                    "base-uri 'self'", "frame-ancestors 'self'", "form-action 'self'")) {
                assertTrue(policy.contains(directive), page.name() + ": " + policy);
            }
            assertFalse(policy.contains("unsafe-inline") || policy.contains("unsafe-eval"), page.name() + ": " + policy);
            assertEquals("strict-origin-when-cross-origin",
                    served.headers().firstValue("Referrer-Policy").orElse(""), page.name());
            assertTrue(served.headers().firstValue("Permissions-Policy").orElse("").contains("camera=()"), page.name());
            assertEquals("nosniff", served.headers().firstValue("X-Content-Type-Options").orElse(""), page.name());
            assertTrue(served.headers().firstValue("Strict-Transport-Security").isEmpty(), "not over HTTPS");
        }
        PortalClient.Reply json = anonymous().get("api/v1/schools");
        assertEquals("nosniff", json.raw().headers().firstValue("X-Content-Type-Options").orElse(""));
        PortalClient visitor = anonymous();
        PortalClient.Reply overHttps = visitor.send(visitor.request("login").header("X-Forwarded-Proto", "https").GET());
        assertTrue(overHttps.raw().headers().firstValue("Strict-Transport-Security").orElse("").startsWith("max-age="),
                "HSTS once the request came over HTTPS");
    }
}
