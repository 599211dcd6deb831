package vn.eschool.portal.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The audit end to end: a school's month counted from what its people did through the API, the II.2.1 band worked
 * out by hand, the index checked against the database, the district overview, and who may read what.
 */
class AuditIT extends PortalIT {

    private static final String DEMO = "thcs-sonca";
    private static final String DEMO_PASSWORD = "demo-2026";
    private static final String PASSWORD = "mat-khau-kiem-tra";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final YearMonth THIS_MONTH = YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    private PortalClient inspector() {
        String username = unique("tt");
        assertEquals(201, districtAdmin().post("api/v1/accounts", account(username, "INSPECTOR")).status());
        return anonymous().as("", username, PASSWORD);
    }

    private static String account(String username, String role) {
        return Json.createObjectBuilder().add("username", username).add("fullName", "Người Kiểm Thử " + username)
                .add("role", role).add("password", PASSWORD).build().toString();
    }

    /** A new school with its board, an editor and two teachers; returns its code. */
    private String freshSchool(String... teachers) {
        PortalClient district = districtAdmin();
        String code = unique("th-kt-");
        assertEquals(201, district.post("api/v1/schools",
                "{\"code\":\"" + code + "\",\"name\":\"Trường Tiểu học Kiểm Tra " + code + "\",\"level\":\"TH\"}").status());
        for (String[] person : List.of(new String[] {"bgh", "SCHOOL_ADMIN"}, new String[] {"btv", "EDITOR"})) {
            assertEquals(201, district.post("api/v1/schools/" + code + "/accounts", account(person[0], person[1])).status());
        }
        for (String teacher : teachers) {
            assertEquals(201, district.post("api/v1/schools/" + code + "/accounts", account(teacher, "TEACHER")).status());
        }
        return code;
    }

    /** Posts a news item through the editor → board flow; returns the category's name. */
    private String publishNews(String code, String title) {
        String api = "api/v1/schools/" + code;
        PortalClient editor = anonymous().as(code, "btv", PASSWORD);
        JsonObject category = editor.get(api + "/categories").array().stream().map(JsonObject.class::cast)
                .filter(c -> c.getString("slug").equals("tin-tuc-su-kien")).findFirst().orElseThrow();
        PortalClient.Reply created = editor.post(api + "/posts", Json.createObjectBuilder()
                .add("categoryId", category.getJsonNumber("id").longValue()).add("title", title)
                .add("body", "<p>" + title + "</p>").build().toString());
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        assertEquals(200, editor.post(api + "/posts/" + id + "/submit", "{}").status());
        JsonObject approved = anonymous().as(code, "bgh", PASSWORD).post(api + "/posts/" + id + "/approve", "{}").json();
        assertEquals("PUBLISHED", approved.getString("status"));
        return category.getString("name");
    }

    /** Uploads a small e-lecture through the API; {@code extra} are more form fields (name, value, …). */
    private static long uploadLecture(PortalClient client, String code, String title, String... extra) {
        Map<String, String> fields = new LinkedHashMap<>(Map.of("title", title, "subject", "Toán", "grade", "5",
                "className", "5A1"));
        for (int i = 0; i < extra.length; i += 2) {
            fields.put(extra[i], extra[i + 1]);
        }
        PortalClient.Reply uploaded = client.multipart("POST", "api/v1/schools/" + code + "/lectures", fields,
                Map.of(unique("bai-giang-") + ".txt", (title + " " + unique("")).getBytes(StandardCharsets.UTF_8)));
        assertEquals(201, uploaded.status(), uploaded.body());
        return uploaded.json().getJsonArray("lectures").getJsonObject(0).getJsonNumber("id").longValue();
    }

    /** The e-lectures the audit counts for {@code username} in {@code month}. */
    private int lecturesCounted(String code, String username, YearMonth month) {
        JsonObject audit = anonymous().as(code, "bgh", PASSWORD)
                .get("api/v1/schools/" + code + "/audit?month=" + month + "&rules=8265-2021").json();
        return audit.getJsonArray("teachers").stream().map(JsonObject.class::cast)
                .filter(t -> t.getString("username").equals(username)).findFirst().orElseThrow().getInt("lectures");
    }

    private static JsonObject criterion(JsonObject audit, String id) {
        return audit.getJsonArray("criteria").stream().map(JsonObject.class::cast)
                .filter(c -> c.getString("id").equals(id)).findFirst().orElseThrow();
    }

