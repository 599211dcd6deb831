package vn.eschool.portal.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
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
}
