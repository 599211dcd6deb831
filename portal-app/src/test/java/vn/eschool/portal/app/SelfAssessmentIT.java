package vn.eschool.portal.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The whole self-assessment end to end: the board's entries and evidence, the combined result, the inspection
 * record as a PDF, the monthly report job of the 20th, publishing on the public site, and who may do what.
 */
class SelfAssessmentIT extends PortalIT {

    private static final String PASSWORD = "mat-khau-kiem-tra";
    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate TODAY = LocalDate.now(HANOI);
    /** The latest 20th that has come: the job may run for it. */
    private static final LocalDate REPORT_DAY = TODAY.getDayOfMonth() >= 20 ? TODAY.withDayOfMonth(20)
            : TODAY.minusMonths(1).withDayOfMonth(20);
    /** The month the job of REPORT_DAY reports: the one before. */
    private static final YearMonth MONTH = YearMonth.from(REPORT_DAY).minusMonths(1);
    private static final String YEAR = (MONTH.getMonthValue() >= 9 ? MONTH.getYear() : MONTH.getYear() - 1) + "-"
            + (MONTH.getMonthValue() >= 9 ? MONTH.getYear() + 1 : MONTH.getYear());

    private PortalClient inspector() {
        String username = "tt" + UUID.randomUUID().toString().substring(0, 6);
        assertEquals(201, districtAdmin().post("api/v1/accounts", account(username, "INSPECTOR")).status());
        return anonymous().as("", username, PASSWORD);
    }

    private static String account(String username, String role) {
        return Json.createObjectBuilder().add("username", username).add("fullName", "Người Kiểm Thử " + username)
                .add("role", role).add("password", PASSWORD).build().toString();
    }

    /** A new school with its board (bgh) and a teacher (gva); returns its code. */
    private String freshSchool() {
        PortalClient district = districtAdmin();
        String code = "th-tdg-" + UUID.randomUUID().toString().substring(0, 6);
        assertEquals(201, district.post("api/v1/schools", "{\"code\":\"" + code + "\",\"name\":\"Trường Tiểu học Sơn Ca "
                + code + "\",\"level\":\"TH\"}").status());
        assertEquals(201, district.post("api/v1/schools/" + code + "/accounts", account("bgh", "SCHOOL_ADMIN")).status());
        assertEquals(201, district.post("api/v1/schools/" + code + "/accounts", account("gva", "TEACHER")).status());
        // MONTH is taught (even in summer) and gva is on the staff since the start of its school year.
        String firstDay = YEAR.substring(0, 4) + "-09-01";
        assertEquals(200, district.put("api/v1/schools/" + code + "/school-year?year=" + YEAR, "{\"firstDay\":\"" + firstDay
                + "\",\"lastDay\":\"" + YEAR.substring(5) + "-08-31\"}").status());
        assertEquals(200, district.put("api/v1/schools/" + code + "/accounts/gva", "{\"joinedOn\":\"" + firstDay + "\"}").status());
        return code;
    }

    private PortalClient board(String code) {
        return anonymous().as(code, "bgh", PASSWORD);
    }

    private static String api(String code) {
        return "api/v1/schools/" + code + "/self-assessment";
    }

    private static String query() {
        return "?year=" + YEAR + "&month=" + MONTH;
    }

    /** Every criterion the school scores, each at {@code score(its maximum)}. */
    private static String entries(JsonObject sheet, Function<JsonObject, Double> score) {
        JsonArrayBuilder entries = Json.createArrayBuilder();
        sheet.getJsonArray("criteria").stream().map(JsonObject.class::cast).forEach(c -> entries.add(Json.createObjectBuilder()
                .add("criterion", c.getString("id")).add("score", score.apply(c)).add("comment", "Hồ sơ " + c.getString("id"))));
        return Json.createObjectBuilder().add("entries", entries).build().toString();
    }

    private static boolean unscored(JsonObject criterion) {
        return !criterion.containsKey("score") || criterion.isNull("score");
    }

    private static double max(JsonObject criterion) {
        return criterion.getJsonNumber("maxPoints").doubleValue();
    }

    private static String points(double value) {
        return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi-VN"))).format(value);
    }

