package vn.eschool.portal.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The inspectors' dashboard end to end: the pages render for the board and the district, every number leads to
 * exactly the items the audit counted, the event calendar drives the event findings, and who may see and edit
 * what.
 */
class AuditDashboardIT extends PortalIT {

    private static final String DEMO = "thcs-sonca";
    private static final String DEMO_PASSWORD = "demo-2026";
    private static final String PASSWORD = "mat-khau-bang-kiem-tra";
    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final YearMonth THIS_MONTH = YearMonth.now(HANOI);

    private PortalClient board() {
        return anonymous().as(DEMO, "hieutruong", DEMO_PASSWORD);
    }

    private PortalClient teacher() {
        return anonymous().as(DEMO, "gv01", DEMO_PASSWORD);
    }

    private PortalClient inspector() {
        String username = unique("tt");
        assertEquals(201, districtAdmin().post("api/v1/accounts", account(username, "INSPECTOR")).status());
        return anonymous().as("", username, PASSWORD);
    }

    private static String account(String username, String role) {
        return Json.createObjectBuilder().add("username", username).add("fullName", "Người Kiểm Thử " + username)
                .add("role", role).add("password", PASSWORD).build().toString();
    }

    /** A new school with its board (bgh) and an editor (btv); returns its code. */
    private String freshSchool() {
        PortalClient district = districtAdmin();
        String code = unique("thcs-bd-");
        assertEquals(201, district.post("api/v1/schools",
                "{\"code\":\"" + code + "\",\"name\":\"Trường THCS Bảng " + code + "\",\"level\":\"THCS\"}").status());
        assertEquals(201, district.post("api/v1/schools/" + code + "/accounts", account("bgh", "SCHOOL_ADMIN")).status());
        assertEquals(201, district.post("api/v1/schools/" + code + "/accounts", account("gva", "TEACHER")).status());
        return code;
    }

    private static JsonObject criterion(JsonObject audit, String id) {
        return audit.getJsonArray("criteria").stream().map(JsonObject.class::cast)
                .filter(c -> c.getString("id").equals(id)).findFirst().orElseThrow();
    }

    private static List<String> eventFindings(JsonObject audit) {
        return criterion(audit, "II.3.1").getJsonArray("findings").stream().map(JsonObject.class::cast)
                .filter(f -> f.getString("kind").equals("EVENT")).map(f -> f.getString("subject")).toList();
    }

    private static String event(String name, LocalDate date, Long replaces, boolean cancelled) {
        var body = Json.createObjectBuilder().add("name", name).add("day", date.getDayOfMonth())
                .add("month", date.getMonthValue()).add("year", date.getYear()).add("cancelled", cancelled);
        if (replaces != null) {
            body.add("replaces", replaces);
        }
        return body.build().toString();
    }

    /** The month with the most published demo lectures, as the consistency report counts them. */
    private String busiestDemoMonth(PortalClient reader) {
        JsonObject consistency = reader.get("api/v1/schools/" + DEMO + "/audit/consistency?from="
                + THIS_MONTH.minusMonths(12) + "&to=" + THIS_MONTH).json();
        return consistency.getJsonArray("rows").stream().map(JsonObject.class::cast)
                .filter(row -> row.getString("type").equals("LECTURE"))
                .max(Comparator.comparingLong(row -> row.getJsonNumber("database").longValue())).orElseThrow()
                .getString("month");
    }

