package vn.eschool.portal.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
    /** The school year (its first calendar year) THIS_MONTH belongs to. */
    private static final int THIS_YEAR = THIS_MONTH.getMonthValue() >= 9 ? THIS_MONTH.getYear() : THIS_MONTH.getYear() - 1;

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
        // This school year and the last teach every month, so that the tests of this month hold in summer too.
        for (int year : List.of(THIS_YEAR - 1, THIS_YEAR)) {
            assertEquals(200, district.put("api/v1/schools/" + code + "/school-year?year=" + year + "-" + (year + 1),
                    schoolYear(year + "-09-01", (year + 1) + "-08-31")).status());
        }
        return code;
    }

    private static String schoolYear(String firstDay, String lastDay) {
        return Json.createObjectBuilder().add("firstDay", firstDay).add("lastDay", lastDay).build().toString();
    }

    private static JsonObject teacherRow(JsonObject audit, String username) {
        return audit.getJsonArray("teachers").stream().map(JsonObject.class::cast)
                .filter(t -> t.getString("username").equals(username)).findFirst().orElseThrow(() ->
                        new AssertionError(username + " is not among the teachers: " + audit.getJsonArray("teachers")));
    }

    private static List<String> usernames(JsonObject audit) {
        return audit.getJsonArray("teachers").stream().map(t -> ((JsonObject) t).getString("username")).toList();
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
        assertEquals(200, board.put("api/v1/schools/" + code + "/accounts/gvc", "{\"joinedOn\":\"2025-09-01\"}").status(),
                "on the staff since the school year of the migrated history");
        // Migrated history, in Hà Nội time: 23:59 on 31 October is still October (06:59 on 1 November if the time
        // were read as UTC); 00:30 on 1 November is November (still 31 October in UTC). The import date is today.
        uploadLecture(board, code, "Phân số – tiết cuối tháng", "author", "gvc", "countedOn", "2025-10-31T23:59");
        uploadLecture(board, code, "Phân số – tiết đầu tháng", "author", "gvc", "countedOn", "2025-11-01T00:30");
        uploadLecture(board, code, "Số nguyên tố", "author", "gvc", "countedOn", "2025-09-15T08:00");

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
                .filter(row -> YearMonth.parse(row.getString("month")).getMonthValue() < 6
                        || YearMonth.parse(row.getString("month")).getMonthValue() > 8)
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

    /** The most recent July that has come. */
    private static YearMonth lastJuly() {
        return THIS_MONTH.getMonthValue() >= 7 ? YearMonth.of(THIS_MONTH.getYear(), 7) : YearMonth.of(THIS_MONTH.getYear() - 1, 7);
    }

    @Test
    void julyIsNotInSessionAndCostsNothingAnywhere() {
        String code = freshSchool("gva");
        YearMonth july = lastJuly();
        String year = (july.getYear() - 1) + "-" + july.getYear();
        PortalClient board = anonymous().as(code, "bgh", PASSWORD);
        // The school's own year: 5 September to 31 May, Tết 8–16 February.
        PortalClient.Reply put = board.put("api/v1/schools/" + code + "/school-year?year=" + year, Json.createObjectBuilder()
                .add("firstDay", (july.getYear() - 1) + "-09-05").add("lastDay", july.getYear() + "-05-31")
                .add("tetFirst", july.getYear() + "-02-08").add("tetLast", july.getYear() + "-02-16").build().toString());
        assertEquals(200, put.status(), put.body());
        JsonObject calendar = board.get("api/v1/schools/" + code + "/school-year?year=" + year).json();
        assertEquals("SCHOOL", calendar.getString("source"));
        JsonObject julyLine = calendar.getJsonArray("months").getJsonObject(10);
        assertEquals(july.toString(), julyLine.getString("month"));
        assertFalse(julyLine.getBoolean("inSession"));
        assertEquals(0, julyLine.getInt("teachingDays"));

        JsonObject audit = board.get("api/v1/schools/" + code + "/audit?month=" + july + "&rules=8265-2021").json();
        assertFalse(audit.getBoolean("inSession"), audit.toString());
        assertEquals(audit.getJsonNumber("maxTotal").doubleValue(), audit.getJsonNumber("totalScore").doubleValue(),
                "every measured point kept");
        assertEquals(23.5, audit.getJsonNumber("totalScore").doubleValue());
        for (JsonValue criterion : audit.getJsonArray("criteria")) {
            assertEquals(0.0, ((JsonObject) criterion).getJsonNumber("deduction").doubleValue(), criterion.toString());
            assertEquals(0, ((JsonObject) criterion).getJsonArray("findings").size(), criterion.toString());
        }
        JsonObject school = inspector().get("api/v1/audit?month=" + july).json().getJsonArray("schools").stream()
                .map(JsonObject.class::cast).filter(s -> s.getString("code").equals(code)).findFirst().orElseThrow();
        assertFalse(school.getBoolean("inSession"), "the district's heat map says so too");
        String page = board.get("schools/" + code + "/kiem-tra?month=" + july).body();
        assertTrue(page.contains("Không trong năm học"), "the school's audit page says the month is not in session");
    }

    @Test
    void theSchoolYearIsTheDistrictsUnlessTheSchoolSetsItsOwnAndOnlyAdminsChangeIt() {
        String code = freshSchool("gva");
        String other = freshSchool();
        String path = "api/v1/schools/" + code + "/school-year?year=2030-2031";
        String district = "api/v1/district/school-year?year=2030-2031";
        String body = schoolYear("2030-09-05", "2031-05-31");
        assertEquals(401, anonymous().get(path).status());
        assertEquals(403, anonymous().as(code, "gva", PASSWORD).get(path).status());
        assertEquals(403, anonymous().as(other, "bgh", PASSWORD).get(path).status());
        assertEquals(403, anonymous().as(other, "bgh", PASSWORD).put(path, body).status());
        assertEquals(403, inspector().put(path, body).status());
        assertEquals(401, anonymous().get(district).status());
        assertEquals(403, anonymous().as(code, "gva", PASSWORD).get(district).status());
        assertEquals(403, anonymous().as(code, "bgh", PASSWORD).put(district, body).status());
        assertEquals(403, inspector().put(district, body).status());

        assertEquals("BUILT_IN", inspector().get(path).json().getString("source"));
        PortalClient.Reply changed = districtAdmin().put(district, schoolYear("2030-09-05", "2031-06-15"));
        assertEquals(200, changed.status(), changed.body());
        JsonObject followed = anonymous().as(code, "bgh", PASSWORD).get(path).json();
        assertEquals("DISTRICT", followed.getString("source"));
        assertTrue(followed.getJsonArray("months").getJsonObject(9).getBoolean("inSession"), "June 2031 has 11 teaching days");
        PortalClient.Reply wrong = anonymous().as(code, "bgh", PASSWORD).put(path, schoolYear("2031-05-31", "2030-09-05"));
        assertEquals(400, wrong.status());
        assertTrue(wrong.isProblem());
        assertEquals("invalid-school-year", wrong.json().getString("code"));
        assertEquals("invalid-year", inspector().get("api/v1/district/school-year?year=2030").json().getString("code"));
    }

    @Test
    void aTeachingEditorCountsAndATeacherOnLeaveForTheMonthDoesNot() {
        String code = freshSchool("gva", "gvb");
        String other = freshSchool();
        PortalClient board = anonymous().as(code, "bgh", PASSWORD);
        String accounts = "api/v1/schools/" + code + "/accounts/";
        PortalClient.Reply teaching = board.put(accounts + "btv", "{\"teaches\":true}");
        assertEquals(200, teaching.status(), teaching.body());
        assertTrue(teaching.json().getBoolean("teaches"));
        assertEquals(THIS_YEAR + "-09-01", teaching.json().getString("joinedOn"), "counted from the school year it was created in");
        assertEquals(201, board.post("api/v1/schools/" + code + "/accounts", account("nvkt", "STAFF")).status());
        PortalClient.Reply staff = board.put(accounts + "nvkt", "{\"teaches\":true}");
        assertEquals(400, staff.status());
        assertEquals("does-not-teach", staff.json().getString("code"));

        String leave = Json.createObjectBuilder().add("firstDay", THIS_MONTH.atDay(1).toString())
                .add("lastDay", THIS_MONTH.plusMonths(4).atEndOfMonth().toString()).add("reason", "MATERNITY")
                .add("note", "Nghỉ sinh con").build().toString();
        assertEquals(401, anonymous().post(accounts + "gvb/leaves", leave).status());
        assertEquals(403, anonymous().as(code, "gva", PASSWORD).post(accounts + "gvb/leaves", leave).status());
        assertEquals(403, anonymous().as(other, "bgh", PASSWORD).post(accounts + "gvb/leaves", leave).status());
        assertEquals(403, inspector().post(accounts + "gvb/leaves", leave).status());
        assertEquals(403, anonymous().as(code, "gva", PASSWORD).get(accounts + "gvb/leaves").status());
        PortalClient.Reply added = board.post(accounts + "gvb/leaves", leave);
        assertEquals(201, added.status(), added.body());
        long leaveId = added.json().getJsonNumber("id").longValue();
        assertEquals("Nghỉ thai sản", inspector().get(accounts + "gvb/leaves").array().getJsonObject(0).getString("reasonVi"));
        PortalClient.Reply backwards = board.post(accounts + "gvb/leaves", "{\"firstDay\":\"2026-12-10\",\"lastDay\":\"2026-12-01\",\"reason\":\"SICK\"}");
        assertEquals(400, backwards.status());
        assertEquals("leave-ends-before-start", backwards.json().getString("code"));

        JsonObject audit = board.get("api/v1/schools/" + code + "/audit?month=" + THIS_MONTH + "&rules=8265-2021").json();
        assertEquals(List.of("btv", "gva"), usernames(audit), "the teaching editor counts; gvb is on leave all month");
        // btv and gva have no lectures: 2 teachers short (1–2 → −2).
        assertTrue(criterion(audit, "II.2.1").getJsonArray("findings").toString().contains("btv"));
        JsonObject printed = audit.getJsonArray("leaves").getJsonObject(0);
        assertEquals("gvb", printed.getString("username"));
        assertTrue(printed.getBoolean("exempt"));
        assertEquals("Nghỉ thai sản", printed.getString("reasonVi"));

        assertEquals(403, anonymous().as(other, "bgh", PASSWORD).delete(accounts + "gvb/leaves/" + leaveId).status());
        assertEquals(204, board.delete(accounts + "gvb/leaves/" + leaveId).status());
        JsonObject again = board.get("api/v1/schools/" + code + "/audit?month=" + THIS_MONTH + "&rules=8265-2021").json();
        assertEquals(List.of("btv", "gva", "gvb"), usernames(again));
    }

    @Test
    void aDisabledAccountStillCountsInTheMonthsBeforeItWasDisabled() {
        String code = freshSchool("gvd");
        PortalClient board = anonymous().as(code, "bgh", PASSWORD);
        String account = "api/v1/schools/" + code + "/accounts/gvd";
        assertEquals(200, board.put(account, "{\"joinedOn\":\"" + (THIS_YEAR - 1) + "-09-01\"}").status());
        YearMonth lastMonth = THIS_MONTH.minusMonths(1);
        String path = "api/v1/schools/" + code + "/audit?month=" + lastMonth + "&rules=8265-2021";
        JsonObject before = board.get(path).json();
        assertEquals(List.of("gvd"), usernames(before));

        JsonObject disabled = board.post(account + "/disable", "").json();
        assertEquals(java.time.LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString(),
                disabled.getString("leftOn"), "disabling ends the roster period today");

        JsonObject after = board.get(path).json();
        assertEquals(List.of("gvd"), usernames(after), "last month still counts the teacher");
        assertEquals(criterion(before, "II.2.1"), criterion(after, "II.2.1"));
        assertEquals(before.getJsonNumber("totalScore"), after.getJsonNumber("totalScore"));

        JsonObject enabled = board.post(account + "/enable", "").json();
        assertTrue(enabled.get("leftOn") == null || enabled.isNull("leftOn"), enabled.toString());
        assertEquals(1, enabled.getJsonArray("roster").size(), "re-enabled the same day: the period is reopened");
    }

    @Test
    void theJobOnThe20thOfNovemberReportsOctoberWithCriteriaNotEnteredAndAReplacementIsLogged() {
        String code = freshSchool("gva");
        String other = freshSchool();
        PortalClient.Reply run = districtAdmin().post("api/v1/admin/audit/monthly-reports?date=2024-11-20", "");
        assertEquals(200, run.status(), run.body());
        assertEquals("2024-10", run.json().getString("month"), "the previous full month");

        PortalClient board = anonymous().as(code, "bgh", PASSWORD);
        String reports = "api/v1/schools/" + code + "/audit/reports";
        JsonObject summary = board.get(reports).array().getJsonObject(0);
        assertEquals("2024-10", summary.getString("month"));
        assertFalse(summary.getBoolean("complete"), "the school entered nothing: the report is incomplete");
        assertTrue(summary.getString("gradeLabelVi").startsWith("Chưa đủ dữ liệu để xếp loại"), summary.toString());
        JsonObject stored = board.get(reports + "/2024-10").json();
        JsonObject i11 = stored.getJsonObject("assessment").getJsonArray("standards").getJsonObject(0).getJsonArray("criteria")
                .getJsonObject(0);
        assertEquals("NOT_ENTERED", i11.getString("source"));
        assertTrue(!i11.containsKey("score") || i11.isNull("score"), "not entered, not 0: " + i11);

        String replace = reports + "/2024-10/replace";
        String reason = "{\"reason\":\"Nhà trường nhập bổ sung tự đánh giá tháng 10\"}";
        assertEquals(401, anonymous().post(replace, reason).status());
        assertEquals(403, anonymous().as(code, "gva", PASSWORD).post(replace, reason).status());
        assertEquals(403, anonymous().as(other, "bgh", PASSWORD).post(replace, reason).status());
        assertEquals(403, inspector().post(replace, reason).status());
        PortalClient.Reply noReason = board.post(replace, "{\"reason\":\" \"}");
        assertEquals(400, noReason.status());
        assertTrue(noReason.isProblem());
        assertEquals(404, board.post(reports + "/2024-09/replace", reason).status());
        PortalClient.Reply replaced = board.post(replace, reason);
        assertEquals(200, replaced.status(), replaced.body());

        List<JsonObject> log = board.get("api/v1/schools/" + code + "/logbook").array().stream().map(JsonObject.class::cast)
                .filter(e -> e.getString("action").equals("audit.report.replaced")).toList();
        assertEquals(1, log.size());
        assertEquals("2024-10", log.get(0).getString("target"));
        assertTrue(log.get(0).getString("details").contains("Nhà trường nhập bổ sung"), log.get(0).toString());
    }

    private static List<JsonObject> drillDown(PortalClient client, String code, YearMonth month, String teacher) {
        return client.get("api/v1/schools/" + code + "/audit/items?month=" + month + "&teacher=" + teacher + "&kind=lectures")
                .json().getJsonArray("items").stream().map(JsonObject.class::cast).toList();
    }

    @Test
    void anUploadOnATeachersBehalfKeepsTheDayItCountsForTheServersTimeAndWhoUploadedIt() {
        String code = freshSchool("gve");
        PortalClient board = anonymous().as(code, "bgh", PASSWORD);
        YearMonth lastMonth = THIS_MONTH.minusMonths(1);
        String countedOn = lastMonth.atDay(10) + "T08:00";
        uploadLecture(board, code, "Bài nộp qua USB", "author", "gve", "countedOn", countedOn);
        long own = uploadLecture(anonymous().as(code, "gve", PASSWORD), code, "Bài tự tải lên");

        JsonObject item = drillDown(board, code, lastMonth, "gve").get(0);
        assertTrue(item.getString("countedOn").startsWith(lastMonth.atDay(10).toString()), item.toString());
        java.time.OffsetDateTime uploadedAt = java.time.OffsetDateTime.parse(item.getString("uploadedAt"));
        assertTrue(uploadedAt.isAfter(java.time.OffsetDateTime.now().minusMinutes(10)), "the server's time: " + item);
        assertEquals("gve", item.getString("author"));
        assertEquals("bgh", item.getString("uploadedBy"));
        assertFalse(item.getBoolean("lateAddition"));
        JsonObject ownItem = drillDown(board, code, THIS_MONTH, "gve").stream()
                .filter(i -> i.getJsonNumber("id").longValue() == own).findFirst().orElseThrow();
        assertFalse(ownItem.containsKey("uploadedBy") && !ownItem.isNull("uploadedBy"), "the author uploaded it: " + ownItem);

        PortalClient.Reply clientTime = board.multipart("POST", "api/v1/schools/" + code + "/lectures",
                Map.of("subject", "Toán", "grade", "5", "className", "5A1", "author", "gve", "uploadedAt", "2020-01-01"),
                Map.of("cu.txt", "cũ".getBytes(StandardCharsets.UTF_8)));
        assertEquals(400, clientTime.status());
        assertEquals("uploaded-at-set-by-server", clientTime.json().getString("code"));
    }

    @Test
    void aReportedMonthTakesLecturesOnlyFromTheDistrictAndListsThemAsLateAdditions() {
        String code = freshSchool("gvf");
        PortalClient board = anonymous().as(code, "bgh", PASSWORD);
        assertEquals(200, board.put("api/v1/schools/" + code + "/accounts/gvf", "{\"joinedOn\":\"2024-09-01\"}").status());
        PortalClient.Reply run = districtAdmin().post("api/v1/admin/audit/monthly-reports?date=2024-12-20", "");
        assertEquals(200, run.status(), run.body());
        String stored = board.get("api/v1/schools/" + code + "/audit/reports/2024-11").body();

        PortalClient.Reply refused = board.multipart("POST", "api/v1/schools/" + code + "/lectures",
                Map.of("subject", "Toán", "grade", "5", "className", "5A1", "author", "gvf", "countedOn", "2024-11-15"),
                Map.of("bai-thang-11.txt", "Bài giảng tháng 11".getBytes(StandardCharsets.UTF_8)));
        assertEquals(403, refused.status(), refused.body());
        assertTrue(refused.isProblem());
        assertEquals("month-reported", refused.json().getString("code"));
        uploadLecture(board, code, "Bài tháng này", "author", "gvf", "countedOn", THIS_MONTH.atDay(1).toString());

        PortalClient district = districtAdmin();
        PortalClient.Reply noAuthor = district.multipart("POST", "api/v1/schools/" + code + "/lectures",
                Map.of("subject", "Toán", "grade", "5", "className", "5A1"), Map.of("x.txt", "x".getBytes(StandardCharsets.UTF_8)));
        assertEquals(400, noAuthor.status());
        assertEquals("author-required", noAuthor.json().getString("code"));
        uploadLecture(district, code, "Bài giảng tháng 11 bổ sung", "author", "gvf", "countedOn", "2024-11-15");

        JsonObject late = drillDown(board, code, YearMonth.of(2024, 11), "gvf").get(0);
        assertTrue(late.getBoolean("lateAddition"), late.toString());
        assertEquals("admin", late.getString("uploadedBy"));
        assertTrue(late.getString("countedOn").startsWith("2024-11-15"), late.toString());
        assertEquals(stored, board.get("api/v1/schools/" + code + "/audit/reports/2024-11").body(),
                "the stored report does not change");

        // The live audit of a reported month answers from the stored report, listing what came later.
        JsonObject storedAudit = Json.createReader(new java.io.StringReader(stored)).readObject().getJsonObject("audit");
        JsonObject frozen = board.get("api/v1/schools/" + code + "/audit?month=2024-11").json();
        assertEquals(storedAudit.get("criteria"), frozen.get("criteria"), "not recomputed from live data");
        assertEquals(storedAudit.get("teachers"), frozen.get("teachers"));
        assertEquals(0, frozen.getJsonArray("teachers").getJsonObject(0).getInt("lectures"), "gvf's late lecture is not counted");
        assertTrue(frozen.getBoolean("frozen"));
        assertFalse(frozen.getString("reportedAt").isBlank());
        assertEquals(List.of("Bài giảng tháng 11 bổ sung"), frozen.getJsonArray("lateAdditions").getValuesAs(JsonObject.class)
                .stream().map(item -> item.getString("title")).toList());
        JsonObject otherRules = board.get("api/v1/schools/" + code + "/audit?month=2024-11&rules=guidance-2018").json();
        assertFalse(otherRules.getBoolean("frozen"), "another rule set is a live view");
        assertEquals(1, otherRules.getJsonArray("teachers").getJsonObject(0).getInt("lectures"));
        assertFalse(board.get("api/v1/schools/" + code + "/audit?month=" + THIS_MONTH).json().getBoolean("frozen"),
                "an open month is live");
    }

    /**
     * A bulk import of historical e-lectures: the school admin imports into months not reported, each lecture
     * marked imported with its importer in the drill-down; a reported month refuses the whole list unless the
     * district admin imports it.
     */
    @Test
    void historyImportedInBulkIsMarkedWithItsImporterAndReportedMonthsNeedTheDistrict() {
        String code = freshSchool("gvh");
        PortalClient board = anonymous().as(code, "bgh", PASSWORD);
        assertEquals(200, board.put("api/v1/schools/" + code + "/accounts/gvh", "{\"joinedOn\":\"2024-09-01\"}").status());
        assertEquals(200, districtAdmin().post("api/v1/admin/audit/monthly-reports?date=2024-12-20", "").status());
        String path = "api/v1/schools/" + code + "/lectures/history";
        YearMonth lastMonth = THIS_MONTH.minusMonths(1);
        String header = "Tệp,Tác giả,Tên bài giảng,Môn,Khối,Lớp,Ngày tính,Phần mềm\n";
        String open = header + "cu-1.txt,gvh,Bài cũ 1,Toán,5,5A1," + lastMonth.atDay(3) + ",Violet\n"
                + "cu-2.txt,gvh,Bài cũ 2,Toán,5,5A1," + lastMonth.atDay(4) + ",iSpring\n";
        Map<String, byte[]> files = Map.of("cu-1.txt", unique("Bài cũ 1 ").getBytes(StandardCharsets.UTF_8),
                "cu-2.txt", unique("Bài cũ 2 ").getBytes(StandardCharsets.UTF_8));

        assertEquals(403, anonymous().as(code, "gvh", PASSWORD).multipartParts("POST", path, Map.of(),
                Map.of("list", Map.of("ds.csv", open.getBytes(StandardCharsets.UTF_8)), "file", files)).status());
        PortalClient.Reply imported = board.multipartParts("POST", path, Map.of(),
                Map.of("list", Map.of("ds.csv", open.getBytes(StandardCharsets.UTF_8)), "file", files));
        assertEquals(201, imported.status(), imported.body());
        List<JsonObject> items = drillDown(board, code, lastMonth, "gvh");
        assertEquals(2, items.size(), items.toString());
        for (JsonObject item : items) {
            assertTrue(item.getBoolean("imported"), item.toString());
            assertEquals("bgh", item.getString("uploadedBy"), "the importer");
        }

        String reported = header + "moi.txt,gvh,Bài tháng 10,Toán,5,5A1," + lastMonth.atDay(5) + ",\n"
                + "nam-ngoai.txt,gvh,Bài tháng 11 năm trước,Toán,5,5A1,2024-11-15,\n";
        Map<String, Map<String, byte[]>> parts = Map.of("list", Map.of("ds.csv", reported.getBytes(StandardCharsets.UTF_8)),
                "file", Map.of("moi.txt", unique("moi ").getBytes(StandardCharsets.UTF_8),
                        "nam-ngoai.txt", unique("cu ").getBytes(StandardCharsets.UTF_8)));
        PortalClient.Reply refused = board.multipartParts("POST", path, Map.of(), parts);
        assertEquals(403, refused.status(), refused.body());
        assertEquals("month-reported", refused.json().getString("code"));
        assertTrue(refused.json().getString("detail").startsWith("Dòng 3:"), refused.body());
        assertEquals(2, drillDown(board, code, lastMonth, "gvh").size(), "all or none: the first line was not kept");
        PortalClient.Reply byDistrict = districtAdmin().multipartParts("POST", path, Map.of(), parts);
        assertEquals(201, byDistrict.status(), byDistrict.body());
        JsonObject november = drillDown(board, code, YearMonth.of(2024, 11), "gvh").get(0);
        assertTrue(november.getBoolean("imported") && november.getBoolean("lateAddition"), november.toString());
        assertEquals("admin", november.getString("uploadedBy"));
    }
}
