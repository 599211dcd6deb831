package vn.eschool.portal.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * A school's export and import (issue 13): a class of its own because its round trips create whole schools
 * (the demo school's copy) that other classes' counts over every school must not see.
 */
class SchoolTransferIT extends PortalIT {

    private static final String DEMO = "thcs-sonca";
    /** ASCII: an HTTP header carries it (the form field takes any text). */
    private static final String PASSPHRASE = "mot cum mat khau du dai 2026";

    @Test
    void onlyTheSchoolsAdminsExportIt() {
        String code = newSchoolWithAdmin("qt-xuat");
        String other = newSchoolWithAdmin("qt-khac");
        String path = "api/v1/schools/" + code + "/export";
        assertEquals(401, anonymous().download(path, "application/zip").statusCode());
        assertEquals(403, anonymous().as(other, "qt-khac", "mat-khau-quan-tri").download(path, "application/zip")
                .statusCode());
        HttpResponse<byte[]> own = anonymous().as(code, "qt-xuat", "mat-khau-quan-tri").download(path, "application/zip");
        assertEquals(200, own.statusCode());
        assertTrue(entries(own.body()).containsKey("manifest.json"));
        assertEquals(400, districtAdmin().download(path + "?secrets=true", "application/zip").statusCode());
        assertEquals(404, districtAdmin().download("api/v1/schools/khong-co-truong/export", "application/zip")
                .statusCode());
        // Importing is the district's: a school admin may not create schools.
        assertEquals(403, importArchive(anonymous().as(code, "qt-xuat", "mat-khau-quan-tri"), own.body(),
                unique("thcs-"), null).status());
    }

    @Test
    void theDemoSchoolImportedUnderANewCodeShowsTheSameSchool() {
        long started = System.nanoTime();
        byte[] archive = export(DEMO, false, null);
        long exported = System.nanoTime();
        Map<String, byte[]> entries = entries(archive);
        JsonObject manifest = json(entries.get("manifest.json"));
        assertEquals(1, manifest.getInt("formatVersion"));
        assertFalse(new String(entries.get("account.jsonl"), StandardCharsets.UTF_8).contains("password_hash"));
        String copy = unique("thcs-");
        PortalClient district = districtAdmin();
        long importing = System.nanoTime();
        PortalClient.Reply imported = importArchive(district, archive, copy, null);
        long done = System.nanoTime();
        assertEquals(201, imported.status(), imported.body());
        JsonObject counts = imported.json().getJsonObject("counts");
        // The figures docs/performance.md quotes for the demo school.
        System.out.printf("Demo school archive: %d content items, %d files, %.2f MB; export %.2f s, import %.2f s%n",
                counts.getInt("content_item"), counts.getInt("files"), archive.length / 1e6,
                (exported - started) / 1e9, (done - importing) / 1e9);
        assertEquals(manifest.getJsonObject("counts"), counts);
        assertTrue(counts.getInt("content_item") > 0 && counts.getInt("files") > 0);

        assertEquals(publicPage(DEMO, ""), publicPage(copy, ""));
        assertTrue(hits(DEMO, "khai giảng") > 0);
        for (String q : new String[] {"khai giảng", "thông báo", "giáo án"}) {
            assertEquals(hits(DEMO, q), hits(copy, q), q);
        }
        YearMonth now = YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        for (YearMonth month = now.minusMonths(11); !month.isAfter(now); month = month.plusMonths(1)) {
            assertEquals(auditFigures(DEMO, month), auditFigures(copy, month), month.toString());
        }
        JsonObject verified = districtAdmin().get("api/v1/schools/" + copy + "/logbook/verify").json();
        assertTrue(verified.getBoolean("intact"), verified.toString());
        assertEquals(counts.getInt("logbook_entry") + 1, verified.getJsonNumber("entriesChecked").longValue());
    }

    @Test
    void aTamperedArchiveIsRefusedAndNothingIsWritten() {
        String code = newSchoolWithAdmin("qt-sua");
        Map<String, byte[]> entries = entries(export(code, false, null));
        String accounts = new String(entries.get("account.jsonl"), StandardCharsets.UTF_8);
        assertTrue(accounts.contains("\"qt-sua\""));
        entries.put("account.jsonl", accounts.replace("\"qt-sua\"", "\"ke-mao-danh\"")
                .getBytes(StandardCharsets.UTF_8));
        String copy = unique("thcs-");
        PortalClient.Reply refused = importArchive(districtAdmin(), zip(entries), copy, null);
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains("archive-rejected"), refused.body());
        assertEquals(404, anonymous().get("api/v1/schools/" + copy).status());
    }

    @Test
    void aFailureAtTheLastRowLeavesNeitherRowsNorFiles() throws Exception {
        String code = newSchoolWithAdmin("qt-hong");
        Map<String, byte[]> entries = entries(export(code, false, null));
        // A file no school has, then a last row the database refuses: both must be gone after the failure.
        byte[] content = ("tệp chỉ có trong tệp lưu trữ " + unique("")).getBytes(StandardCharsets.UTF_8);
        String sha = sha256(content);
        entries.put("files/" + sha, content);
        JsonObject manifest = json(entries.get("manifest.json"));
        String last = manifest.getJsonObject("counts").keySet().stream().filter(k -> !k.equals("files"))
                .reduce((a, b) -> b).orElseThrow();
        entries.put(last + ".jsonl", (new String(entries.get(last + ".jsonl"), StandardCharsets.UTF_8)
                + "{\"id\":1}\n").getBytes(StandardCharsets.UTF_8));
        String copy = unique("thcs-");
        PortalClient.Reply refused = importArchive(districtAdmin(), zip(rehash(entries)), copy, null);
        assertEquals(400, refused.status(), refused.body());
        assertEquals(404, anonymous().get("api/v1/schools/" + copy).status());
        assertEquals(0, ItDatabase.query("SELECT id FROM account WHERE login_scope = ?", copy).size());
        Path blob = Path.of(System.getProperty("portal.it.data"), "files", sha.substring(0, 2), sha.substring(2, 4), sha);
        assertFalse(Files.exists(blob), blob.toString());
    }

    @Test
    void secretsTravelOnlySealedAndSignInWorksAfterTheImport() {
        String code = newSchoolWithAdmin("qt-bi-mat");
        byte[] sealed = export(code, true, PASSPHRASE);
        assertFalse(sealed[0] == 'P' && sealed[1] == 'K', "a sealed archive is not a readable ZIP");
        assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains("PBKDF2"));
        String copy = unique("thcs-");
        assertEquals(400, importArchive(districtAdmin(), sealed, copy, null).status());
        assertEquals(400, importArchive(districtAdmin(), sealed, copy, "mot cum mat khau sai").status());
        PortalClient.Reply imported = importArchive(districtAdmin(), sealed, copy, PASSPHRASE);
        assertEquals(201, imported.status(), imported.body());
        assertNotEquals(null, anonymous().as(copy, "qt-bi-mat", "mat-khau-quan-tri"));
    }

    @Test
    void aBackupTakenWhileRunningRestoresIntoAnEmptyDatabase() throws Exception {
        assertEquals(401, anonymous().post("api/v1/admin/backup", "").status());
        String code = newSchoolWithAdmin("qt-sao-luu");
        assertEquals(403, anonymous().as(code, "qt-sao-luu", "mat-khau-quan-tri").post("api/v1/admin/backup", "")
                .status());
        // Enrolling an authenticator makes the portal's secret key (it is created on first use).
        assertEquals(200, anonymous().as(code, "qt-sao-luu", "mat-khau-quan-tri").post("api/v1/me/two-factor", "")
                .status());
        PortalClient.Reply reply = districtAdmin().post("api/v1/admin/backup", "");
        assertEquals(200, reply.status(), reply.body());
        Map<String, Long> live = stableCounts(ItDatabase.connect());
        Path data = Path.of(System.getProperty("portal.it.data"));
        Path backup = data.resolve(reply.json().getString("directory"));
        assertEquals(-1, Files.mismatch(data.resolve("keys/portal-secret.key"),
                backup.resolve("keys/portal-secret.key")));
        try (Restored restored = Restored.of(backup)) {
            assertEquals(live, stableCounts(ItDatabase.connect(restored.url)));
            // Every file a restored row names is in the backup, with the content its name promises.
            try (java.sql.Connection db = ItDatabase.connect(restored.url);
                 java.sql.ResultSet shas = db.createStatement().executeQuery(
                         "SELECT DISTINCT sha256 FROM attachment")) {
                int files = 0;
                while (shas.next()) {
                    String sha = shas.getString(1);
                    assertEquals(sha, sha256(Files.readAllBytes(backup.resolve("files").resolve(sha.substring(0, 2))
                            .resolve(sha.substring(2, 4)).resolve(sha))));
                    files++;
                }
                assertTrue(files > 0);
            }
        }
    }

    /** Rows no background work writes while the test runs (counters and sign-ins do). */
    private static Map<String, Long> stableCounts(java.sql.Connection connection) throws java.sql.SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (connection) {
            for (String table : new String[] {"school", "account", "content_item", "content_attribute", "attachment",
                    "layer1_category", "layer1_revision", "layer1_album", "layer2_folder", "audit_report",
                    "teaching_assignment"}) {
                try (java.sql.ResultSet n = connection.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
                    n.next();
                    counts.put(table, n.getLong(1));
                }
            }
        }
        return counts;
    }

    /** A backup's database restored beside the live one: H2's zip unpacked, or pg_restore into a new database. */
    private record Restored(String url, Runnable cleanUp) implements AutoCloseable {

        static Restored of(Path backup) throws IOException, InterruptedException {
            String live = ItDatabase.url();
            if (live.startsWith("jdbc:h2:")) {
                Path dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "restored-h2-");
                String name = null;
                try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(backup.resolve("database.zip")))) {
                    for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
                        Files.copy(zip, dir.resolve(e.getName()));
                        if (e.getName().endsWith(".mv.db")) {
                            name = e.getName().substring(0, e.getName().length() - ".mv.db".length());
                        }
                    }
                }
                return new Restored("jdbc:h2:file:" + dir.resolve(name), () -> { });
            }
            java.net.URI uri = java.net.URI.create(live.substring("jdbc:".length()));
            String database = unique("restored_").replace('-', '_');
            String user = System.getProperty("it.db.user", "postgres");
            run("createdb", "-h", uri.getHost(), "-p", Integer.toString(uri.getPort()), "-U", user, database);
            run("pg_restore", "--no-owner", "--no-acl", "-h", uri.getHost(), "-p", Integer.toString(uri.getPort()), "-U", user,
                    "-d", database, backup.resolve("database.dump").toString());
            return new Restored("jdbc:postgresql://" + uri.getHost() + ":" + uri.getPort() + "/" + database, () -> {
                try {
                    run("dropdb", "-h", uri.getHost(), "-p", Integer.toString(uri.getPort()), "-U", user, database);
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
        }

        private static void run(String... command) throws IOException, InterruptedException {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, process.waitFor(), String.join(" ", command) + ": " + output);
        }

        @Override
        public void close() {
            cleanUp.run();
        }
    }

    private byte[] export(String code, boolean secrets, String passphrase) {
        PortalClient district = districtAdmin();
        HttpRequest.Builder request = district.request("api/v1/schools/" + code + "/export"
                + (secrets ? "?secrets=true" : "")).GET();
        if (passphrase != null) {
            request.header("X-Archive-Passphrase", passphrase);
        }
        HttpResponse<byte[]> reply = district.sendBytes(request);
        assertEquals(200, reply.statusCode());
        return reply.body();
    }

    private PortalClient.Reply importArchive(PortalClient client, byte[] archive, String code, String passphrase) {
        HttpRequest.Builder request = client.request("api/v1/schools/import?code=" + code)
                .header("Content-Type", "application/zip").POST(HttpRequest.BodyPublishers.ofByteArray(archive));
        if (passphrase != null) {
            request.header("X-Archive-Passphrase", passphrase);
        }
        return client.send(request);
    }

    /** A public page with what differs by nature taken out: the code, ids and counters (digits), nonces. */
    private String publicPage(String code, String page) {
        PortalClient.Reply reply = anonymous().get("schools/" + code + "/" + page);
        assertEquals(200, reply.status());
        return reply.body().replace(code, "CODE").replaceAll("nonce-[^'\"]+|nonce=\"[^\"]*\"", "")
                .replaceAll("[0-9]+", "#");
    }

    private int hits(String code, String q) {
        return districtAdmin().get("api/v1/schools/" + code + "/search?q="
                + URLEncoder.encode(q, StandardCharsets.UTF_8)).json().getInt("total");
    }

    /** The audit's numbers: the total and each criterion's points. */
    private Map<String, String> auditFigures(String code, YearMonth month) {
        JsonObject audit = districtAdmin().get("api/v1/schools/" + code + "/audit?month=" + month
                + "&rules=8265-2021").json();
        Map<String, String> figures = new TreeMap<>();
        audit.forEach((k, v) -> {
            if (v.getValueType() == JsonValue.ValueType.NUMBER) {
                figures.put(k, v.toString());
            }
        });
        audit.getJsonArray("criteria").stream().map(JsonObject.class::cast).forEach(c -> c.forEach((k, v) -> {
            if (v.getValueType() == JsonValue.ValueType.NUMBER) {
                figures.put(c.getString("id") + "." + k, v.toString());
            }
        }));
        return figures;
    }

    private static Map<String, byte[]> entries(byte[] archive) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return entries;
    }

    private static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return bytes.toByteArray();
    }

    /** The manifest rewritten with every entry's real hash: an archive that passes verification. */
    private static Map<String, byte[]> rehash(Map<String, byte[]> entries) {
        JsonObject manifest = json(entries.get("manifest.json"));
        JsonObjectBuilder hashes = Json.createObjectBuilder();
        entries.forEach((name, content) -> {
            if (!name.equals("manifest.json")) {
                hashes.add(name, sha256(content));
            }
        });
        entries.put("manifest.json", Json.createObjectBuilder(manifest).add("sha256", hashes).build().toString()
                .getBytes(StandardCharsets.UTF_8));
        return entries;
    }

    private static JsonObject json(byte[] content) {
        return Json.createReader(new StringReader(new String(content, StandardCharsets.UTF_8))).readObject();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