    @Test
    void theDashboardShowsTheBoardTheTeachersBarsAgainstTheQuotaAndTheInspectorTheDistrictHeatMap() {
        PortalClient board = board();
        String month = busiestDemoMonth(board);
        JsonObject audit = board.get("api/v1/schools/" + DEMO + "/audit?month=" + month).json();

        PortalClient.Reply page = board.get("schools/" + DEMO + "/kiem-tra?month=" + month);
        assertEquals(200, page.status(), page.body());
        assertTrue(page.contentType().startsWith("text/html"));
        String html = page.body();
        assertTrue(html.contains("<svg class=\"chart bars\""), "the bars are inline SVG");
        assertTrue(html.contains("data-quota=\"3\""), "the 8265 quota of 3 lectures a month is the line");
        assertEquals(audit.getJsonArray("teachers").size(), count(html, "<rect class=\"bar"), "one bar per teacher");
        for (JsonObject teacher : audit.getJsonArray("teachers").getValuesAs(JsonObject.class)) {
            String title = "<title>" + teacher.getString("name") + ": " + teacher.getInt("lecturesWithSoftware")
                    + " (định mức 3";
            assertTrue(html.contains(title), "the bar of " + teacher.getString("username") + " tells its value");
        }
        assertTrue(count(html, "<polyline class=\"trend\"") >= 2, "the lectures and the score have a line at least");
        assertEquals(4, count(html, "<figure class=\"mini\">"), "posts, lectures, with software, score");
        assertTrue(html.contains("id=\"criterion-II.2.1\""), "the criteria table");
        assertTrue(html.contains("Kiểm tra, đánh giá tháng " + month));

        PortalClient inspector = inspector();
        assertEquals(200, inspector.get("schools/" + DEMO + "/kiem-tra?month=" + month).status());
        JsonObject summary = inspector.get("api/v1/audit?month=" + month).json();
        JsonObject demo = summary.getJsonArray("schools").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("code").equals(DEMO)).findFirst().orElseThrow();
        PortalClient.Reply heatMap = inspector.get("kiem-tra?month=" + month);
        assertEquals(200, heatMap.status(), heatMap.body());
        String row = heatMap.body().substring(heatMap.body().indexOf("<tr data-school=\"" + DEMO + "\">"));
        row = row.substring(0, row.indexOf("</tr>"));
        assertTrue(row.contains("href=\"/schools/" + DEMO + "/kiem-tra?month=" + month + "#criterion-II.2.1\""),
                "each cell leads to the school's dashboard");
        for (String id : List.of("II.2.1", "II.2.2", "II.3.1", "II.3.2")) {
            double score = demo.getJsonObject("scores").getJsonNumber(id).doubleValue();
            Matcher cell = Pattern.compile("data-criterion=\"" + Pattern.quote(id) + "\" data-level=\"(\\w+)\"><a [^>]+>([0-9,]+)<")
                    .matcher(row);
            assertTrue(cell.find(), id + " in " + row);
            assertEquals(score, Double.parseDouble(cell.group(2).replace(',', '.')), "the score is written, not only coloured");
            assertFalse(cell.group(1).isEmpty());
        }
    }

    @Test
    void everyNumberLeadsToExactlyTheItemsTheAuditCounted() {
        PortalClient inspector = inspector();
        String month = busiestDemoMonth(inspector);
        JsonObject audit = inspector.get("api/v1/schools/" + DEMO + "/audit?month=" + month).json();
        String items = "api/v1/schools/" + DEMO + "/audit/items?month=" + month;

        long allLectures = 0;
        Set<Long> seen = new HashSet<>();
        for (JsonObject teacher : audit.getJsonArray("teachers").getValuesAs(JsonObject.class)) {
            String who = "&teacher=" + teacher.getString("username");
            for (Map.Entry<String, String> number : Map.of("lectures", "lectures", "specialised", "lecturesWithSoftware",
                    "posts", "posts").entrySet()) {
                JsonObject list = inspector.get(items + who + "&kind=" + number.getKey()).json();
                long counted = teacher.getJsonNumber(number.getValue()).longValue();
                assertEquals(counted, list.getJsonNumber("total").longValue(), teacher.getString("username") + " " + number);
                assertEquals(counted, list.getJsonArray("items").size(), "every item is listed");
            }
            JsonObject lectures = inspector.get(items + who + "&kind=lectures").json();
            lectures.getJsonArray("items").getValuesAs(JsonObject.class).forEach(item -> {
                assertEquals("LECTURE", item.getString("type"));
                assertTrue(item.getString("countedOn").startsWith(month), item.toString());
                assertTrue(seen.add(item.getJsonNumber("id").longValue()), "a lecture is one teacher's");
                assertTrue(item.getString("url").startsWith("/api/v1/schools/" + DEMO + "/lectures?month=" + month));
            });
            allLectures += teacher.getInt("lectures");
        }
        assertTrue(allLectures > 0, "the busiest month has lectures");
        assertEquals(allLectures, inspector.get(items + "&kind=lectures").json().getJsonNumber("total").longValue(),
                "the school's lectures are its teachers'");

        JsonObject teacher = audit.getJsonArray("teachers").getValuesAs(JsonObject.class).stream()
                .max(Comparator.comparingInt(t -> t.getInt("lectures"))).orElseThrow();
        PortalClient.Reply page = inspector.get("schools/" + DEMO + "/kiem-tra/muc?month=" + month + "&kind=lectures&teacher="
                + teacher.getString("username"));
        assertEquals(200, page.status(), page.body());
        assertTrue(page.body().contains("<strong id=\"item-total\">" + teacher.getInt("lectures") + "</strong>"));
        assertEquals(teacher.getInt("lectures"), count(page.body(), "<tr data-id="));
        assertTrue(inspector.get("schools/" + DEMO + "/kiem-tra?month=" + month).body()
                .contains("/schools/" + DEMO + "/kiem-tra/muc?month=" + month + "&amp;teacher=" + teacher.getString("username")
                        + "&amp;kind=lectures"), "the teacher table links its numbers to these lists");
    }

    @Test
    void addingAnEventToTheSchoolsCalendarMakesAFindingAndRemovingItTakesItAway() {
        String code = freshSchool();
        PortalClient admin = anonymous().as(code, "bgh", PASSWORD);
        // Ten days ago: past the 7-day window of the rule set, so an event with no news is untimely.
        LocalDate day = LocalDate.now(HANOI).minusDays(10);
        String month = YearMonth.from(day).toString();
        String auditPath = "api/v1/schools/" + code + "/audit?month=" + month + "&rules=8265-2021";
        String name = "Hội thi Rung chuông vàng " + code;
        JsonObject before = admin.get(auditPath).json();
        assertFalse(eventFindings(before).contains(name));

        PortalClient.Reply added = admin.post("api/v1/schools/" + code + "/audit/calendar", event(name, day, null, false));
        assertEquals(201, added.status(), added.body());
        long id = added.json().getJsonNumber("id").longValue();
        assertEquals("SCHOOL", added.json().getString("scope"));
        JsonObject after = admin.get(auditPath).json();

        assertTrue(eventFindings(after).contains(name), eventFindings(after).toString());
        assertEquals(Math.min(5.0, criterion(before, "II.3.1").getJsonNumber("deduction").doubleValue() + 1),
                criterion(after, "II.3.1").getJsonNumber("deduction").doubleValue(), "one point per untimely event");
        JsonObject calendar = admin.get("api/v1/schools/" + code + "/audit/calendar?year="
                + (day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1)).json();
        assertTrue(calendar.getJsonArray("events").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getString("name").equals(name) && e.getString("date").equals(day.toString())));

        assertEquals(204, admin.delete("api/v1/schools/" + code + "/audit/calendar/" + id).status());
        assertFalse(eventFindings(admin.get(auditPath).json()).contains(name));
    }

    @Test
    void theDistrictsDefaultsReachEverySchoolUnlessItCancelsThem() {
        String code = freshSchool();
        PortalClient admin = anonymous().as(code, "bgh", PASSWORD);
        LocalDate day = LocalDate.now(HANOI).minusDays(9);
        String month = YearMonth.from(day).toString();
        String name = "Chuyên đề cấp Phòng " + code;
        PortalClient district = districtAdmin();
        PortalClient.Reply added = district.post("api/v1/audit/calendar", event(name, day, null, false));
        assertEquals(201, added.status(), added.body());
        long id = added.json().getJsonNumber("id").longValue();
        try {
            String auditPath = "api/v1/schools/" + code + "/audit?month=" + month;
            assertTrue(eventFindings(admin.get(auditPath).json()).contains(name), "a district event is every school's");

            PortalClient.Reply cancelled = admin.post("api/v1/schools/" + code + "/audit/calendar", event(name, day, id, true));
            assertEquals(201, cancelled.status(), cancelled.body());
            assertFalse(eventFindings(admin.get(auditPath).json()).contains(name), "the school does not hold it");
            assertTrue(eventFindings(board().get("api/v1/schools/" + DEMO + "/audit?month=" + month).json()).contains(name),
                    "another school still does");
            assertEquals(409, admin.post("api/v1/schools/" + code + "/audit/calendar", event(name, day, id, true)).status(),
                    "one replacement per district event");
        } finally {
            assertEquals(204, district.delete("api/v1/audit/calendar/" + id).status());
        }
        assertTrue(admin.get("api/v1/schools/" + code + "/audit/calendar").json().getJsonArray("schoolLines").isEmpty(),
                "the cancellation goes with the district event");
    }

    private static List<JsonObject> findings(JsonObject criterion) {
        return criterion.getJsonArray("findings").getValuesAs(JsonObject.class);
    }

    private static double deduction(JsonObject audit, String id) {
        return criterion(audit, id).getJsonNumber("deduction").doubleValue();
    }

    /**
     * The latest closed month of the demo school, by hand: II.2.1 one teacher short (gv28: two lectures with
     * specialised software, one with PowerPoint) −2; II.2.2 one class × subject of gv10 without material −2;
     * II.3.1 shortcomings of 0,5 (the sponsorship disclosure overdue at least); II.3.2 the folder "Tài nguyên" with
     * nothing new, a finding without deduction; I.1.1.2 every earlier report stored, 0; III.3.1.3 the board and the
     * editor sign in without two factors, −1. With the board's own scores the month totals 85 to 97.
     */
    @Test
    void theDemoSchoolsLatestClosedMonthLooksLikeARealSchool() {
        PortalClient board = board();
        YearMonth month = THIS_MONTH.minusMonths(1);
        JsonObject audit = board.get("api/v1/schools/" + DEMO + "/audit?month=" + month + "&rules=8265-2021").json();

        assertEquals(2.0, deduction(audit, "II.2.1"), criterion(audit, "II.2.1").toString());
        assertEquals(List.of("gv28"), findings(criterion(audit, "II.2.1")).stream().map(f -> f.getString("subject")).toList());
        assertEquals(2.0, deduction(audit, "II.2.2"), criterion(audit, "II.2.2").toString());
        assertEquals(1, findings(criterion(audit, "II.2.2")).size());
        double publicSite = deduction(audit, "II.3.1");
        assertTrue(publicSite >= 0.5 && publicSite <= 1.5, criterion(audit, "II.3.1").toString());
        assertTrue(findings(criterion(audit, "II.3.1")).stream().anyMatch(f -> f.getString("subject").equals("disclosures: tai-tro")),
                criterion(audit, "II.3.1").toString());
        assertEquals(0.0, deduction(audit, "II.3.2"), criterion(audit, "II.3.2").toString());
        assertEquals(List.of("Tài nguyên"), findings(criterion(audit, "II.3.2")).stream().map(f -> f.getString("subject")).toList());
        assertEquals(0.0, deduction(audit, "I.1.1.2"), "the demo stored the reports of the months before");
        assertEquals(1.0, deduction(audit, "III.3.1.3"));
        assertEquals(23.5 - 5 - publicSite, audit.getJsonNumber("totalScore").doubleValue(), 1e-9);

        JsonObject result = board.get("api/v1/schools/" + DEMO + "/self-assessment/result?month=" + month).json();
        double total = result.getJsonNumber("total").doubleValue();
        assertTrue(total >= 85 && total <= 97, "the whole month: " + total);
        assertEquals(0, result.getJsonArray("notEntered").size(), "the board scored every criterion it judges");

        JsonObject now = board.get("api/v1/schools/" + DEMO + "/audit?month=" + THIS_MONTH).json();
        assertTrue(now.getJsonArray("teachers").getValuesAs(JsonObject.class).stream().mapToInt(t -> t.getInt("lectures")).sum() > 0,
                "the current month is never empty");
        java.time.OffsetDateTime later = java.time.OffsetDateTime.now().plusMinutes(1);
        for (JsonObject post : anonymous().get("api/v1/schools/" + DEMO + "/posts").array().getValuesAs(JsonObject.class)) {
            assertFalse(java.time.OffsetDateTime.parse(post.getString("publishedAt")).isAfter(later), post.toString());
        }
        JsonObject consistency = board.get("api/v1/schools/" + DEMO + "/audit/consistency?from="
                + THIS_MONTH.minusMonths(13) + "&to=" + THIS_MONTH).json();
        assertEquals(3, consistency.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(row -> row.getString("type").equals("PAGE")).mapToLong(row -> row.getJsonNumber("database").longValue())
                .sum(), "the three parts of the introduction are dated within the history, none in a month to come");
    }

    /**
     * A new school: the organisation chart lacks a group's head, the contact details lack address, phone and email,
     * one disclosure published makes the section present and each item overdue or late a shortcoming, the prescribed
     * folders receive nothing, and neither the board nor the editor signs in with two factors.
     */
    @Test
    void theChecksOfANewSchoolMeasureWhatItLacks() {
        String code = freshSchool();
        PortalClient district = districtAdmin();
        assertEquals(201, district.post("api/v1/schools/" + code + "/accounts", Json.createObjectBuilder()
                .add("username", "btv").add("fullName", "Biên Tập Viên").add("role", "EDITOR").add("password", PASSWORD)
                .build().toString()).status());
        assertEquals(201, district.post("api/v1/schools/" + code + "/accounts", Json.createObjectBuilder()
                .add("username", "gvt").add("fullName", "Giáo Viên Tổ Toán").add("role", "TEACHER").add("password", PASSWORD)
                .add("group", "Tổ Toán").build().toString()).status());
        LocalDate today = LocalDate.now(HANOI);
        int start = today.getMonthValue() >= 7 ? today.getYear() : today.getYear() - 1;
        PortalClient.Reply disclosed = anonymous().as(code, "btv", PASSWORD).post("api/v1/schools/" + code
                + "/disclosures/" + start + "-" + (start + 1) + "/hoc-phi", "{\"text\":\"Mức thu học phí năm học\"}");
        assertEquals(201, disclosed.status(), disclosed.body());

        JsonObject audit = anonymous().as(code, "bgh", PASSWORD)
                .get("api/v1/schools/" + code + "/audit?month=" + THIS_MONTH + "&rules=8265-2021").json();

        List<String> gaps = findings(criterion(audit, "II.3.1")).stream().map(f -> f.getString("subject")).toList();
        // The fees published today, after the yearly deadline of 30 June, are late; the sponsorship, never published, overdue.
        assertTrue(gaps.containsAll(List.of("organisation: Tổ Toán", "contact: address", "contact: phone", "contact: email",
                "disclosures: tai-tro", "disclosures: hoc-phi")), gaps.toString());
        assertFalse(gaps.contains("organisation: board"), "the board is there");
        List<JsonObject> folders = findings(criterion(audit, "II.3.2")).stream()
                .filter(f -> f.getString("kind").equals("FOLDER")).toList();
        assertEquals(4, folders.size(), "the four prescribed folders exist but received nothing");
        assertTrue(folders.stream().noneMatch(f -> f.getBoolean("deducts")), "8265 sets no deduction for folders");
        assertTrue(folders.get(0).getString("messageVi").contains("không có tài liệu mới trong tháng"), folders.toString());
        assertEquals(List.of("bgh", "btv"), findings(criterion(audit, "III.3.1.3")).stream().map(f -> f.getString("subject")).toList());
        assertEquals(1.0, deduction(audit, "III.3.1.3"), "one content not met, however many accounts");

        // October owes September's report, which a new school does not have: −0,25.
        YearMonth october = YearMonth.of(THIS_MONTH.getMonthValue() >= 10 ? THIS_MONTH.getYear() : THIS_MONTH.getYear() - 1, 10);
        JsonObject inOctober = anonymous().as(code, "bgh", PASSWORD)
                .get("api/v1/schools/" + code + "/audit?month=" + october + "&rules=8265-2021").json();
        assertEquals(0.25, deduction(inOctober, "I.1.1.2"));
        assertEquals(List.of(october.minusMonths(1).toString()),
                findings(criterion(inOctober, "I.1.1.2")).stream().map(f -> f.getString("subject")).toList());
    }

    /**
     * Contact: the question form is measured, not assumed. Open by default; a school that closes it loses the form
     * on its contact page, refuses questions readably, and the audit finds "contact: question-form". Only the
     * school's editors and board switch it.
     */
    @Test
    void aClosedQuestionFormIsAContactShortcoming() {
        String code = freshSchool();
        PortalClient board = anonymous().as(code, "bgh", PASSWORD);
        String form = "api/v1/schools/" + code + "/questions/form";
        assertTrue(board.get(form).json().getBoolean("open"), "a new school's form is open");
        assertFalse(contactGaps(board, code).contains("contact: question-form"));

        assertEquals(401, anonymous().put(form, "{\"open\":false}").status());
        assertEquals(403, anonymous().as(code, "gva", PASSWORD).put(form, "{\"open\":false}").status());
        assertEquals(403, anonymous().as(DEMO, "hieutruong", DEMO_PASSWORD).put(form, "{\"open\":false}").status(),
                "another school's board");
        assertEquals(400, board.put(form, "{}").status(), "open is required");
        // A visitor who opened the page before the school closed the form sends it afterwards.
        PortalClient visitor = anonymous();
        String before = visitor.get("schools/" + code + "/lien-he").body();
        PortalClient.Reply closed = board.put(form, "{\"open\":false}");
        assertEquals(200, closed.status(), closed.body());
        assertFalse(closed.json().getBoolean("open"));

        assertTrue(contactGaps(board, code).contains("contact: question-form"));
        String page = visitor.get("schools/" + code + "/lien-he").body();
        assertFalse(page.contains("name=\"cauHoi\""), "no form on the contact page");
        assertTrue(page.contains("tạm đóng"), page);
        PortalClient.Reply refused = visitor.postForm("schools/" + code + "/lien-he", Map.of("_csrf", hidden(before, "_csrf"),
                "dau", hidden(before, "dau"), "hoTen", "Nguyễn Văn An", "lienHe", "0912 345 678",
                "cauHoi", "Xin hỏi lịch họp phụ huynh học kì II?", "website", ""), Map.of());
        assertEquals(403, refused.status(), refused.body());
        assertTrue(refused.body().contains("tạm đóng"), refused.body());

        assertEquals(200, board.put(form, "{\"open\":true}").status());
        assertFalse(contactGaps(board, code).contains("contact: question-form"));
    }


    private static List<String> contactGaps(PortalClient reader, String code) {
        JsonObject audit = reader.get("api/v1/schools/" + code + "/audit?month=" + THIS_MONTH + "&rules=8265-2021").json();
        return findings(criterion(audit, "II.3.1")).stream().map(f -> f.getString("subject"))
                .filter(subject -> subject.startsWith("contact:")).toList();
    }

    @Test
    void onlyTheSchoolsBoardAndTheDistrictSeeTheDashboardAndOnlyAdminsEditTheCalendar() {
        String other = freshSchool();
        PortalClient otherAdmin = anonymous().as(other, "bgh", PASSWORD);
        PortalClient teacher = teacher();
        PortalClient inspector = inspector();
        PortalClient board = board();
        for (String path : List.of("schools/" + DEMO + "/kiem-tra", "schools/" + DEMO + "/kiem-tra/muc?kind=lectures",
                "schools/" + DEMO + "/kiem-tra/lich")) {
            PortalClient.Reply anonymousPage = anonymous().get(path);
            assertEquals(303, anonymousPage.status(), path);
            assertTrue(anonymousPage.raw().headers().firstValue("Location").orElse("").contains("/login?school=" + DEMO));
            assertEquals(403, teacher.get(path).status(), path);
            assertEquals(403, otherAdmin.get(path).status(), path);
            assertEquals(200, inspector.get(path).status(), path);
            assertEquals(200, board.get(path).status(), path);
        }
        for (String path : List.of("kiem-tra", "kiem-tra/lich")) {
            assertEquals(303, anonymous().get(path).status(), path);
            assertEquals(403, board.get(path).status(), path + " is the district's");
            assertEquals(403, teacher.get(path).status(), path);
            assertEquals(200, inspector.get(path).status(), path);
        }
        for (String path : List.of("api/v1/schools/" + DEMO + "/audit/items", "api/v1/schools/" + DEMO + "/audit/calendar")) {
            assertEquals(401, anonymous().get(path).status(), path);
            assertEquals(403, teacher.get(path).status(), path);
            assertEquals(403, otherAdmin.get(path).status(), path);
            assertEquals(200, inspector.get(path).status(), path);
            assertEquals(200, board.get(path).status(), path);
        }
        assertEquals(401, anonymous().get("api/v1/audit/calendar").status());
        assertEquals(403, teacher.get("api/v1/audit/calendar").status());
        assertEquals(200, board.get("api/v1/audit/calendar").status(), "school admins read the defaults they replace");
        assertEquals(200, inspector.get("api/v1/audit/calendar").status());

        // Writing the district's defaults: district admins only.
        LocalDate day = LocalDate.of(THIS_MONTH.getYear() + 1, 3, 26);
        String districtEvent = event("Hội khỏe Phù Đổng " + other, day, null, false);
        for (PortalClient refused : List.of(anonymous(), teacher, board, inspector)) {
            int status = refused.post("api/v1/audit/calendar", districtEvent).status();
            assertTrue(status == 401 || status == 403, "refused " + status);
        }
        PortalClient district = districtAdmin();
        long defaultId = district.post("api/v1/audit/calendar", districtEvent).json().getJsonNumber("id").longValue();
        assertEquals(401, anonymous().put("api/v1/audit/calendar/" + defaultId, districtEvent).status());
        assertEquals(403, inspector.put("api/v1/audit/calendar/" + defaultId, districtEvent).status(), "inspectors only read");
        assertEquals(403, board.delete("api/v1/audit/calendar/" + defaultId).status());
        assertEquals(200, district.put("api/v1/audit/calendar/" + defaultId, districtEvent).status());
        assertEquals(204, district.delete("api/v1/audit/calendar/" + defaultId).status());

        // Writing a school's lines: its admin (and the district admin), never another school's.
        String own = event("Ngày hội đọc sách " + other, day, null, false);
        String demoCalendar = "api/v1/schools/" + DEMO + "/audit/calendar";
        assertEquals(401, anonymous().post(demoCalendar, own).status());
        assertEquals(403, teacher.post(demoCalendar, own).status());
        assertEquals(403, inspector.post(demoCalendar, own).status(), "inspectors only read");
        assertEquals(403, otherAdmin.post(demoCalendar, own).status());
        long lineId = board.post(demoCalendar, own).json().getJsonNumber("id").longValue();
        assertEquals(403, otherAdmin.put(demoCalendar + "/" + lineId, own).status());
        assertEquals(404, otherAdmin.delete("api/v1/schools/" + other + "/audit/calendar/" + lineId).status(),
                "another school's line is not found through one's own school");
        assertFalse(otherAdmin.get("api/v1/schools/" + other + "/audit/calendar").body().contains("Ngày hội đọc sách"));
        assertEquals(403, teacher.delete(demoCalendar + "/" + lineId).status());
        assertEquals(200, board.put(demoCalendar + "/" + lineId, own).status());
        assertEquals(204, board.delete(demoCalendar + "/" + lineId).status());

        // The pages' forms.
        Map<String, String> form = Map.of("name", "Ngày hội STEM " + other, "day", "12", "month", "4");
        assertEquals(403, anonymous().postForm("schools/" + DEMO + "/kiem-tra/lich", form, Map.of()).status());
        assertEquals(403, inspector.postForm("schools/" + DEMO + "/kiem-tra/lich", form, Map.of()).status());
        assertEquals(403, otherAdmin.postForm("schools/" + DEMO + "/kiem-tra/lich", form, Map.of()).status());
        assertEquals(403, inspector.postForm("kiem-tra/lich", form, Map.of()).status());
        assertEquals(403, board.postForm("kiem-tra/lich", form, Map.of()).status());
        assertEquals(303, otherAdmin.postForm("schools/" + other + "/kiem-tra/lich", form, Map.of()).status());
        assertTrue(otherAdmin.get("schools/" + other + "/kiem-tra/lich").body().contains("Ngày hội STEM " + other));
        assertFalse(board.get("schools/" + DEMO + "/kiem-tra/lich").body().contains("Ngày hội STEM " + other),
                "one school's events are not another's");

        // One school never lists another's items.
        Set<Long> demoItems = ids(inspector.get("api/v1/schools/" + DEMO + "/audit/items?month=" + THIS_MONTH).json());
        Set<Long> otherItems = ids(otherAdmin.get("api/v1/schools/" + other + "/audit/items?month=" + THIS_MONTH).json());
        assertFalse(demoItems.isEmpty());
        assertTrue(otherItems.stream().noneMatch(demoItems::contains));
    }

    @Test
    void badInputIsAProblemForTheApiAndAVietnamesePageForBrowsers() {
        PortalClient board = board();
        PortalClient.Reply kind = board.get("api/v1/schools/" + DEMO + "/audit/items?kind=tat-ca");
        assertEquals(400, kind.status());
        assertTrue(kind.isProblem());
        assertEquals("invalid-kind", kind.json().getString("code"));
        PortalClient.Reply page = board.get("schools/" + DEMO + "/kiem-tra?month=2026-13");
        assertEquals(400, page.status());
        assertTrue(page.contentType().startsWith("text/html"), page.contentType());
        assertTrue(page.body().contains("phải là một tháng dạng YYYY-MM"));
        PortalClient.Reply impossible = board.post("api/v1/schools/" + DEMO + "/audit/calendar",
                "{\"name\":\"Ngày 31/2\",\"day\":31,\"month\":2}");
        assertEquals(400, impossible.status());
        assertEquals("invalid-date", impossible.json().getString("code"));
        PortalClient.Reply missing = board.post("api/v1/schools/" + DEMO + "/audit/calendar", "{\"day\":3}");
        assertEquals(400, missing.status());
        assertTrue(missing.body().contains("name") && missing.body().contains("month"), missing.body());
        assertEquals("invalid-year", board.get("api/v1/schools/" + DEMO + "/audit/calendar?year=abc").json().getString("code"));
        assertEquals(400, board.postForm("schools/" + DEMO + "/kiem-tra/lich",
                Map.of("name", "x", "day", "mười", "month", "4"), Map.of()).status());
        assertEquals(400, board.post("api/v1/schools/" + DEMO + "/audit/calendar",
                "{\"name\":\"Huỷ\",\"day\":3,\"month\":4,\"cancelled\":true}").status(), "only district events are cancelled");
    }

    private static Set<Long> ids(JsonObject list) {
        Set<Long> ids = new HashSet<>();
        list.getJsonArray("items").getValuesAs(JsonObject.class).forEach(i -> ids.add(i.getJsonNumber("id").longValue()));
        return ids;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            n++;
        }
        return n;
    }
}