    private static List<JsonObject> findings(JsonObject criterion, String kind) {
        return criterion.getJsonArray("findings").stream().map(JsonObject.class::cast)
                .filter(f -> f.getString("kind").equals(kind)).toList();
    }

    @Test
    void aFreshSchoolsMonthIsCountedAndTeachersWithoutLecturesAreShort() {
        String code = freshSchool("gva", "gvb");
        anonymous().as(code, "gva", PASSWORD);
        assertEquals(200, anonymous().as(code, "gva", PASSWORD).get("api/v1/schools/" + code + "/internal").status(),
                "gva opens Layer 2; gvb only signs in");
        anonymous().as(code, "gvb", PASSWORD);
        assertEquals(401, anonymous().post("api/v1/auth/token", "{\"school\":\"" + code
                + "\",\"username\":\"gvb\",\"password\":\"sai-mat-khau\"}").status(), "a failed sign-in is no login");
        String category = publishNews(code, "Hội thi giáo viên dạy giỏi cấp trường");

        JsonObject audit = anonymous().as(code, "bgh", PASSWORD)
                .get("api/v1/schools/" + code + "/audit?month=" + THIS_MONTH + "&rules=8265-2021").json();

        assertEquals("8265-2021", audit.getString("ruleSet"));
        List<JsonObject> teachers = audit.getJsonArray("teachers").stream().map(JsonObject.class::cast).toList();
        assertEquals(List.of("gva", "gvb"), teachers.stream().map(t -> t.getString("username")).toList(),
                "only teachers are listed, not the board or the editor");
        assertEquals(List.of(2, 1), teachers.stream().map(t -> t.getInt("logins")).toList());
        assertEquals(List.of(1, 0), teachers.stream().map(t -> t.getInt("layer2Visits")).toList());
        for (JsonObject teacher : teachers) {
            assertEquals(0, teacher.getInt("lectures"));
            assertEquals(0, teacher.getInt("lecturesWithSoftware"));
            assertEquals(0, teacher.getInt("posts"));
        }
        assertEquals(2, teachers.get(0).getJsonArray("findings").size(), teachers.get(0).toString());
        assertEquals(3, teachers.get(1).getJsonArray("findings").size(), "gvb never opened Layer 2");
        // Two teachers short of 3 lectures: band 1–2 → −2; the same two use no software → −2; "combine": "max" → −2.
        JsonObject lectures = criterion(audit, "II.2.1");
        assertEquals(2.0, lectures.getJsonNumber("deduction").doubleValue());
        assertEquals(3.0, lectures.getJsonNumber("score").doubleValue());
        assertTrue(lectures.getJsonArray("findings").getJsonObject(0).getString("clause").startsWith("II.2.1: "));

        JsonObject publicSite = criterion(audit, "II.3.1");
        assertTrue(findings(publicSite, "NEWS_CATEGORY").stream().noneMatch(f -> f.getString("subject").equals(category)),
                "the category posted to this month is not short");
        assertEquals(1, findings(publicSite, "ALBUM").size(), "no photos in the album");
        List<String> missingSections = findings(publicSite, "SECTION").stream().map(f -> f.getString("subject"))
                .toList();
        assertTrue(missingSections.contains("introduction"), "a new school has no introduction yet: " + missingSections);
        assertFalse(missingSections.contains("organisation"), "its board exists, so its organisation page does");
        assertTrue(findings(publicSite, "NOT_MEASURED").isEmpty(), "Layer 1 measures its sections");
        JsonObject internalSite = criterion(audit, "II.3.2");
        // One teacher who did not open Layer 2: band 1–2 → −3.
        assertEquals(2.0, internalSite.getJsonNumber("score").doubleValue(), internalSite.toString());
        assertTrue(internalSite.getJsonArray("findings").toString().contains("gvb"));
        assertFalse(audit.getJsonArray("notMeasured").toString().contains("LAYER2_VISITS"), "Layer 2 measures visits");
    }

