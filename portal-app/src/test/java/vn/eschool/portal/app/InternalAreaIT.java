package vn.eschool.portal.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Layer 2 end to end: staff import, folders and their items with audiences, e-lectures (software detection,
 * duplicates, quota, uploads on behalf with an original date), the teacher's month, visits and activity, and
 * who may call what. Each test makes a school of its own: the storage quota and the counts are per school.
 */
class InternalAreaIT extends PortalIT {

    private static final String DEMO = "thcs-sonca";
    private static final String PASSWORD = "mat-khau-giao-vien";
    private static final String ADMIN = "quantri";
    private static final String ADMIN_PASSWORD = "mat-khau-quan-tri";

    private PortalClient district() {
        return anonymous().as("", "admin", "district-admin-pass");
    }

    /** A school with its admin "quantri", and teachers named by username → professional group. */
    private String newSchool(Map<String, String> teachers) {
        PortalClient district = district();
        String code = unique("thcs-l2-");
        assertEquals(201, district.post("api/v1/schools",
                "{\"code\":\"" + code + "\",\"name\":\"Trường THCS Lớp Hai\",\"level\":\"THCS\"}").status());
        assertEquals(201, district.post("api/v1/schools/" + code + "/accounts", Json.createObjectBuilder()
                .add("username", ADMIN).add("fullName", "Hiệu Trưởng Thử").add("role", "SCHOOL_ADMIN")
                .add("password", ADMIN_PASSWORD).build().toString()).status());
        teachers.forEach((username, group) -> assertEquals(201, district.post("api/v1/schools/" + code + "/accounts",
                Json.createObjectBuilder().add("username", username).add("fullName", "Giáo Viên " + username)
                        .add("role", "TEACHER").add("password", PASSWORD).add("group", group).build().toString())
                .status()));
        return code;
    }

    private PortalClient admin(String school) {
        return anonymous().as(school, ADMIN, ADMIN_PASSWORD);
    }

    private PortalClient teacher(String school, String username) {
        return anonymous().as(school, username, PASSWORD);
    }