    private static String placeAndDate(LocalDate day) {
        return "Long Biên, ngày " + day.getDayOfMonth() + " tháng " + day.getMonthValue() + " năm " + day.getYear();
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        }
    }

    @Test
    void theBoardsEntriesAreCheckedStoredAndCombinedWithTheMeasuredCriteria() {
        String code = freshSchool();
        PortalClient board = board(code);
        JsonObject sheet = board.get(api(code) + query()).json();
        assertEquals(YEAR, sheet.getString("schoolYear"));
        List<String> ids = sheet.getJsonArray("criteria").stream().map(c -> ((JsonObject) c).getString("id")).toList();
        assertTrue(ids.contains("I.1.1.1") && ids.contains("II.2.3") && ids.contains("IV.1"), ids.toString());
        assertFalse(ids.contains("II.2.1") || ids.contains("II.3.1") || ids.contains("I.1.1.2") || ids.contains("III.3.1.3"),
                "the portal measures these");

        PortalClient.Reply tooMuch = board.put(api(code) + query(), "{\"entries\":[{\"criterion\":\"I.1.1.1\",\"score\":2},"
                + "{\"criterion\":\"III.3.3\",\"score\":1.5}]}");
        assertEquals(400, tooMuch.status(), tooMuch.body());
        assertTrue(tooMuch.isProblem());
        assertEquals("Tiêu chí III.3.3: điểm phải từ 0 đến 1 (đã nhập 1,5).", tooMuch.json().getString("detail"));
        assertEquals(400, board.put(api(code) + query(), "{\"entries\":[{\"criterion\":\"II.2.1\",\"score\":1}]}").status(),
                "a measured criterion cannot be entered");
        assertEquals(400, board.put(api(code) + query(), "{\"entries\":[{\"criterion\":\"I.1.1.1\"}]}").status(), "score missing");
        assertEquals(400, board.put(api(code) + query(), "{\"entries\":[{\"criterion\":\"III.3.1.3\",\"score\":1}]}").status(),
                "the portal measures whether the admin accounts are secured");
        assertEquals(400, board.put(api(code) + query(), "{\"entries\":[{\"criterion\":\"I.1.1.2\",\"score\":2.5}]}").status(),
                "the portal counts its stored monthly reports");
        assertEquals(400, board.put(api(code) + query(), "not json").status());
        assertTrue(board.get(api(code) + query()).json().getJsonArray("criteria").stream()
                .allMatch(c -> unscored((JsonObject) c)), "a refused request stores nothing");
        assertEquals("month-outside-year", board.get(api(code) + "?year=2019-2020&month=" + MONTH).json().getString("code"));
        assertEquals("invalid-year", board.get(api(code) + "?year=2019&month=" + MONTH).json().getString("code"));

        PortalClient.Reply saved = board.put(api(code) + query(), entries(sheet, SelfAssessmentIT::max));
        assertEquals(200, saved.status(), saved.body());
        JsonObject i11 = saved.json().getJsonArray("criteria").getJsonObject(ids.indexOf("I.1.1.1"));
        assertEquals(max(i11), i11.getJsonNumber("score").doubleValue());
        assertEquals("Hồ sơ I.1.1.1", i11.getString("comment"));
        assertEquals("Người Kiểm Thử bgh", i11.getString("updatedBy"));

        double entered = sheet.getJsonArray("criteria").stream().mapToDouble(c -> max((JsonObject) c)).sum();
        double measured = board.get("api/v1/schools/" + code + "/audit?month=" + MONTH).json().getJsonNumber("totalScore").doubleValue();
        JsonObject result = board.get(api(code) + "/result" + query()).json();
        assertEquals(entered + measured, result.getJsonNumber("total").doubleValue(), 1e-9);
        assertEquals(100, result.getJsonNumber("maxTotal").doubleValue(), 1e-9);
        assertEquals(0, result.getJsonArray("notEntered").size());

        // Standard III (15 points) at exactly half: not "trên 50%", so the school does not pass whatever its total.
        // The portal scores III.3.1.3 at 0 (the board signs in without two factors): the entries make up 7.5.
        String halfOfIII = entries(sheet, c -> c.getString("id").startsWith("III.") && !c.getString("id").equals("III.3.3")
                ? max(c) / 2 : max(c));
        assertEquals(200, board.put(api(code) + query(), halfOfIII).status());
        JsonObject failing = board.get(api(code) + "/result" + query()).json();
        JsonObject standardIII = failing.getJsonArray("standards").stream().map(JsonObject.class::cast)
                .filter(s -> s.getString("id").equals("III")).findFirst().orElseThrow();
        assertEquals(7.5, standardIII.getJsonNumber("score").doubleValue(), 1e-9);
        assertFalse(standardIII.getBoolean("meetsMinimum"));
        assertEquals("Chưa đạt mô hình trường học điện tử", failing.getString("gradeLabelVi"));
    }

    @Test
    void evidenceFilesAreUploadedListedAndDownloadedWithinTheirSchoolOnly() {
        String code = freshSchool();
        String other = freshSchool();
        PortalClient board = board(code);
        byte[] content = "Biên bản bàn giao thiết bị năm học".getBytes(StandardCharsets.UTF_8);

        PortalClient.Reply uploaded = board.upload(api(code) + "/evidence" + query() + "&criterion=III.1.2", "bien-ban.txt", content);
        assertEquals(201, uploaded.status(), uploaded.body());
        long id = uploaded.json().getJsonNumber("id").longValue();
        assertEquals("bien-ban.txt", uploaded.json().getString("filename"));
        assertEquals(400, board.upload(api(code) + "/evidence" + query() + "&criterion=II.3.2", "x.txt", content).status(),
                "no evidence for a measured criterion");
        assertEquals(400, board.upload(api(code) + "/evidence" + query(), "x.txt", content).status(), "criterion missing");

        List<JsonObject> listed = board.get(api(code) + "/evidence" + query()).array().stream().map(JsonObject.class::cast).toList();
        assertEquals(List.of(id), listed.stream().map(e -> e.getJsonNumber("id").longValue()).toList());
        JsonObject line = board.get(api(code) + query()).json().getJsonArray("criteria").stream().map(JsonObject.class::cast)
                .filter(c -> c.getString("id").equals("III.1.2")).findFirst().orElseThrow();
        assertEquals(1, line.getJsonArray("evidence").size());

        HttpResponse<byte[]> file = inspector().download(api(code) + "/evidence/" + id, "*/*");
        assertEquals(200, file.statusCode());
        assertArrayEquals(content, file.body());

        PortalClient otherBoard = board(other);
        assertEquals(403, otherBoard.download(api(code) + "/evidence/" + id, "*/*").statusCode());
        assertEquals(404, otherBoard.download(api(other) + "/evidence/" + id, "*/*").statusCode(),
                "another school's evidence is not found under one's own school");
        assertEquals(0, otherBoard.get(api(other) + "/evidence" + query()).array().size());
        assertEquals(403, anonymous().as(code, "gva", PASSWORD).upload(api(code) + "/evidence" + query() + "&criterion=III.1.2",
                "x.txt", content).status());
        assertEquals(403, inspector().upload(api(code) + "/evidence" + query() + "&criterion=III.1.2", "x.txt", content).status());
        PortalClient.Reply anonymousUpload = anonymous().upload(api(code) + "/evidence" + query() + "&criterion=III.1.2", "x.txt", content);
        assertEquals(401, anonymousUpload.status(), "an anonymous upload is refused for want of an account");
        assertEquals("unauthorized", anonymousUpload.json().getString("code"));
        assertEquals(1, board.get(api(code) + "/evidence" + query()).array().size(), "refused uploads store nothing");
    }

    @Test
    void theInspectionRecordIsAPdfWhoseVietnameseReadsBackExactly() throws IOException {
        String code = freshSchool();
        PortalClient board = board(code);
        JsonObject sheet = board.get(api(code) + query()).json();
        assertEquals(200, board.put(api(code) + query(), entries(sheet, c -> c.getString("id").equals("I.2.1") ? 7.5 : max(c))).status());
        double total = board.get(api(code) + "/result" + query()).json().getJsonNumber("total").doubleValue();
        String path = "api/v1/schools/" + code + "/audit.pdf?month=" + MONTH + "&place=Long%20Bi%C3%AAn";

        PortalClient inspector = inspector();
        LocalDate dayBefore = LocalDate.now(HANOI);
        HttpResponse<byte[]> pdf = inspector.download(path, "application/pdf");
        LocalDate dayAfter = LocalDate.now(HANOI);

        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());
        String text = pdfText(pdf.body());
        assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC));
        for (String expected : List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "BIÊN BẢN KIỂM TRA",
                ("Trường Tiểu học Sơn Ca " + code).toUpperCase(Locale.forLanguageTag("vi-VN")),
                "tháng " + MONTH.getMonthValue() + "/" + MONTH.getYear(), "- Đ/c Người Kiểm Thử bgh, chức vụ: ",
                "Người Kiểm Thử gva", "Tổng điểm: " + points(total) + "/100", "TRƯỞNG BAN", "NGƯỜI KIỂM TRA")) {
            assertTrue(text.contains(expected), () -> "missing \"" + expected + "\" in:\n" + text);
        }
        assertTrue(text.lines().anyMatch(l -> l.startsWith("I.2.1 ") && l.contains(" 10 2,5 7,5 ")), text);
        assertTrue(text.contains(placeAndDate(dayBefore)) || text.contains(placeAndDate(dayAfter)), text);

        assertEquals(200, board.download(path, "application/pdf").statusCode());
        assertEquals(401, anonymous().download(path, "application/pdf").statusCode());
        assertEquals(403, anonymous().as(code, "gva", PASSWORD).download(path, "application/pdf").statusCode());
        assertEquals(403, board(freshSchool()).download(path, "application/pdf").statusCode());
        HttpResponse<byte[]> badMonth = board.download("api/v1/schools/" + code + "/audit.pdf?month=11-2026", "application/pdf");
        assertEquals(400, badMonth.statusCode());
        assertTrue(badMonth.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
    }

    @Test
    void theReportOfThe20thIsKeptAsPreparedAndShownPubliclyOnlyOncePublished() {
        String code = freshSchool();
        String other = freshSchool();
        PortalClient board = board(code);
        JsonObject sheet = board.get(api(code) + query()).json();
        assertEquals(200, board.put(api(code) + query(), entries(sheet, SelfAssessmentIT::max)).status());
        double totalThen = board.get(api(code) + "/result" + query()).json().getJsonNumber("total").doubleValue();
        String job = "api/v1/admin/audit/monthly-reports?date=" + REPORT_DAY;

        PortalClient.Reply run = districtAdmin().post(job, "");
        assertEquals(200, run.status(), run.body());
        assertEquals(MONTH.toString(), run.json().getString("month"));
        assertTrue(run.json().getJsonArray("prepared").getValuesAs(jakarta.json.JsonString.class).stream()
                .anyMatch(s -> s.getString().equals(code)), run.body());

        // Later changes do not alter the stored report; a second run keeps it.
        assertEquals(200, board.put(api(code) + query(), entries(sheet, c -> 0.0)).status());
        PortalClient.Reply again = districtAdmin().post(job, "");
        assertTrue(again.json().getJsonArray("alreadyStored").getValuesAs(jakarta.json.JsonString.class).stream()
                .anyMatch(s -> s.getString().equals(code)), again.body());
        List<JsonObject> reports = board.get("api/v1/schools/" + code + "/audit/reports").array().stream()
                .map(JsonObject.class::cast).toList();
        assertEquals(1, reports.size());
        assertEquals(totalThen, reports.get(0).getJsonNumber("total").doubleValue(), 1e-9);
        assertFalse(reports.get(0).getBoolean("published"));
        JsonObject stored = inspector().get("api/v1/schools/" + code + "/audit/reports/" + MONTH).json();
        assertEquals(totalThen, stored.getJsonObject("assessment").getJsonNumber("total").doubleValue(), 1e-9);
        assertEquals(List.of("gva"), stored.getJsonObject("audit").getJsonArray("teachers").stream()
                .map(t -> ((JsonObject) t).getString("username")).toList());

        String page = "schools/" + code + "/tu-danh-gia";
        assertTrue(anonymous().get("schools/" + code + "/").body().contains("href=\"/" + page + "\""),
                "the school's public navigation links the page (the audit's PUBLIC menu entry)");
        String before = anonymous().get(page).body();
        assertTrue(before.contains("chưa công bố"), before);
        assertFalse(before.contains("Tổng điểm"), "an unpublished report is never shown");

        assertEquals(403, anonymous().as(code, "gva", PASSWORD).post("api/v1/schools/" + code + "/audit/reports/" + MONTH + "/publish", "").status());
        assertEquals(403, inspector().post("api/v1/schools/" + code + "/audit/reports/" + MONTH + "/publish", "").status());
        assertEquals(403, board(other).post("api/v1/schools/" + code + "/audit/reports/" + MONTH + "/publish", "").status());
        assertEquals(404, board(other).post("api/v1/schools/" + other + "/audit/reports/" + MONTH.minusYears(3) + "/publish", "").status());
        PortalClient.Reply published = board.post("api/v1/schools/" + code + "/audit/reports/" + MONTH + "/publish", "");
        assertEquals(200, published.status(), published.body());
        assertTrue(published.json().getBoolean("published"));

        String after = anonymous().get(page).body();
        assertTrue(after.contains("Tổng điểm: " + points(totalThen) + "/100"), after);
        assertTrue(after.contains("Tháng " + MONTH.getMonthValue() + "/" + MONTH.getYear()), after);
        assertTrue(after.contains("Tiêu chuẩn 3: Cơ sở hạ tầng"), after);
        LocalDate prepared = java.time.OffsetDateTime.parse(reports.get(0).getString("preparedAt")).atZoneSameInstant(HANOI).toLocalDate();
        assertTrue(after.contains("lập ngày " + String.format("%02d/%02d/%d", prepared.getDayOfMonth(), prepared.getMonthValue(),
                prepared.getYear())), after);
        assertFalse(after.contains("Người Kiểm Thử gva"), "no per-teacher details on the public site");
        assertFalse(anonymous().get("schools/" + other + "/tu-danh-gia").body().contains("Tổng điểm"),
                "another school's page shows only its own reports");
    }

    @Test
    void theJobRunsOnlyForADistrictAdminAndOnlyForA20thThatHasCome() {
        String code = freshSchool();
        String job = "api/v1/admin/audit/monthly-reports?date=";
        assertEquals(401, anonymous().post(job + REPORT_DAY, "").status());
        assertEquals(403, board(code).post(job + REPORT_DAY, "").status());
        assertEquals(403, inspector().post(job + REPORT_DAY, "").status());
        PortalClient district = districtAdmin();
        assertEquals("not-the-20th", district.post(job + REPORT_DAY.plusDays(1), "").json().getString("code"));
        assertEquals("not-the-20th", district.post("api/v1/admin/audit/monthly-reports", "").json().getString("code"));
        assertEquals("invalid-date", district.post(job + "20-11-2026", "").json().getString("code"));
        assertEquals("future-date", district.post(job + REPORT_DAY.plusMonths(1), "").json().getString("code"));
    }

    @Test
    void everySelfAssessmentEndpointIsForTheBoardAndTheDistrictOnly() {
        String code = freshSchool();
        String other = freshSchool();
        PortalClient teacher = anonymous().as(code, "gva", PASSWORD);
        PortalClient otherBoard = board(other);
        PortalClient inspector = inspector();
        for (String path : List.of(api(code) + query(), api(code) + "/result" + query(), api(code) + "/evidence" + query(),
                "api/v1/schools/" + code + "/audit/reports")) {
            assertEquals(401, anonymous().get(path).status(), path);
            assertEquals(403, teacher.get(path).status(), path);
            assertEquals(403, otherBoard.get(path).status(), path);
            assertEquals(200, inspector.get(path).status(), path);
            assertEquals(200, board(code).get(path).status(), path);
        }
        assertEquals(404, inspector.get("api/v1/schools/" + code + "/audit/reports/" + MONTH.minusYears(3)).status());
        String entry = "{\"entries\":[{\"criterion\":\"I.1.1.1\",\"score\":1}]}";
        assertEquals(401, anonymous().put(api(code) + query(), entry).status());
        assertEquals(403, teacher.put(api(code) + query(), entry).status());
        assertEquals(403, otherBoard.put(api(code) + query(), entry).status());
        assertEquals(403, inspector.put(api(code) + query(), entry).status(), "inspectors write nothing");
        assertEquals(403, districtAdmin().put(api(code) + query(), entry).status(), "the school enters its own scores");
        assertEquals(200, otherBoard.put(api(other) + query(), entry).status());
        assertTrue(board(code).get(api(code) + query()).json().getJsonArray("criteria").stream()
                .allMatch(c -> unscored((JsonObject) c)), "one school's entries never reach another");
    }
}