    @Test
    void lecturesCountInTheirHanoiMonthAtTheirOriginalDateAndNotOnceDeleted() {
        String code = freshSchool();
        assertEquals(201, districtAdmin().post("api/v1/schools/" + code + "/accounts", Json.createObjectBuilder()
                .add("username", "gvc").add("fullName", "Giáo Viên Tổ Toán").add("role", "TEACHER")
                .add("password", PASSWORD).add("group", "Tổ Toán").build().toString()).status());
        PortalClient board = anonymous().as(code, "bgh", PASSWORD);
        // Migrated history, in Hà Nội time: 23:59 on 31 October is still October (06:59 on 1 November if the time
        // were read as UTC); 00:30 on 1 November is November (still 31 October in UTC). The import date is today.
        uploadLecture(board, code, "Phân số – tiết cuối tháng", "author", "gvc", "uploadedAt", "2025-10-31T23:59");
        uploadLecture(board, code, "Phân số – tiết đầu tháng", "author", "gvc", "uploadedAt", "2025-11-01T00:30");
        uploadLecture(board, code, "Số nguyên tố", "author", "gvc", "uploadedAt", "2025-09-15T08:00");

        assertEquals(1, lecturesCounted(code, "gvc", YearMonth.of(2025, 10)), "the last minute of October");
        assertEquals(1, lecturesCounted(code, "gvc", YearMonth.of(2025, 11)), "the first minutes of November");
        assertEquals(1, lecturesCounted(code, "gvc", YearMonth.of(2025, 9)), "the original month");
        assertEquals(0, lecturesCounted(code, "gvc", THIS_MONTH), "not the month it was imported");

        PortalClient teacher = anonymous().as(code, "gvc", PASSWORD);
        long recent = uploadLecture(teacher, code, "Góc và đường thẳng");
        assertEquals(1, lecturesCounted(code, "gvc", THIS_MONTH));
        assertEquals(204, teacher.delete("api/v1/schools/" + code + "/lectures/" + recent).status());
        assertEquals(0, lecturesCounted(code, "gvc", THIS_MONTH), "a deleted lecture no longer counts");
    }

    @Test
    void theIndexAgreesWithTheDatabaseAndTheAuditCountsTheDemoSchoolsLectures() {
        PortalClient inspector = inspector();
        JsonObject consistency = inspector.get("api/v1/schools/" + DEMO + "/audit/consistency?from="
                + THIS_MONTH.minusMonths(12) + "&to=" + THIS_MONTH).json();
        assertTrue(consistency.getBoolean("agree"), consistency.toString());
        assertEquals(0, consistency.getJsonArray("differences").size());
        assertEquals(consistency.getJsonNumber("databaseTotal"), consistency.getJsonNumber("indexTotal"));

        JsonObject busiest = consistency.getJsonArray("rows").stream().map(JsonObject.class::cast)
                .filter(row -> row.getString("type").equals("LECTURE"))
                .max(Comparator.comparingLong(row -> row.getJsonNumber("database").longValue())).orElseThrow();
        JsonObject audit = inspector.get("api/v1/schools/" + DEMO + "/audit?month=" + busiest.getString("month")).json();
        List<JsonObject> teachers = audit.getJsonArray("teachers").stream().map(JsonObject.class::cast).toList();
        assertEquals(busiest.getJsonNumber("database").longValue(), teachers.stream().mapToLong(t -> t.getInt("lectures")).sum(),
                "every demo lecture is a teacher's");
        long withSoftware = teachers.stream().mapToLong(t -> t.getInt("lecturesWithSoftware")).sum();
        assertTrue(withSoftware > 0, "the demo uses iSpring, Violet and ActivInspire");
        assertTrue(teachers.stream().allMatch(t -> t.getInt("lecturesWithSoftware") <= t.getInt("lectures")));
        assertTrue(teachers.stream().anyMatch(t -> t.getInt("lecturesWithSoftware") < 3), "some demo teachers are short");
        assertEquals(5.0, criterion(audit, "II.2.1").getJsonNumber("deduction").doubleValue()
                + criterion(audit, "II.2.1").getJsonNumber("score").doubleValue());
    }

    @Test
    void theDistrictSummaryListsEverySchool() {
        String code = freshSchool("gvc");
        JsonObject summary = inspector().get("api/v1/audit?month=" + THIS_MONTH).json();

        List<JsonObject> schools = summary.getJsonArray("schools").stream().map(JsonObject.class::cast).toList();
        List<String> codes = schools.stream().map(s -> s.getString("code")).toList();
        assertTrue(codes.containsAll(List.of(DEMO, code)), codes.toString());
        JsonObject demo = schools.get(codes.indexOf(DEMO));
        assertEquals(List.of("I.1.1.2", "II.2.1", "II.2.2", "II.3.1", "II.3.2", "III.3.1.3"),
                List.copyOf(demo.getJsonObject("scores").keySet()));
        assertTrue(demo.getJsonNumber("total").doubleValue() <= summary.getJsonNumber("maxTotal").doubleValue());
    }

