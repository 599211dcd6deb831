package vn.eschool.portal.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
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
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import vn.eschool.portal.layer1.album.SampleJpeg;

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
    void theDemoSchoolImportedUnderANewCodeShowsTheSameSchool() throws IOException {
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
        JsonObject verified = districtAdmin().get("api/v1/schools/" + copy + "/logbook/verify").json();
        assertTrue(verified.getBoolean("intact"), verified.toString());
        assertEquals(counts.getInt("logbook_entry") + 1, verified.getJsonNumber("entriesChecked").longValue());

        // With its secrets, so that the board signs in to the copy and searches as the board. The demo, copied to a
        // school of its own (the other classes' demo school stays as it is), first gets a row of every kind it lacks.
        String source = unique("thcs-");
        PortalClient.Reply sourceImport = importArchive(district, export(DEMO, true, PASSPHRASE), source, PASSPHRASE);
        assertEquals(201, sourceImport.status(), sourceImport.body());
        addEveryKindTheDemoLacks(source);
        JsonObject sourceCounts = json(entries(export(source, false, null)).get("manifest.json"))
                .getJsonObject("counts");
        List<String> empty = sourceCounts.keySet().stream().filter(kind -> sourceCounts.getInt(kind) == 0).toList();
        assertEquals(List.of(), empty, "every kind has a row: " + sourceCounts);
        Set<String> schoolTables = new TreeSet<>(tablesWithASchoolColumn());
        // The search index's outbox: the index is rebuilt, not carried.
        schoolTables.remove("index_event");
        schoolTables.removeAll(sourceCounts.keySet());
        assertEquals(Set.of(), schoolTables, "every table holding a school's rows is a kind of its archive");
        byte[] sealed = export(source, true, PASSPHRASE);
        String sealedCopy = unique("thcs-");
        PortalClient.Reply sealedImport = importArchive(district, sealed, sealedCopy, PASSPHRASE);
        assertEquals(201, sealedImport.status(), sealedImport.body());
        // The export counted above is in the logbook the sealed one carries: one entry more.
        assertEquals(Json.createObjectBuilder(sourceCounts).add("logbook_entry",
                sourceCounts.getInt("logbook_entry") + 1).build(), sealedImport.json().getJsonObject("counts"));
        Map<String, String> original = fingerprint(source);
        Map<String, String> copied = fingerprint(sealedCopy);
        assertTrue(original.keySet().stream().filter(k -> k.startsWith("page ")).count() > 30, original.keySet()
                .toString());
        assertFalse(original.get("search anonymous khai giảng").startsWith("0\n"), "the demo school's opening day");
        assertTrue(original.keySet().stream().anyMatch(k -> k.contains("/tep-bai-viet/")),
                "the pictures inside the imported WordPress posts: " + original.keySet());
        assertSameSchool(original, copied);
        assertEquals(uploadersOfItems(source), uploadersOfItems(sealedCopy),
                "the lecture the district uploaded names the district's account in the copy too");
        // The PostgreSQL pass imports this archive into its own deployment and compares with this fingerprint.
        if (ItDatabase.url().startsWith("jdbc:h2:")) {
            Files.createDirectories(CROSS_DEPLOYMENT);
            Files.write(CROSS_DEPLOYMENT.resolve("demo-school.zip"), sealed);
            JsonObjectBuilder expected = Json.createObjectBuilder();
            copied.forEach(expected::add);
            Files.writeString(CROSS_DEPLOYMENT.resolve("demo-school.fingerprint.json"), expected.build().toString());
            // The district's prescribed folders every school has here (other IT classes add some): the other
            // deployment's district creates those it lacks before the import, as the import's refusal asks.
            Files.writeString(CROSS_DEPLOYMENT.resolve("district-folders.json"),
                    district.get("api/v1/district/folders").body());
        }
    }

    @Test
    void theH2PassArchiveImportedIntoAnotherDeploymentShowsTheSameSchool() throws IOException {
        Assumptions.assumeFalse(ItDatabase.url().startsWith("jdbc:h2:"),
                "the H2 pass writes the archive and fingerprint that the PostgreSQL pass imports and compares");
        Path archive = CROSS_DEPLOYMENT.resolve("demo-school.zip");
        Path fingerprint = CROSS_DEPLOYMENT.resolve("demo-school.fingerprint.json");
        Assumptions.assumeTrue(Files.exists(archive) && Files.exists(fingerprint), "no archive from an H2 pass in "
                + CROSS_DEPLOYMENT + ": run SchoolTransferIT on H2 first (as .ci/run does) to compare across databases");
        Set<String> here = districtAdmin().get("api/v1/district/folders").array().stream()
                .map(f -> ((JsonObject) f).getString("name")).collect(Collectors.toSet());
        for (JsonValue folder : Json.createReader(new StringReader(Files.readString(CROSS_DEPLOYMENT.resolve(
                "district-folders.json")))).readArray()) {
            String name = ((JsonObject) folder).getString("name");
            if (!here.contains(name)) {
                assertEquals(201, districtAdmin().post("api/v1/district/folders", Json.createObjectBuilder()
                        .add("name", name).build().toString()).status(), name);
            }
        }
        String copy = unique("thcs-");
        PortalClient.Reply imported = importArchive(districtAdmin(), Files.readAllBytes(archive), copy, PASSPHRASE);
        assertEquals(201, imported.status(), imported.body());
        Map<String, String> expected = new TreeMap<>();
        json(Files.readAllBytes(fingerprint)).forEach((k, v) -> expected.put(k, ((JsonString) v).getString()));
        Map<String, String> actual = fingerprint(copy);
        expected.keySet().removeIf(key -> key.startsWith(RANKED));
        actual.keySet().removeIf(key -> key.startsWith(RANKED));
        assertSameSchool(expected, actual);
    }

    /**
     * A school's rows that refer to the district's (its prescribed folders) are carried by the district row's name:
     * on another deployment, where the same prescribed folder has another id, the copy refers to that one.
     */
    @Test
    void districtRowsAreFoundByTheirNameWhereTheirIdsDiffer() throws Exception {
        Map<String, byte[]> entries = entries(export(DEMO, false, null));
        String district = "district/layer2_prescribed_folder.jsonl";
        assertTrue(entries.containsKey(district), entries.keySet().toString());
        // As another deployment would number them: every district id moved by a million.
        shiftIds(entries, district, "id");
        shiftIds(entries, "layer2_folder.jsonl", "prescribed_id");
        String copy = unique("thcs-");
        PortalClient.Reply imported = importArchive(districtAdmin(), zip(rehash(entries)), copy, null);
        assertEquals(201, imported.status(), imported.body());
        String folders = "SELECT f.name, f.prescribed_id FROM layer2_folder f JOIN school s ON s.id = f.school_id"
                + " WHERE s.code = ? AND f.prescribed_id IS NOT NULL ORDER BY f.name";
        List<Map<String, Object>> original = ItDatabase.query(folders, DEMO);
        assertFalse(original.isEmpty());
        assertEquals(original, ItDatabase.query(folders, copy));
    }

    /**
     * One row of each kind the demo school lacks, added through the API as its people would: a post through the
     * workflow (revisions, events), a reader's visit to it, a parent's question answered, the question form
     * switched, a topic of the article plan, a line of the school's calendar, an evidence file of the
     * self-assessment, the school's own school year, an item for named people, the site's settings and logo, a
     * lecture the district admin uploads for a teacher (the district's account, found by its username on import),
     * and a WordPress import (the pictures its posts show, the old addresses, what it recorded as imported).
     */
    private void addEveryKindTheDemoLacks(String code) throws IOException {
        String api = "api/v1/schools/" + code;
        PortalClient board = anonymous().as(code, "hieutruong", "demo-2026");
        PortalClient editor = anonymous().as(code, "bientap", "demo-2026");
        long news = anonymous().get(api + "/categories").array().stream().map(JsonObject.class::cast)
                .filter(c -> c.getString("slug").equals("tin-tuc-su-kien")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        PortalClient.Reply drafted = editor.post(api + "/posts",
                postJson(news, "<p>Học sinh kể chuyện theo sách.</p>"));
        assertEquals(201, drafted.status(), drafted.body());
        String postPath = api + "/posts/" + drafted.json().getJsonNumber("id");
        assertEquals(200, editor.put(postPath, postJson(news, "<p>Học sinh lớp 6 kể chuyện theo sách.</p>")).status());
        assertEquals(200, editor.post(postPath + "/submit", "{}").status());
        assertEquals(200, board.post(postPath + "/approve", "{}").status());
        // A reader of it, in the daily counts once the counters are flushed.
        assertEquals(200, anonymous().get("schools/" + code + "/bai-viet/" + drafted.json().getJsonNumber("id"))
                .status());
        assertEquals(200, districtAdmin().post("api/v1/admin/stats/flush", "").status());

        // The form takes 5 questions an hour from one address, and other classes ask from 127.0.0.1: this parent
        // asks from an address of its own.
        String contact = "schools/" + code + "/lien-he";
        String page = requestFrom("127.0.0.2", "GET", contact, "", new byte[0]);
        String cookies = page.lines().takeWhile(line -> !line.isEmpty())
                .filter(line -> line.regionMatches(true, 0, "Set-Cookie:", 0, 11))
                .map(line -> line.substring(11).strip().split(";", 2)[0]).collect(Collectors.joining("; "));
        String question = "Xin hỏi lịch họp phụ huynh học kì II?";
        String form = Stream.of("_csrf=" + hidden(page, "_csrf"), "dau=" + hidden(page, "dau"),
                "hoTen=Nguyễn Văn An", "lienHe=0912 345 678", "cauHoi=" + question, "website=")
                .map(field -> field.substring(0, field.indexOf('=') + 1)
                        + URLEncoder.encode(field.substring(field.indexOf('=') + 1), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        assertEquals(303, status(requestFrom("127.0.0.2", "POST", contact, "Cookie: " + cookies
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\n", form.getBytes(StandardCharsets.UTF_8))));
        JsonObject asked = editor.get(api + "/questions?unanswered=true").array().stream()
                .map(JsonObject.class::cast).filter(q -> q.getString("question").equals(question)).findFirst()
                .orElseThrow();
        assertEquals(200, editor.post(api + "/questions/" + asked.getJsonNumber("id") + "/answer",
                "{\"answer\":\"Nhà trường họp phụ huynh ngày 15/1.\",\"showInFaq\":true}").status());
        assertEquals(200, board.put(api + "/questions/form", "{\"open\":false}").status());
        assertEquals(200, board.put(api + "/questions/form", "{\"open\":true}").status());

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        assertEquals(201, editor.post(api + "/article-plan", Json.createObjectBuilder()
                .add("month", YearMonth.from(today).toString()).add("topic", "Ngày hội đọc sách")
                .add("writer", "bientap").add("deadline", today.plusDays(5).toString()).build().toString()).status());
        assertEquals(201, board.post(api + "/audit/calendar", Json.createObjectBuilder()
                .add("name", "Hội thi Rung chuông vàng").add("day", today.getDayOfMonth())
                .add("month", today.getMonthValue()).add("year", today.getYear()).build().toString()).status());
        YearMonth month = YearMonth.from(today);
        int startYear = month.getMonthValue() >= 9 ? month.getYear() : month.getYear() - 1;
        PortalClient.Reply evidence = board.upload(api + "/self-assessment/evidence?year=" + startYear + "-"
                + (startYear + 1) + "&month=" + month + "&criterion=III.1.2", "bien-ban.txt",
                "Biên bản bàn giao thiết bị năm học".getBytes(StandardCharsets.UTF_8));
        assertEquals(201, evidence.status(), evidence.body());
        PortalClient.Reply schoolYear = board.put(api + "/school-year?year=" + startYear + "-" + (startYear + 1),
                Json.createObjectBuilder().add("firstDay", startYear + "-09-05")
                        .add("lastDay", (startYear + 1) + "-05-31").build().toString());
        assertEquals(200, schoolYear.status(), schoolYear.body());

        long internal = board.get(api + "/folders").array().stream().map(JsonObject.class::cast)
                .filter(f -> f.getString("name").equals("Văn bản nội bộ")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        assertEquals(201, board.post(api + "/folders/" + internal + "/items",
                "{\"title\":\"Phân công coi thi\",\"people\":[\"gv02\"]}").status());

        assertEquals(200, board.put(api + "/site-settings",
                "{\"motto\":\"Học để biết, học để làm người\",\"theme\":\"xanh-la\"}").status());
        assertEquals(200, board.upload(api + "/site-settings/logo", "bieu-trung.jpg",
                SampleJpeg.scene(200, 200, 7, "Sơn Ca")).status());

        assertEquals(201, uploadLectureAsDistrict(code, "gv01").status());

        PortalClient.Reply imported = board.multipartParts("POST", api + "/import/wordpress?commit=true",
                Map.of("authors", "thaytuan=bientap"), Map.of(
                        "wxr", Map.of("truong-cu.xml", resource("../layer1-public/src/test/resources/migration/"
                                + "wordpress-export.xml")),
                        "uploads", Map.of("uploads.zip", zip(Map.of("wp-content/uploads/2023/09/anh-khai-giang.jpg",
                                SampleJpeg.scene(640, 480, 13, "Khai giảng " + code))))));
        assertEquals(200, imported.status(), imported.body());
    }

    /** The tables of this database with a {@code school_id} column (H2 and PostgreSQL alike). */
    private static List<String> tablesWithASchoolColumn() {
        try {
            return ItDatabase.query("SELECT DISTINCT LOWER(table_name) AS name FROM information_schema.columns"
                    + " WHERE LOWER(column_name) = 'school_id' AND LOWER(table_schema) = 'public'").stream()
                    .map(row -> (String) row.get("name")).toList();
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static String postJson(long categoryId, String body) {
        return Json.createObjectBuilder().add("categoryId", categoryId).add("title", "Hội thi kể chuyện theo sách")
                .add("summary", "Học sinh kể chuyện").add("body", body).build().toString();
    }

    /**
     * A lecture the district admin uploads for {@code teacher}, in a class the school's plan gives them when it has
     * one: the item and its file name the district's account as their uploader.
     */
    private PortalClient.Reply uploadLectureAsDistrict(String code, String teacher) {
        Map<String, String> fields = new HashMap<>(Map.of("title", "Phân số", "subject", "Toán", "grade", "6",
                "className", "6A1", "author", teacher));
        try {
            ItDatabase.query("SELECT ta.subject, ta.class_name, tc.grade FROM teaching_assignment ta"
                    + " JOIN account a ON a.id = ta.account_id JOIN teaching_class tc ON tc.school_id = ta.school_id"
                    + " AND tc.school_year = ta.school_year AND tc.name = ta.class_name"
                    + " WHERE a.login_scope = ? AND a.username = ? ORDER BY ta.school_year DESC", code, teacher)
                    .stream().findFirst().ifPresent(assigned -> fields.putAll(Map.of(
                            "subject", (String) assigned.get("subject"),
                            "className", (String) assigned.get("class_name"),
                            "grade", String.valueOf(assigned.get("grade")))));
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
        return districtAdmin().multipart("POST", "api/v1/schools/" + code + "/lectures", fields,
                Map.of("phan-so.txt", ("Bài giảng phân số của " + code).getBytes(StandardCharsets.UTF_8)));
    }

    /** The usernames that the school's items (lectures) name as their uploader, sorted. */
    private static List<String> uploadersOfItems(String code) {
        try {
            return ItDatabase.query("SELECT u.username FROM content_item c JOIN school s ON s.id = c.school_id"
                    + " LEFT JOIN account u ON u.id = c.uploaded_by WHERE s.code = ? AND c.uploaded_by IS NOT NULL"
                    + " ORDER BY u.username", code).stream().map(row -> String.valueOf(row.get("username"))).toList();
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] resource(String path) {
        try {
            return Files.readAllBytes(Path.of(path));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * The district's accounts a school's rows name (here a lecture the district admin uploaded) are carried by their
     * username: on another deployment, where the district admin has another id, the copy names that one; where no
     * district account has that username, the reference is left empty (never an id of the other deployment).
     */
    @Test
    void districtAccountsAreFoundByTheirUsernameOrLeftEmpty() throws Exception {
        String code = newSchoolWithAdmin("qt-quan");
        assertEquals(201, districtAdmin().post("api/v1/schools/" + code + "/accounts", Json.createObjectBuilder()
                .add("username", "gv-quan").add("fullName", "Giáo Viên Quận").add("role", "TEACHER")
                .add("password", "mat-khau-giao-vien").build().toString()).status());
        PortalClient.Reply lecture = uploadLectureAsDistrict(code, "gv-quan");
        assertEquals(201, lecture.status(), lecture.body());
        long admin = ((Number) ItDatabase.query("SELECT id FROM account WHERE school_id IS NULL AND username = ?",
                "admin").get(0).get("id")).longValue();
        assertEquals(List.of("admin"), uploadersOfItems(code));
        Map<String, byte[]> entries = entries(export(code, false, null));
        String accounts = new String(entries.get("district/account.jsonl"), StandardCharsets.UTF_8);
        assertTrue(accounts.contains("\"admin\""), accounts);
        assertFalse(accounts.contains("password_hash") || accounts.contains("full_name"), "only the id and key: "
                + accounts);

        // As another deployment would number it: the district admin's id moved by a million, wherever it is named.
        Map<String, byte[]> elsewhere = new LinkedHashMap<>(entries);
        elsewhere.replaceAll((entry, content) -> !entry.endsWith(".jsonl") ? content : ACCOUNT_REFERENCE.matcher(
                new String(content, StandardCharsets.UTF_8)).replaceAll(m -> m.group(2).equals(Long.toString(admin))
                        && (m.group(1).equals("id") == entry.equals("district/account.jsonl"))
                        ? "\"" + m.group(1) + "\":" + (admin + 1_000_000) : Matcher.quoteReplacement(m.group()))
                .getBytes(StandardCharsets.UTF_8));
        assertTrue(new String(elsewhere.get("content_item.jsonl"), StandardCharsets.UTF_8)
                .contains("\"uploaded_by\":" + (admin + 1_000_000)), "the reference moved with the id");
        String copy = unique("thcs-");
        PortalClient.Reply imported = importArchive(districtAdmin(), zip(rehash(elsewhere)), copy, null);
        assertEquals(201, imported.status(), imported.body());
        assertEquals(List.of("admin"), uploadersOfItems(copy));

        // A deployment whose district has no account of that name: the lecture keeps no uploader.
        Map<String, byte[]> unknown = new LinkedHashMap<>(entries);
        unknown.put("district/account.jsonl", accounts.replace("\"admin\"", "\"khong-co-ai\"")
                .getBytes(StandardCharsets.UTF_8));
        String orphan = unique("thcs-");
        PortalClient.Reply withoutUploader = importArchive(districtAdmin(), zip(rehash(unknown)), orphan, null);
        assertEquals(201, withoutUploader.status(), withoutUploader.body());
        assertEquals(List.of(), uploadersOfItems(orphan));
        assertEquals(1, ItDatabase.query("SELECT c.id FROM content_item c JOIN school s ON s.id = c.school_id"
                + " WHERE s.code = ? AND c.type = ?", orphan, "LECTURE").size(), "the lecture itself is there");
    }

    /** A column naming an account (the district's own rows: its {@code id}), with its value. */
    private static final Pattern ACCOUNT_REFERENCE = Pattern.compile("\"(id|account_id|author_id|uploaded_by"
            + "|actor_id|answered_by|created_by|writer_id|published_by|updated_by)\":(\\d+)(?=[,}])");

    private static void shiftIds(Map<String, byte[]> entries, String entry, String column) {
        String text = new String(entries.get(entry), StandardCharsets.UTF_8);
        entries.put(entry, Pattern.compile("(\"" + column + "\":)(\\d+)").matcher(text)
                .replaceAll(m -> m.group(1) + (Long.parseLong(m.group(2)) + 1_000_000)).getBytes(StandardCharsets.UTF_8));
    }

    /** Where the H2 pass leaves the demo school's archive for the PostgreSQL pass (it-data is removed between). */
    private static final Path CROSS_DEPLOYMENT = Path.of(System.getProperty("portal.it.data")).getParent()
            .resolve("transfer-it");

    private static final String[] QUERIES = {"khai giảng", "thông báo", "giáo án", "kế hoạch", "học sinh", "tổ"};

    /** Key by key: a failure names every page, query or month that differs, and shows where. */
    private static void assertSameSchool(Map<String, String> expected, Map<String, String> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        List<String> differences = new ArrayList<>();
        expected.forEach((key, value) -> {
            String other = actual.get(key);
            if (!value.equals(other)) {
                int at = 0;
                while (at < Math.min(value.length(), other.length()) && value.charAt(at) == other.charAt(at)) {
                    at++;
                }
                differences.add(key + " at " + at + ": expected …" + around(value, at) + "… but was …"
                        + around(other, at) + "…");
            }
        });
        assertTrue(differences.isEmpty(), differences.size() + " differ:\n" + String.join("\n", differences));
    }

    private static String around(String text, int at) {
        return text.substring(Math.max(0, at - 120), Math.min(text.length(), at + 120));
    }

    /**
     * What a school shows, with what differs by nature between two copies taken out (the code, ids in addresses,
     * nonces): every public page reached from its home page, the titles search finds for anonymous visitors and for
     * the board, and the audit of each of the last 24 months.
     */
    private Map<String, String> fingerprint(String code) {
        Map<String, String> shown = new TreeMap<>();
        Normaliser normaliser = new Normaliser(code, base.toString());
        Deque<String> toVisit = new ArrayDeque<>(List.of("schools/" + code));
        Set<String> seen = new HashSet<>(toVisit);
        PortalClient anonymous = anonymous();
        while (!toVisit.isEmpty()) {
            String path = toVisit.poll();
            HttpResponse<byte[]> reply = anonymous.bytes(path);
            String type = reply.headers().firstValue("Content-Type").orElse("");
            String key = "page " + normaliser.apply("/" + path);
            if (!type.startsWith("text/html") && !type.contains("xml")) {
                shown.put(key, reply.statusCode() + " " + type + " " + sha256(reply.body()));
                continue;
            }
            String body = new String(reply.body(), StandardCharsets.UTF_8);
            Matcher link = Pattern.compile("(?:href|src)=\"/(schools/" + Pattern.quote(code)
                    + "(?:/[^\"#]*)?)\"").matcher(body);
            while (link.find()) {
                String next = link.group(1).replace("&amp;", "&");
                if (!next.contains("/tim-kiem") && seen.size() < 600 && seen.add(next)) {
                    toVisit.add(next);
                }
            }
            shown.put(key, reply.statusCode() + " " + normaliser.apply(body));
        }
        PortalClient board = anonymous().as(code, "hieutruong", "demo-2026");
        for (String q : QUERIES) {
            shown.put("search anonymous " + q, titlesFound(anonymous, code, q));
            shown.put("search board " + q, titlesFound(board, code, q));
            shown.put(RANKED + "anonymous " + q, titlesRanked(anonymous, code, q));
            shown.put(RANKED + "board " + q, titlesRanked(board, code, q));
        }
        YearMonth now = YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        for (YearMonth month = now.minusMonths(23); !month.isAfter(now); month = month.plusMonths(1)) {
            shown.put("audit " + month, normaliser.apply(districtAdmin().get("api/v1/schools/" + code
                    + "/audit?month=" + month + "&rules=8265-2021").body()));
        }
        return shown;
    }

    /**
     * Keys of the first page of hits in rank order. Ranks depend on the whole index's term statistics (BM25), which
     * include the other schools of a deployment: they are compared within one deployment only.
     */
    private static final String RANKED = "ranked search ";

    /** The first page of titles a search finds, in their order, with the total. */
    private static String titlesRanked(PortalClient client, String code, String q) {
        JsonObject found = search(client, code, q, 0);
        return found.getJsonNumber("total") + "\n" + found.getJsonArray("hits").stream().map(JsonObject.class::cast)
                .map(h -> h.getString("title")).collect(Collectors.joining("\n"));
    }

    /** Every title a search finds, page after page, sorted: what it finds whatever the ranking. */
    private static String titlesFound(PortalClient client, String code, String q) {
        List<String> titles = new ArrayList<>();
        int total;
        int page = 0;
        do {
            JsonObject found = search(client, code, q, page++);
            total = found.getInt("total");
            JsonArray hits = found.getJsonArray("hits");
            assertFalse(hits.isEmpty() && titles.size() < total, q + ": page " + page + " is empty before " + total);
            hits.stream().map(h -> ((JsonObject) h).getString("title")).forEach(titles::add);
        } while (titles.size() < total);
        Collections.sort(titles);
        return total + "\n" + String.join("\n", titles);
    }

    private static JsonObject search(PortalClient client, String code, String q, int page) {
        return client.get("api/v1/schools/" + code + "/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)
                + "&page=" + page).json();
    }

    /**
     * A school's code and the ids in its addresses and JSON replaced by the order they first appear in (so the
     * same page of two copies reads the same when each id of one maps to one id of the other), the portal's own
     * address in absolute links too; nonces, form tokens and the visit counters removed.
     */
    private static final class Normaliser {

        private static final Pattern ID = Pattern.compile(
                "(/schools/CODE/[^\"'\\s<>?#]*?/)(\\d+)(?=[/\"'\\s<>?#&]|$)|(\"(?:id|[a-zA-Z]+Id)\":)(\\d+)");
        private final String code;
        private final String origin;
        private final Map<String, String> aliases = new HashMap<>();

        /** {@code base}: the test portal's address, which absolute links carry (its port differs per run). */
        Normaliser(String code, String base) {
            this.code = code;
            this.origin = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        }

        String apply(String text) {
            String coded = text.replace(origin, "ORIGIN").replaceAll("(?<![\\w-])" + Pattern.quote(code) + "(?![\\w-])", "CODE")
                    .replaceAll("nonce-[^'\"]+|nonce=\"[^\"]*\"", "")
                    .replaceAll("name=\"(_csrf|dau)\" value=\"[^\"]*\"", "")
                    // The site's counters move with every visit, the walk's own included.
                    .replaceAll("<p class=\"site-counters\">[^<]*</p>", "");
            Matcher m = ID.matcher(coded);
            StringBuilder out = new StringBuilder(coded.length());
            while (m.find()) {
                String replacement = m.group(1) != null
                        ? m.group(1) + alias(m.group(1) + m.group(2))
                        : m.group(3) + alias(m.group(3) + m.group(4));
                m.appendReplacement(out, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(out);
            return out.toString();
        }

        private String alias(String id) {
            return aliases.computeIfAbsent(id, k -> "#" + aliases.size());
        }
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
    void anArchiveSayingItCarriesSecretsWithoutBeingSealedIsRefusedAndNothingIsWritten() throws Exception {
        String code = newSchoolWithAdmin("qt-ho");
        Map<String, byte[]> entries = entries(export(code, false, null));
        entries.put("manifest.json", Json.createObjectBuilder(json(entries.get("manifest.json"))).add("secrets", true)
                .build().toString().getBytes(StandardCharsets.UTF_8));
        String copy = unique("thcs-");
        for (String passphrase : new String[] {null, PASSPHRASE}) {
            PortalClient.Reply refused = importArchive(districtAdmin(), zip(entries), copy, passphrase);
            assertEquals(400, refused.status(), refused.body());
            assertTrue(refused.isProblem() && refused.body().contains("archive-rejected"), refused.body());
        }
        assertEquals(404, anonymous().get("api/v1/schools/" + copy).status());
        assertEquals(0, ItDatabase.query("SELECT id FROM account WHERE login_scope = ?", copy).size());
    }

    @Test
    void anArchiveSentAsAFormsFileIsImportedSealedWithThePassphraseField() {
        String code = newSchoolWithAdmin("qt-bieu-mau");
        String copy = unique("thcs-");
        PortalClient.Reply imported = districtAdmin().multipart("POST", "api/v1/schools/import?code=" + copy,
                Map.of(), Map.of("truong.zip", export(code, false, null)));
        assertEquals(201, imported.status(), imported.body());
        assertEquals(copy, imported.json().getString("code"));
        assertEquals(200, anonymous().get("api/v1/schools/" + copy).status());

        String sealedCopy = unique("thcs-");
        PortalClient.Reply sealed = districtAdmin().multipart("POST", "api/v1/schools/import?code=" + sealedCopy,
                Map.of("passphrase", PASSPHRASE), Map.of("truong.zip.enc", export(code, true, PASSPHRASE)));
        assertEquals(201, sealed.status(), sealed.body());
        assertNotEquals(null, anonymous().as(sealedCopy, "qt-bieu-mau", "mat-khau-quan-tri"));
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