    private static byte[] tikaSample(String name) {
        try (InputStream in = InternalAreaIT.class.getResourceAsStream("/test-documents/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> lectureFields(String... extra) {
        Map<String, String> fields = new LinkedHashMap<>(Map.of("title", "Phân số", "subject", "Toán", "grade", "6",
                "className", "6A1"));
        for (int i = 0; i < extra.length; i += 2) {
            fields.put(extra[i], extra[i + 1]);
        }
        return fields;
    }

    private static PortalClient.Reply uploadLecture(PortalClient client, String school, String filename,
                                                    byte[] content, String... extra) {
        return client.multipart("POST", "api/v1/schools/" + school + "/lectures", lectureFields(extra),
                Map.of(filename, content));
    }

    private static JsonObject myMonth(PortalClient client, String school, String month) {
        return client.get("api/v1/schools/" + school + "/lectures/my-month" + (month == null ? "" : "?month=" + month))
                .json();
    }

    private static List<String> strings(jakarta.json.JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static long folderNamed(PortalClient client, String school, String name) {
        return client.get("api/v1/schools/" + school + "/folders").array().stream().map(JsonObject.class::cast)
                .filter(f -> f.getString("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("No folder " + name)).getJsonNumber("id").longValue();
    }

    @Test
    void aStaffListWithErrorsCreatesNobodyAndAGoodOneCreatesEveryoneWithOneTimePasswords() {
        String school = newSchool(Map.of());
        PortalClient admin = admin(school);
        String path = "api/v1/schools/" + school + "/accounts/import";
        String bad = "Họ và tên,Tổ chuyên môn,Email\nNguyễn Văn An,Tổ Toán,an@example.edu.vn\n"
                + "Trần Thị Bình,Tổ Ngữ văn,không-phải-email\n";

        JsonObject preview = admin.multipart("POST", path + "?commit=false", Map.of(),
                Map.of("danh-sach.csv", bad.getBytes(StandardCharsets.UTF_8))).json();
        assertFalse(preview.getBoolean("canCommit"));
        assertEquals("bad-email", preview.getJsonArray("errors").getJsonObject(0).getString("code"));
        PortalClient.Reply refused = admin.multipart("POST", path + "?commit=true", Map.of(),
                Map.of("danh-sach.csv", bad.getBytes(StandardCharsets.UTF_8)));
        assertEquals(400, refused.status());
        assertEquals("import-has-errors", refused.json().getString("code"));
        assertTrue(refused.json().getJsonArray("errors").getJsonObject(0).getString("field").startsWith("dòng 3"),
                refused.body());
        assertFalse(admin.get("api/v1/schools/" + school + "/accounts").body().contains("Nguyễn Văn An"),
                "nothing created while a row has an error");

        String good = bad.replace("không-phải-email", "binh@example.edu.vn");
        PortalClient.Reply committed = admin.multipart("POST", path + "?commit=true", Map.of(),
                Map.of("danh-sach.csv", good.getBytes(StandardCharsets.UTF_8)));
        assertEquals(201, committed.status(), committed.body());
        assertEquals(2, committed.json().getInt("created"));
        JsonObject an = committed.json().getJsonArray("accounts").getJsonObject(0);
        assertEquals("annv", an.getString("username"));
        assertNotNull(an.getString("initialPassword"));
        JsonObject account = admin.get("api/v1/schools/" + school + "/accounts/annv").json();
        assertTrue(account.getBoolean("mustChangePassword"));
        assertEquals("Tổ Toán", account.getString("group"));
        PortalClient.Reply firstSignIn = anonymous().as(school, "annv", an.getString("initialPassword"))
                .get("api/v1/schools/" + school + "/folders");
        assertEquals("password-change-required", firstSignIn.json().getString("code"));
        assertTrue(admin.get("api/v1/schools/" + school + "/logbook").body().contains("account.imported"));
    }

    @Test
    void prescribedFoldersExistForEverySchoolAndOnlyOwnFoldersChange() {
        String school = newSchool(Map.of("gvtoan", "Tổ Toán"));
        PortalClient admin = admin(school);
        String folders = "api/v1/schools/" + school + "/folders";
        var list = admin.get(folders).array().stream().map(JsonObject.class::cast).toList();
        for (String name : List.of("Tin tức nội bộ", "Tài liệu học", "Văn bản nội bộ", "Tài nguyên")) {
            JsonObject folder = list.stream().filter(f -> f.getString("name").equals(name)).findFirst().orElseThrow();
            assertTrue(folder.getBoolean("prescribed"));
            long id = folder.getJsonNumber("id").longValue();
            assertEquals(409, admin.delete(folders + "/" + id).status(), name);
            assertEquals(409, admin.put(folders + "/" + id, "{\"name\":\"Khác\"}").status(), name);
        }
        assertTrue(list.stream().anyMatch(f -> f.getString("name").equals("Kho bài giảng – Tổ Toán")
                && f.getString("kind").equals("LESSONS")), "the group's lesson repository");

        long own = admin.post(folders, "{\"name\":\"Kế hoạch tổ\"}").json().getJsonNumber("id").longValue();
        PortalClient.Reply sub = teacher(school, "gvtoan").post(folders, "{\"name\":\"Tháng 10\",\"parentId\":" + own + "}");
        assertEquals(201, sub.status(), sub.body());
        PortalClient.Reply notEmpty = admin.delete(folders + "/" + own);
        assertEquals(409, notEmpty.status());
        assertEquals("folder-not-empty", notEmpty.json().getString("code"));
        assertEquals(200, admin.put(folders + "/" + own, "{\"name\":\"Kế hoạch tổ chuyên môn\"}").status());
        assertEquals(204, admin.delete(folders + "/" + sub.json().getJsonNumber("id")).status());
        assertEquals(204, admin.delete(folders + "/" + own).status());

        String prescribed = unique("Kế hoạch giáo dục ");
        assertEquals(403, admin.post("api/v1/district/folders", "{\"name\":\"" + prescribed + "\"}").status());
        assertEquals(201, district().post("api/v1/district/folders", "{\"name\":\"" + prescribed + "\"}").status());
        assertTrue(admin.get(folders).body().contains(prescribed), "a new prescribed folder reaches every school");
        assertTrue(anonymous().as(DEMO, "gv01", "demo-2026").get("api/v1/schools/" + DEMO + "/folders").body()
                .contains(prescribed));
    }

    @Test
    void audiencesDecideWhoSeesAnItemAndOnlyItsAuthorOrAnAdminChangesIt() {
        String school = newSchool(Map.of("gva", "Tổ Toán", "gvb", "Tổ Ngữ văn", "gvc", "Tổ Toán"));
        PortalClient a = teacher(school, "gva");
        PortalClient b = teacher(school, "gvb");
        PortalClient c = teacher(school, "gvc");
        String items = "api/v1/schools/" + school + "/folders/" + folderNamed(a, school, "Văn bản nội bộ") + "/items";
        PortalClient.Reply forMaths = a.post(items, "{\"title\":\"Kế hoạch tổ Toán\",\"group\":\"Tổ Toán\"}");
        assertEquals(201, forMaths.status(), forMaths.body());
        assertEquals("GROUP", forMaths.json().getString("audience"));
        long mathsId = forMaths.json().getJsonNumber("id").longValue();
        assertEquals(201, a.post(items, "{\"title\":\"Gửi riêng cô B\",\"people\":[\"gvb\"]}").status());
        PortalClient.Reply forAll = a.multipart("POST", items, Map.of("title", "Quy chế chuyên môn",
                "type", "INTERNAL_DOCUMENT"), Map.of("quy-che.txt", "Quy chế".getBytes(StandardCharsets.UTF_8)));
        assertEquals(201, forAll.status(), forAll.body());
        long allId = forAll.json().getJsonNumber("id").longValue();
        assertNotNull(forAll.json().getJsonNumber("attachmentId"));

        assertEquals(List.of("Quy chế chuyên môn", "Gửi riêng cô B"), titles(b.get(items)));
        assertEquals(List.of("Quy chế chuyên môn", "Kế hoạch tổ Toán"), titles(c.get(items)));
        assertEquals(3, titles(admin(school).get(items)).size());
        assertEquals(404, b.get(items + "/" + mathsId).status(), "an item outside one's audience does not exist");
        assertEquals(200, c.get(items + "/" + mathsId).status());

        assertEquals(403, b.put(items + "/" + allId, "{\"title\":\"Sửa\"}").status());
        assertEquals(403, b.delete(items + "/" + allId).status());
        assertEquals(200, a.put(items + "/" + allId, "{\"title\":\"Quy chế chuyên môn (sửa)\"}").status());
        assertEquals(204, admin(school).delete(items + "/" + allId).status());
        assertEquals(List.of("Gửi riêng cô B"), titles(b.get(items)), "deleted items leave every list");

        PortalClient otherSchool = anonymous().as(DEMO, "gv01", "demo-2026");
        assertEquals(403, otherSchool.get(items).status());
        assertEquals(403, otherSchool.post(items, "{\"title\":\"x\"}").status());
    }

    private static List<String> titles(PortalClient.Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        return reply.array().stream().map(JsonObject.class::cast).map(o -> o.getString("title")).toList();
    }

    @Test
    void aTeachersPowerPointIsDetectedCountedOnceAndOnlyTheirsToDelete() {
        String school = newSchool(Map.of("gva", "Tổ Toán", "gvb", "Tổ Toán"));
        PortalClient a = teacher(school, "gva");
        byte[] pptx = tikaSample("testPPT.pptx");

        PortalClient.Reply first = uploadLecture(a, school, "phan-so.pptx", pptx, "software", "Violet");
        assertEquals(201, first.status(), first.body());
        JsonObject lecture = first.json().getJsonArray("lectures").getJsonObject(0);
        List<String> software = strings(lecture.getJsonArray("software"));
        assertTrue(software.get(0).startsWith("PowerPoint"), software.toString());
        assertTrue(software.contains("Violet"), software.toString());
        assertEquals("Tổ Toán", lecture.getString("group"));
        assertEquals("gva", lecture.getString("author"));
        assertTrue(lecture.getInt("week") >= 1);
        assertFalse(lecture.getBoolean("duplicate"));
        JsonObject month = myMonth(a, school, null);
        assertEquals(1, month.getInt("uploaded"));
        assertEquals(3, month.getInt("required"), "no rule set: Decision 8265/2021's three a month");
        assertFalse(month.getBoolean("met"));
        assertTrue(month.getString("textVi").startsWith("Tháng này: 1/3"), month.getString("textVi"));

        PortalClient.Reply again = uploadLecture(a, school, "phan-so-ban-sao.pptx", pptx);
        assertEquals(200, again.status(), again.body());
        assertTrue(again.json().getBoolean("duplicate"));
        assertEquals(lecture.getJsonNumber("id"), again.json().getJsonArray("lectures").getJsonObject(0)
                .getJsonNumber("id"));
        assertEquals(1, myMonth(a, school, null).getInt("uploaded"), "never counted twice");
        assertEquals(1, a.get("api/v1/schools/" + school + "/lectures").array().size());
        long lessonFolder = folderNamed(a, school, "Kho bài giảng – Tổ Toán");
        assertEquals(1, a.get("api/v1/schools/" + school + "/folders/" + lessonFolder + "/items").array().size());

        String own = "api/v1/schools/" + school + "/lectures/" + lecture.getJsonNumber("id");
        PortalClient b = teacher(school, "gvb");
        assertEquals(403, b.delete(own).status(), "another teacher's lecture");
        assertEquals(403, anonymous().as(DEMO, "gv01", "demo-2026").delete(own).status(), "another school");
        assertEquals(403, uploadLecture(b, school, "thay.pptx", pptx, "author", "gva").status(),
                "only the admin uploads for someone else");
        assertEquals(403, uploadLecture(b, school, "cu.pptx", pptx, "countedOn", "2025-10-15").status());
        assertEquals(204, a.delete(own).status());
        assertEquals(0, myMonth(a, school, null).getInt("uploaded"));
        assertEquals(201, uploadLecture(a, school, "phan-so.pptx", pptx).status(), "deleted, so new again");
    }

    @Test
    void anAdminUploadForATeacherWithItsOriginalDateCountsInThatMonth() {
        String school = newSchool(Map.of("gva", "Tổ Ngữ văn"));
        PortalClient admin = admin(school);
        PortalClient.Reply uploaded = uploadLecture(admin, school, "tho-moi.txt",
                "Bài giảng thơ mới".getBytes(StandardCharsets.UTF_8), "subject", "Ngữ văn", "grade", "8",
                "className", "8A2", "author", "gva", "countedOn", "2025-10-15T08:00");
        assertEquals(201, uploaded.status(), uploaded.body());
        JsonObject lecture = uploaded.json().getJsonArray("lectures").getJsonObject(0);
        assertEquals("gva", lecture.getString("author"));
        assertEquals("2025-10", lecture.getString("month"));
        assertEquals("2025-2026", lecture.getString("schoolYear"));
        assertEquals(7, lecture.getInt("week"), "15 October 2025 is in week 7 of 2025-2026");
        assertTrue(lecture.getString("originalDate").startsWith("2025-10-15T08:00"), lecture.toString());

        PortalClient a = teacher(school, "gva");
        assertEquals(1, myMonth(a, school, "2025-10").getInt("uploaded"));
        String now = YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        assertEquals(0, myMonth(a, school, now).getInt("uploaded"), "not in the month it was imported");
        String lectures = "api/v1/schools/" + school + "/lectures";
        assertEquals(1, a.get(lectures + "?month=2025-10&author=gva&subject=Ng%E1%BB%AF%20v%C4%83n&grade=8"
                + "&className=8A2&week=7").array().size());
        assertEquals(0, a.get(lectures + "?subject=To%C3%A1n").array().size());
        assertEquals(0, a.get(lectures + "?month=" + now).array().size());
        assertEquals(400, a.get(lectures + "?month=10-2025").status());
    }

    @Test
    void aSchoolOverItsStorageQuotaStoresNothingMore() {
        String school = newSchool(Map.of("gva", "Tổ Tin học"));
        PortalClient a = teacher(school, "gva");
        for (int i = 0; i < 3; i++) {
            assertEquals(201, uploadLecture(a, school, "video-" + i + ".txt", filler(900 * 1024, (char) ('a' + i)))
                    .status());
        }
        PortalClient.Reply full = uploadLecture(a, school, "video-3.txt", filler(900 * 1024, 'z'));
        assertEquals(413, full.status(), full.body());
        assertTrue(full.json().getString("detail").startsWith("Dung lượng lưu trữ của trường đã hết"), full.body());
        assertEquals(3, a.get("api/v1/schools/" + school + "/lectures").array().size());
        assertEquals(3, myMonth(a, school, null).getInt("uploaded"));
    }

    private static byte[] filler(int size, char letter) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) letter);
        return bytes;
    }

    @Test
    void openingLayerTwoIsCountedAndShownInTheMonthsActivity() {
        String school = newSchool(Map.of("gva", "Tổ Toán", "gvb", "Tổ Toán"));
        PortalClient a = teacher(school, "gva");
        JsonObject home = a.get("api/v1/schools/" + school + "/internal").json();
        assertEquals(0, home.getJsonObject("myMonth").getInt("uploaded"));
        assertTrue(home.getJsonArray("folders").size() >= 5);
        a.get("api/v1/schools/" + school + "/internal");
        PortalClient.Reply page = a.get("schools/" + school + "/noi-bo");
        assertEquals(200, page.status(), page.body());
        assertTrue(page.body().contains("Tháng này: 0/3 bài giảng"), page.body());
        assertTrue(page.body().contains("Tin tức nội bộ"));
        assertTrue(page.body().contains("layer2-upload.js"));
        PortalClient.Reply signIn = anonymous().get("schools/" + school + "/noi-bo");
        assertEquals(303, signIn.status());
        assertTrue(signIn.raw().headers().firstValue("Location").orElse("").contains("/login?school=" + school));

        String month = YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        var activity = admin(school).get("api/v1/schools/" + school + "/activity?month=" + month).array().stream()
                .map(JsonObject.class::cast).toList();
        JsonObject ofA = activity.stream().filter(o -> o.getString("username").equals("gva")).findFirst().orElseThrow();
        assertTrue(ofA.getBoolean("hasSignedIn"));
        assertTrue(ofA.getJsonNumber("logins").longValue() >= 1);
        assertEquals(3, ofA.getJsonNumber("layer2Visits").longValue());
        assertEquals("Tổ Toán", ofA.getString("group"));
        JsonObject ofB = activity.stream().filter(o -> o.getString("username").equals("gvb")).findFirst().orElseThrow();
        assertFalse(ofB.getBoolean("hasSignedIn"));
        assertEquals(0, ofB.getJsonNumber("layer2Visits").longValue());
        assertEquals(200, district().get("api/v1/schools/" + school + "/activity").status());
        assertEquals(0, admin(school).get("api/v1/schools/" + school + "/activity?month="
                + LocalDate.now().minusYears(1).toString().substring(0, 7)).array().stream()
                .map(JsonObject.class::cast).filter(o -> o.getBoolean("hasSignedIn")).count());
    }

    /** The call with a JSON body where the method takes one: refusals come before any validation. */
    private static PortalClient.Reply call(PortalClient client, String[] call) {
        return switch (call[0]) {
            case "POST" -> client.post(call[1], "{\"name\":\"x\",\"title\":\"x\"}");
            case "PUT" -> client.put(call[1], "{\"name\":\"x\",\"title\":\"x\"}");
            case "DELETE" -> client.delete(call[1]);
            default -> client.get(call[1]);
        };
    }

    @Test
    void everyLayerTwoEndpointRefusesStrangersAndChecksRoles() {
        String school = newSchool(Map.of("gva", "Tổ Toán"));
        String s = "api/v1/schools/" + school;
        PortalClient none = anonymous();
        PortalClient stranger = anonymous().as(DEMO, "gv01", "demo-2026");
        PortalClient strangerAdmin = anonymous().as(DEMO, "hieutruong", "demo-2026");
        List<String[]> calls = List.of(new String[] {"GET", s + "/folders"}, new String[] {"POST", s + "/folders"},
                new String[] {"PUT", s + "/folders/1"}, new String[] {"DELETE", s + "/folders/1"},
                new String[] {"GET", s + "/folders/1/items"}, new String[] {"POST", s + "/folders/1/items"},
                new String[] {"GET", s + "/folders/1/items/1"}, new String[] {"PUT", s + "/folders/1/items/1"},
                new String[] {"DELETE", s + "/folders/1/items/1"}, new String[] {"GET", s + "/lectures"},
                new String[] {"GET", s + "/lectures/my-month"}, new String[] {"DELETE", s + "/lectures/1"},
                new String[] {"GET", s + "/internal"}, new String[] {"GET", s + "/activity"});
        for (String[] call : calls) {
            assertEquals(401, call(none, call).status(), call[0] + " " + call[1]);
            for (PortalClient other : List.of(stranger, strangerAdmin)) {
                assertEquals(403, call(other, call).status(), call[0] + " " + call[1]);
            }
        }
        for (String multipart : List.of(s + "/lectures", s + "/accounts/import", s + "/folders/1/items")) {
            int status = none.multipart("POST", multipart, Map.of(), Map.of("a.csv", new byte[] {1})).status();
            assertTrue(status == 401 || status == 403, multipart + " " + status);
            assertEquals(403, stranger.multipart("POST", multipart, Map.of(), Map.of("a.csv", new byte[] {1}))
                    .status(), multipart);
        }
        PortalClient gva = teacher(school, "gva");
        assertEquals(403, gva.multipart("POST", s + "/accounts/import", Map.of(), Map.of("a.csv", new byte[] {1}))
                .status(), "teachers do not import staff");
        assertEquals(403, gva.get(s + "/activity").status(), "teachers do not oversee colleagues");
        assertEquals(403, gva.post("api/v1/district/folders", "{\"name\":\"x\"}").status());
        assertEquals(403, gva.get("api/v1/district/folders").status());
        assertEquals(401, none.get("api/v1/district/folders").status());
        assertEquals(200, district().get(s + "/folders").status(), "the district reads");
        assertEquals(200, district().get(s + "/lectures").status());
        assertEquals(403, district().get(s + "/lectures/my-month").status(), "the district has no month of its own");
    }

    @Test
    void theTeachingPlanIsWrittenByAdminsAndDecidesWhichLecturesATeacherMayUpload() {
        String school = newSchool(Map.of("gva", "Tổ Toán", "gvb", "Tổ Ngữ văn"));
        String s = "api/v1/schools/" + school;
        PortalClient admin = admin(school);
        PortalClient gva = teacher(school, "gva");
        byte[] pptx = tikaSample("testPPT.pptx");

        PortalClient.Reply beforeAPlan = uploadLecture(gva, school, "truoc.pptx", pptx, "subject", "toan",
                "className", "6a1");
        assertEquals(201, beforeAPlan.status(), "no plan yet: free text is accepted");
        assertEquals(1, admin.get(s + "/teaching-assignments/unmatched").array().size(), "and listed unmatched");

        String classes = "[{\"name\":\"6A1\",\"grade\":6},{\"name\":\"6A2\",\"grade\":6}]";
        PortalClient strangerAdmin = anonymous().as(DEMO, "hieutruong", "demo-2026");
        for (String path : List.of(s + "/classes", s + "/teaching-assignments")) {
            assertEquals(401, anonymous().get(path).status(), path);
            assertEquals(401, anonymous().put(path, "[]").status(), path);
            assertEquals(403, strangerAdmin.get(path).status(), path);
            assertEquals(403, strangerAdmin.put(path, "[]").status(), path);
            assertEquals(403, gva.put(path, "[]").status(), "teachers read the plan, never write it: " + path);
            assertEquals(200, gva.get(path).status(), path);
            assertEquals(200, district().get(path).status(), path);
        }
        assertEquals(401, anonymous().get(s + "/teaching-assignments/unmatched").status());
        assertEquals(403, strangerAdmin.get(s + "/teaching-assignments/unmatched").status());
        PortalClient.Reply wrongGrade = admin.put(s + "/classes?year=2026-2027", "[{\"name\":\"10A\",\"grade\":10}]");
        assertEquals(400, wrongGrade.status());
        assertEquals("invalid-plan", wrongGrade.json().getString("code"));
        String year = admin.get(s + "/lectures").array().getJsonObject(0).getString("schoolYear");
        assertEquals(200, district().put(s + "/classes?year=" + year, classes).status(), "the district admin writes");
        assertEquals(2, admin.get(s + "/classes?year=" + year).array().size());

        String importPath = s + "/teaching-assignments/import?year=" + year;
        String bad = "Tên đăng nhập,Môn,Lớp\ngva,toan,6a1\ngvb,Vật lí,6A2\n";
        assertEquals(403, gva.multipart("POST", importPath, Map.of(), Map.of("pc.csv", bad.getBytes(StandardCharsets.UTF_8)))
                .status());
        JsonObject preview = admin.multipart("POST", importPath + "&commit=false", Map.of(),
                Map.of("pc.csv", bad.getBytes(StandardCharsets.UTF_8))).json();
        assertFalse(preview.getBoolean("canCommit"));
        assertEquals("unknown-subject", preview.getJsonArray("errors").getJsonObject(0).getString("code"));
        assertEquals(3, preview.getJsonArray("errors").getJsonObject(0).getInt("line"));
        PortalClient.Reply refused = admin.multipart("POST", importPath + "&commit=true", Map.of(),
                Map.of("pc.csv", bad.getBytes(StandardCharsets.UTF_8)));
        assertEquals(400, refused.status());
        assertEquals(0, admin.get(s + "/teaching-assignments?year=" + year).array().size(), "all or nothing");
        String good = bad.replace("Vật lí", "Ngữ văn");
        PortalClient.Reply committed = admin.multipart("POST", importPath + "&commit=true", Map.of(),
                Map.of("pc.csv", good.getBytes(StandardCharsets.UTF_8)));
        assertEquals(201, committed.status(), committed.body());
        JsonObject first = admin.get(s + "/teaching-assignments?year=" + year).array().getJsonObject(0);
        assertEquals("Toán", first.getString("subject"), "written the programme's way");
        assertEquals("6A1", first.getString("className"));
        assertEquals(0, admin.get(s + "/teaching-assignments/unmatched?year=" + year).array().size(),
                "the free-text lecture matches Toán 6A1 folded");

        PortalClient.Reply outside = uploadLecture(gva, school, "ngoai.pptx", pptx, "subject", "Ngữ văn",
                "className", "6A2");
        assertEquals(400, outside.status());
        assertEquals("not-assigned", outside.json().getString("code"));
        assertEquals("Toán – 6A1", outside.json().getJsonArray("errors").getJsonObject(0).getString("message"));
        PortalClient.Reply inside = uploadLecture(gva, school, "trong.txt", "Phân số – luyện tập".getBytes(StandardCharsets.UTF_8), "subject",
                "TOÁN", "className", "6a1");
        assertEquals(201, inside.status(), inside.body());
        assertEquals("Toán", inside.json().getJsonArray("lectures").getJsonObject(0).getString("subject"));
        assertEquals(201, uploadLecture(admin, school, "ho.txt", "Phân số – ôn tập".getBytes(StandardCharsets.UTF_8), "author", "gvb",
                "subject", "Toán", "className", "6A1").status(), "an admin uploads any declared pair for a teacher");
        assertTrue(gva.get("schools/" + school + "/noi-bo").body().contains("<option value=\"Toán|6A1|6\">"),
                "the upload form offers the teacher's assignments, not free text");
        String planPage = "schools/" + school + "/noi-bo/ke-hoach-day-hoc?nam=" + year;
        PortalClient.Reply page = admin.get(planPage);
        assertEquals(200, page.status(), page.body());
        assertTrue(page.body().contains("id=\"add-assignment\"") && page.body().contains("Giáo dục công dân"));
        assertTrue(page.body().contains("<form id=\"assignment-import\" class=\"stack\" method=\"post\" enctype=\"multipart/form-data\""
                + " action=\"/api/v1/schools/" + school + "/teaching-assignments/import?year=" + year + "\""), page.body());
        assertTrue(page.body().contains("<script src=\"/static/layer2-plan-import.js\" defer></script>"),
                "the browser previews the file, then commits it whole");
        assertEquals(200, anonymous().get("static/layer2-plan-import.js").status());
        assertFalse(gva.get(planPage).body().contains("id=\"add-assignment\""), "teachers see the plan, no forms");
        assertFalse(gva.get(planPage).body().contains("id=\"assignment-import\""));
        assertEquals(403, strangerAdmin.get(planPage).status());

        assertEquals(200, admin.put(s + "/teaching-assignments?year=" + year,
                "[{\"username\":\"gvb\",\"subject\":\"GDCD\",\"className\":\"6A2\"}]").status());
        assertEquals("Giáo dục công dân", admin.get(s + "/teaching-assignments?year=" + year).array()
                .getJsonObject(0).getString("subject"));
        assertEquals(400, admin.put(s + "/classes?year=" + year, "[{\"name\":\"6A1\",\"grade\":6}]").status(),
                "6A2 is still assigned");
    }

    /**
     * A worksheet in a lesson repository names its class and subject from the plan, checked like an e-lecture, and
     * so counts as learning material for II.2.2.
     */
    @Test
    void aLessonRepositoryDocumentCarriesAPlannedClassAndSubjectAndCountsAsLearningMaterial() {
        String school = newSchool(Map.of("gva", "Tổ Toán"));
        String s = "api/v1/schools/" + school;
        PortalClient admin = admin(school);
        PortalClient gva = teacher(school, "gva");
        YearMonth month = YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        int start = month.getMonthValue() >= 9 ? month.getYear() : month.getYear() - 1;
        String year = start + "-" + (start + 1);
        assertEquals(200, admin.put(s + "/classes?year=" + year,
                "[{\"name\":\"6A1\",\"grade\":6},{\"name\":\"6A2\",\"grade\":6},{\"name\":\"6A3\",\"grade\":6}]").status());
        assertEquals(200, admin.put(s + "/teaching-assignments?year=" + year, "[{\"username\":\"gva\",\"subject\":\"Toán\","
                + "\"className\":\"6A1\"},{\"username\":\"gva\",\"subject\":\"Toán\",\"className\":\"6A2\"}]").status());
        assertEquals(201, uploadLecture(gva, school, "bai.txt", "Phân số".getBytes(StandardCharsets.UTF_8), "subject", "Toán",
                "className", "6A1").status());
        long repository = gva.get(s + "/folders").array().stream().map(JsonObject.class::cast)
                .filter(f -> f.getString("kind").equals("LESSONS")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        String items = s + "/folders/" + repository + "/items";
        assertFalse(covered(admin, school, month, "6A2"), "before the worksheet");

        PortalClient.Reply noPair = gva.post(items, "{\"title\":\"Phiếu học tập\"}");
        assertEquals(400, noPair.status(), "a lesson repository holds learning material: class and subject required");
        PortalClient.Reply outside = gva.post(items, "{\"title\":\"Phiếu học tập\",\"subject\":\"Toán\",\"className\":\"6A3\"}");
        assertEquals(400, outside.status(), outside.body());
        assertEquals("not-assigned", outside.json().getString("code"));
        PortalClient.Reply worksheet = gva.post(items, "{\"title\":\"Phiếu học tập phân số\",\"subject\":\"toan\",\"className\":\"6a2\"}");
        assertEquals(201, worksheet.status(), worksheet.body());
        assertEquals("Toán", worksheet.json().getString("subject"), "written the plan's way");
        assertEquals("6A2", worksheet.json().getString("className"));

        assertTrue(covered(admin, school, month, "6A2"), "the worksheet is learning material of Toán 6A2");
    }

    private static boolean covered(PortalClient reader, String school, YearMonth month, String className) {
        JsonObject audit = reader.get("api/v1/schools/" + school + "/audit?month=" + month + "&rules=8265-2021").json();
        return audit.getJsonArray("criteria").stream().map(JsonObject.class::cast)
                .filter(c -> c.getString("id").equals("II.2.2")).findFirst().orElseThrow()
                .getJsonArray("coverage").stream().map(JsonObject.class::cast)
                .filter(pair -> pair.getString("className").equals(className)).findFirst().orElseThrow()
                .getBoolean("covered");
    }
}