    @Test
    void onlyTheSchoolsBoardAndTheDistrictReadItsAudit() {
        String other = freshSchool();
        PortalClient otherAdmin = anonymous().as(other, "bgh", PASSWORD);
        PortalClient teacher = anonymous().as(DEMO, "gv01", DEMO_PASSWORD);
        PortalClient inspector = inspector();
        for (String path : List.of("api/v1/schools/" + DEMO + "/audit", "api/v1/schools/" + DEMO + "/audit/consistency",
                "api/v1/audit")) {
            assertEquals(401, anonymous().get(path).status(), path);
            assertEquals(403, teacher.get(path).status(), path);
            assertEquals(403, otherAdmin.get(path).status(), path);
            assertEquals(200, inspector.get(path).status(), path);
        }
        PortalClient board = anonymous().as(DEMO, "hieutruong", DEMO_PASSWORD);
        assertEquals(200, board.get("api/v1/schools/" + DEMO + "/audit").status());
        assertEquals(403, board.get("api/v1/audit").status(), "the district summary is the district's");
        assertEquals(200, districtAdmin().get("api/v1/audit").status());

        JsonObject newest = anonymous().get("api/v1/rulesets").array().getJsonObject(0);
        assertEquals("8265-2021", newest.getString("id"), "rule sets are published decisions");
        assertEquals("2021-12-09", newest.getString("effectiveFrom"));
    }

    @Test
    void theTeacherTableDownloadsAsAWorkbookForTheSchoolsBoardOnly() throws IOException {
        String path = "api/v1/schools/" + DEMO + "/audit.xlsx?month=" + THIS_MONTH;
        HttpResponse<byte[]> sheet = anonymous().as(DEMO, "hieutruong", DEMO_PASSWORD).download(path, XLSX);
        assertEquals(200, sheet.statusCode());
        assertTrue(sheet.headers().firstValue("Content-Disposition").orElseThrow().contains(".xlsx"));
        JsonObject audit = anonymous().as(DEMO, "hieutruong", DEMO_PASSWORD)
                .get("api/v1/schools/" + DEMO + "/audit?month=" + THIS_MONTH).json();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(sheet.body()))) {
            var teachers = workbook.getSheetAt(0);
            assertEquals("Tài khoản", teachers.getRow(0).getCell(0).getStringCellValue());
            assertEquals(audit.getJsonArray("teachers").size(), teachers.getLastRowNum());
            assertEquals(audit.getJsonArray("teachers").getJsonObject(0).getString("username"),
                    teachers.getRow(1).getCell(0).getStringCellValue());
        }
        assertEquals(401, anonymous().download(path, XLSX).statusCode());
        assertEquals(403, anonymous().as(DEMO, "gv01", DEMO_PASSWORD).download(path, XLSX).statusCode());
    }

    @Test
    void badMonthsAndUnknownRuleSetsAreProblemsInVietnamese() {
        PortalClient inspector = inspector();
        PortalClient.Reply badMonth = inspector.get("api/v1/schools/" + DEMO + "/audit?month=2026-13");
        assertEquals(400, badMonth.status());
        assertTrue(badMonth.isProblem());
        assertEquals("invalid-month", badMonth.json().getString("code"));
        assertTrue(badMonth.json().getString("detail").contains("YYYY-MM"));
        assertEquals("invalid-month", inspector.get("api/v1/audit?month=11-2026").json().getString("code"));
        assertEquals("invalid-month", inspector.get("api/v1/schools/" + DEMO + "/audit/consistency?from=x").json().getString("code"));
        assertEquals("future-month", inspector.get("api/v1/audit?month=" + THIS_MONTH.plusMonths(1)).json().getString("code"));
        PortalClient.Reply unknown = inspector.get("api/v1/schools/" + DEMO + "/audit?rules=617-2021");
        assertEquals(400, unknown.status());
        assertEquals("unknown-rule-set", unknown.json().getString("code"));
        assertTrue(unknown.json().getString("detail").contains("8265-2021"));
        assertEquals(404, inspector.get("api/v1/schools/khong-co/audit").status());
    }
}
