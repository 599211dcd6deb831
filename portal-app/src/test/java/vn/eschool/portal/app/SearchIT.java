package vn.eschool.portal.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * Search end to end: indexing after commit, Vietnamese folding, attachment text, visibility and audiences, scheduled
 * posts, bounded queries, rebuild.
 */
class SearchIT extends PortalIT {

    private static final String DEMO = "thcs-sonca";
    private static final String SEARCH = "api/v1/schools/" + DEMO + "/search?q=";

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String code() {
        return "ma" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static PortalClient.Reply searchPage(PortalClient client, String text) {
        return client.get("schools/" + DEMO + "/tim-kiem?q=" + q(text));
    }

    /** Whether {@code client} finds the item titled {@code title}, by the API and on the search page alike. */
    private static boolean finds(PortalClient client, String text, String title) {
        boolean byApi = titles(client.get(SEARCH + q(text)).json()).contains(title);
        PortalClient.Reply page = searchPage(client, text);
        assertEquals(200, page.status(), page.body());
        assertEquals(byApi, page.body().contains(title), "the API and the search page agree for " + title);
        return byApi;
    }

    /**
     * The board files an internal document in "Văn bản nội bộ", for {@code audience} (JSON members); the item's
     * address in the API.
     */
    private String fileInternalItem(String title, String audience) {
        PortalClient board = anonymous().as(DEMO, "hieutruong", "demo-2026");
        long folder = board.get("api/v1/schools/" + DEMO + "/folders").array().stream().map(JsonObject.class::cast)
                .filter(f -> f.getString("name").equals("Văn bản nội bộ")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        PortalClient.Reply created = board.post("api/v1/schools/" + DEMO + "/folders/" + folder + "/items",
                "{\"title\":\"" + title + "\"," + audience + "}");
        assertEquals(201, created.status(), created.body());
        return "api/v1/schools/" + DEMO + "/folders/" + folder + "/items/" + created.json().getJsonNumber("id");
    }

    private PortalClient demo(String username) {
        return anonymous().as(DEMO, username, "demo-2026");
    }

    private static List<String> titles(JsonObject result) {
        return result.getJsonArray("hits").stream().map(JsonObject.class::cast).map(h -> h.getString("title")).toList();
    }

    private static byte[] docx(String text) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(text);
            document.write(out);
            return out.toByteArray();
        }
    }

    /** Publishes a directive document whose only mention of {@code phrase} is inside its attached file. */
    private String publishDirectiveWithFile(String phrase) throws IOException {
        PortalClient editor = anonymous().as(DEMO, "bientap", "demo-2026");
        long fileId = editor.upload("api/v1/schools/" + DEMO + "/files", "cong-van.docx",
                docx("Công văn hướng dẫn: " + phrase + " trong toàn trường.")).json().getJsonNumber("id").longValue();
        String number = UUID.randomUUID().toString().substring(0, 6) + "/PGDĐT";
        PortalClient.Reply added = editor.post("api/v1/schools/" + DEMO + "/directives", Json.createObjectBuilder()
                .add("number", number).add("documentType", "Công văn").add("issuer", "Phòng GD&ĐT quận")
                .add("issueDate", LocalDate.now().minusDays(1).toString()).add("title", "Công văn số " + number)
                .add("fileId", fileId).build().toString());
        assertEquals(201, added.status(), added.body());
        return "Công văn số " + number;
    }

    @Test
    void accentedAndUnaccentedQueriesFindTheSameNewsAndExactMatchesRankFirst() {
        JsonObject accented = anonymous().get(SEARCH + q("khai giảng")).json();
        JsonObject folded = anonymous().get(SEARCH + q("khai giang")).json();
        assertTrue(accented.getJsonNumber("total").longValue() > 0);
        assertEquals(accented.getJsonNumber("total"), folded.getJsonNumber("total"));
        assertTrue(titles(folded).get(0).contains("khai giảng"), titles(folded).toString());
        String snippet = accented.getJsonArray("hits").getJsonObject(0).getString("snippet");
        assertTrue(snippet.contains("<mark>"), snippet);
        assertTrue(accented.getJsonObject("typeFacets").containsKey("NEWS"));
    }

    @Test
    void textInsideAnAttachedFileIsFoundWithItsSnippet() throws IOException {
        String title = publishDirectiveWithFile("phòng chống dịch sốt xuất huyết");
        JsonObject result = anonymous().get(SEARCH + q("\"sot xuat huyet\"")).json();
        assertTrue(titles(result).contains(title), titles(result).toString());
        JsonObject hit = result.getJsonArray("hits").stream().map(JsonObject.class::cast)
                .filter(h -> h.getString("title").equals(title)).findFirst().orElseThrow();
        assertTrue(hit.getString("snippet").contains("<mark>"), hit.toString());
    }

    @Test
    void thePublicNeverSeesLayerTwoButTheSchoolsStaffDo() {
        assertFalse(anonymous().get(SEARCH + q("bài giảng")).json().getJsonObject("typeFacets")
                .containsKey("LECTURE"), "the public never sees e-lectures of Layer 2");
        JsonObject staff = anonymous().as(DEMO, "gv01", "demo-2026").get(SEARCH + q("bài giảng")).json();
        assertTrue(staff.getJsonObject("typeFacets").getJsonNumber("LECTURE").longValue() > 0);

        PortalClient district = districtAdmin();
        String other = "th-" + UUID.randomUUID().toString().substring(0, 6);
        district.post("api/v1/schools", "{\"code\":\"" + other + "\",\"name\":\"Trường Tiểu học Khác\",\"level\":\"TH\"}");
        district.post("api/v1/schools/" + other + "/accounts",
                "{\"username\":\"gvkhac\",\"fullName\":\"Giáo Viên Khác\",\"role\":\"TEACHER\",\"password\":\"mat-khau-gv-1\"}");
        JsonObject outsider = anonymous().as(other, "gvkhac", "mat-khau-gv-1").get(SEARCH + q("bài giảng")).json();
        assertFalse(outsider.getJsonObject("typeFacets").containsKey("LECTURE"), "another school's staff: public only");
    }

    @Test
    void theDistrictSearchesAcrossSchoolsAndOnlyTheDistrict() {
        PortalClient district = districtAdmin();
        JsonObject all = district.get("api/v1/search?q=" + q("khai giảng")).json();
        assertTrue(all.getJsonNumber("total").longValue() > 0);
        assertEquals(401, anonymous().get("api/v1/search?q=x").status());
        assertEquals(403, anonymous().as(DEMO, "hieutruong", "demo-2026").get("api/v1/search?q=x").status());
    }

    @Test
    void badSearchInputIsAClearProblem() {
        assertEquals("query-too-long", anonymous().get(SEARCH + "a".repeat(201)).json().getString("code"));
        assertEquals("invalid-date", anonymous().get(SEARCH + "x&from=20-11-2026").json().getString("code"));
        assertEquals("page-out-of-range", anonymous().get(SEARCH + "x&page=9999").json().getString("code"));
        assertEquals(404, anonymous().get("api/v1/schools/khong-co/search?q=x").status());
        PortalClient.Reply page = anonymous().get("schools/" + DEMO + "/tim-kiem?q=" + q("khai giang"));
        assertEquals(200, page.status());
        assertTrue(page.body().contains("<mark>"));
    }

    @Test
    void aRebuildRunsInTheBackgroundAndGivesTheSameResults() throws IOException {
        PortalClient district = districtAdmin();
        publishDirectiveWithFile("tăng cường an toàn giao thông");
        JsonObject before = district.get("api/v1/search?q=" + q("an toan giao thong")).json();
        JsonObject started = district.post("api/v1/admin/index/rebuild", "").json();
        assertEquals(started.getJsonNumber("databaseItems"), started.getJsonObject("rebuild").getJsonNumber("total"));

        JsonObject status = district.get("api/v1/admin/index?wait=60").json();
        assertFalse(status.getJsonObject("rebuild").getBoolean("running"));
        assertFalse(status.getJsonObject("rebuild").getBoolean("merging"));
        assertFalse(status.getJsonObject("rebuild").containsKey("error"), status.toString());
        assertEquals(status.getJsonNumber("databaseItems"), status.getJsonNumber("documents"));
        JsonObject after = district.get("api/v1/search?q=" + q("an toan giao thong")).json();
        assertEquals(before.getJsonNumber("total"), after.getJsonNumber("total"));
        assertEquals(titles(before), titles(after));

        assertEquals(403, anonymous().as(DEMO, "hieutruong", "demo-2026").post("api/v1/admin/index/rebuild", "")
                .status());
        assertEquals(401, anonymous().get("api/v1/admin/index").status());
    }

    /**
     * A rebuild from an empty index (as after losing it): the node is not ready and answers 503 rather than partial
     * figures until it ends, and a change made while it ran is not undone by the rebuild's older copy.
     */
    @Test
    void aRebuildFromNothingIsNotReadyAnswers503AndKeepsTheChangesMadeMeanwhile() {
        PortalClient district = districtAdmin();
        PortalClient board = demo("hieutruong");
        String code = code();
        String item = fileInternalItem("Lịch trực " + code + " bản cũ", "\"people\":[\"gv02\"]");
        assertEquals(204, district.post("api/v1/admin/index/test-hold", "").status());
        PortalClient.Reply started = district.post("api/v1/admin/index/rebuild?empty=true", "");
        assertEquals(202, started.status(), started.body());
        assertFalse(started.json().getBoolean("complete"));
        try {
            assertEquals(204, district.get("api/v1/admin/index/test-hold").status(), "the rebuild read every item");
            PortalClient.Reply ready = anonymous().get("health/ready");
            assertEquals(503, ready.status(), ready.body());
            assertTrue(ready.json().getJsonArray("checks").stream().map(JsonObject.class::cast)
                    .anyMatch(c -> c.getString("name").equals("search-index") && c.getString("status").equals("DOWN")));
            assertEquals(200, anonymous().get("health/live").status(), "live, only not ready");
            PortalClient.Reply search = anonymous().get(SEARCH + q("khai giảng"));
            assertEquals(503, search.status());
            assertEquals("index-rebuilding", search.json().getString("code"));
            PortalClient.Reply audit = board.get("api/v1/schools/" + DEMO + "/audit?month="
                    + LocalDate.now().withDayOfMonth(1).minusMonths(1).toString().substring(0, 7));
            assertEquals(503, audit.status(), audit.body());
            assertEquals("index-rebuilding", audit.json().getString("code"));

            PortalClient.Reply renamed = board.put(item, "{\"title\":\"Lịch trực " + code + " bản mới\","
                    + "\"people\":[\"gv02\"]}");
            assertEquals(200, renamed.status(), renamed.body());
        } finally {
            assertEquals(204, district.delete("api/v1/admin/index/test-hold").status());
        }
        JsonObject done = district.get("api/v1/admin/index?wait=120").json();
        assertFalse(done.getJsonObject("rebuild").getBoolean("running"), done.toString());
        assertTrue(done.getBoolean("complete"));
        assertTrue(done.getBoolean("ready"));
        assertEquals(done.getJsonNumber("databaseItems"), done.getJsonNumber("documents"));
        assertEquals(200, anonymous().get("health/ready").status());
        List<String> found = titles(board.get(SEARCH + q(code)).json());
        assertEquals(List.of("Lịch trực " + code + " bản mới"), found, "the change made during the rebuild stays");
    }

    /** A single node (no cluster settings) sees itself alone: in step, in the database and in its data grid. */
    @Test
    void aSingleNodeSeesItselfAloneInTheClusterView() {
        JsonObject cluster = districtAdmin().get("api/v1/admin/cluster").json();
        JsonObject self = cluster.getJsonArray("nodes").stream().map(JsonObject.class::cast)
                .filter(n -> n.getBoolean("self")).findFirst().orElseThrow(() -> new AssertionError(cluster));
        assertEquals(cluster.getString("node"), self.getString("node"));
        assertTrue(self.getBoolean("live"), cluster.toString());
        assertEquals(1, cluster.getJsonArray("nodes").stream().map(JsonObject.class::cast)
                .filter(n -> n.getBoolean("live")).count(), cluster.toString());
        JsonObject grid = cluster.getJsonObject("dataGrid");
        assertEquals(List.of(grid.getString("self")), grid.getJsonArray("members").stream()
                .map(m -> ((JsonString) m).getString()).toList());
        assertEquals(403, demo("hieutruong").get("api/v1/admin/cluster").status());
        assertEquals(401, anonymous().get("api/v1/admin/cluster").status());
    }

    /**
     * A single node (no shared directory of its own) publishes no index snapshot: asking for one, or for a rebuild
     * of the whole cluster, is a conflict, and its status names no snapshot.
     */
    @Test
    void aSingleNodeHasNoIndexSnapshots() {
        PortalClient district = districtAdmin();
        PortalClient.Reply snapshot = district.post("api/v1/admin/index/snapshot", "");
        assertEquals(409, snapshot.status(), snapshot.body());
        assertTrue(snapshot.isProblem());
        assertEquals("snapshots-off", snapshot.json().getString("code"));
        PortalClient.Reply clusterRebuild = district.post("api/v1/admin/index/rebuild?cluster=true", "");
        assertEquals(409, clusterRebuild.status(), clusterRebuild.body());
        assertEquals("snapshots-off", clusterRebuild.json().getString("code"));
        JsonObject status = district.get("api/v1/admin/index").json();
        assertFalse(status.containsKey("snapshot"), status.toString());
        assertEquals(0, status.getJsonNumber("generation").longValue(), "never rebuilt for a cluster");
        assertEquals(403, demo("hieutruong").post("api/v1/admin/index/snapshot", "").status());
        assertEquals(401, anonymous().post("api/v1/admin/index/snapshot", "").status());
    }

    @Test
    void theIndexStatusWaitsAsLongAsAskedWithinItsBound() {
        PortalClient district = districtAdmin();
        assertEquals("invalid-wait", district.get("api/v1/admin/index?wait=3601").json().getString("code"));
        assertEquals("invalid-wait", district.get("api/v1/admin/index?wait=-1").json().getString("code"));
        assertTrue(district.get("api/v1/admin/index?wait=600").json().getBoolean("ready"));
        assertEquals(403, demo("hieutruong").post("api/v1/admin/index/test-hold", "").status());
        assertEquals(403, demo("hieutruong").post("api/v1/admin/index/rebuild?empty=true", "").status());
    }

    @Test
    void anItemAddressedToOnePersonIsFoundOnlyByThemItsAuthorAndTheSchoolsOverseers() {
        String code = code();
        String title = "Phân công riêng " + code;
        String item = fileInternalItem(title, "\"people\":[\"gv02\"]");
        assertFalse(finds(demo("gv01"), code, title), "a colleague outside the audience");
        assertFalse(finds(demo("bientap"), code, title), "an editor outside the audience");
        assertFalse(finds(anonymous(), code, title));
        assertTrue(finds(demo("gv02"), code, title));
        assertTrue(finds(demo("hieutruong"), code, title), "the author and the school's admin");
        assertTrue(titles(districtAdmin().get("api/v1/search?q=" + q(code)).json()).contains(title));

        PortalClient.Reply readdressed = demo("hieutruong").put(item,
                "{\"title\":\"" + title + "\",\"people\":[\"gv01\"]}");
        assertEquals(200, readdressed.status(), readdressed.body());
        assertTrue(finds(demo("gv01"), code, title), "the new audience");
        assertFalse(finds(demo("gv02"), code, title), "no longer the old one");
    }

    @Test
    void anItemAddressedToAGroupIsFoundOnlyByItsMembers() {
        String code = code();
        String title = "Kế hoạch tổ Ngữ văn " + code;
        fileInternalItem(title, "\"group\":\"Tổ Ngữ văn\"");
        assertTrue(finds(demo("gv01"), code, title), "gv01 is in Tổ Ngữ văn");
        assertTrue(finds(demo("gv07"), code, title), "so is gv07");
        assertFalse(finds(demo("gv02"), code, title), "gv02 is in Tổ Toán – Tin");
        fileInternalItem("Thông báo chung " + code, "\"audience\":\"ALL\"");
        assertTrue(finds(demo("gv02"), code, "Thông báo chung " + code), "an item for all staff");
    }

    @Test
    void aScheduledPostIsFoundFromItsTimeOnWithoutBeingWrittenAgain() {
        String code = code();
        String title = "Lịch thi học kì " + code;
        PortalClient editor = demo("bientap");
        long category = anonymous().get("api/v1/schools/" + DEMO + "/categories").array().stream()
                .map(JsonObject.class::cast).filter(c -> c.getString("slug").equals("tin-tuc-su-kien")).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
        PortalClient.Reply draft = editor.post("api/v1/schools/" + DEMO + "/posts", Json.createObjectBuilder()
                .add("categoryId", category).add("title", title).add("body", "<p>Lịch thi " + code + "</p>").build()
                .toString());
        assertEquals(201, draft.status(), draft.body());
        String publishAt = OffsetDateTime.now(ZoneOffset.ofHours(7)).plusDays(1).withNano(0).toString();
        PortalClient.Reply scheduled = demo("hieutruong").post("api/v1/schools/" + DEMO + "/posts/"
                + draft.json().getJsonNumber("id") + "/publish", "{\"publishAt\":\"" + publishAt + "\"}");
        assertTrue(scheduled.json().getBoolean("scheduled"), scheduled.body());
        try {
            assertFalse(finds(anonymous(), code, title), "not before its time");
            assertEquals(200, districtAdmin().post("api/v1/admin/test-clock?advance=P1DT1H", "").status());
            assertTrue(finds(anonymous(), code, title), "from its time on");
        } finally {
            // A new session: one from before the move has expired by the moved clock.
            districtAdmin().delete("api/v1/admin/test-clock");
        }
        assertEquals(403, demo("hieutruong").post("api/v1/admin/test-clock?advance=PT1H", "").status());
        assertEquals(401, anonymous().post("api/v1/admin/test-clock?advance=PT1H", "").status());
    }

    @Test
    void searchesThatWouldCostTheServerTooMuchAreRefused() {
        String twentyFuzzyWords = String.join(" ", java.util.Collections.nCopies(20, "truong~2"));
        PortalClient.Reply fuzzy = anonymous().get(SEARCH + q(twentyFuzzyWords));
        assertEquals(400, fuzzy.status(), fuzzy.body());
        assertEquals("query-too-complex", fuzzy.json().getString("code"));
        assertTrue(fuzzy.isProblem());

        String oneLetterFuzzyWords = String.join(" ", "abcdefghiklmnop".chars().mapToObj(c -> (char) c + "~").toList());
        PortalClient.Reply oneLetter = anonymous().get(SEARCH + q(oneLetterFuzzyWords));
        assertEquals(400, oneLetter.status(), oneLetter.body());
        assertEquals("query-too-complex", oneLetter.json().getString("code"));
        assertEquals(400, searchPage(anonymous(), oneLetterFuzzyWords).status());

        assertEquals(200, anonymous().get(SEARCH + q("khai giang~1 tru*")).status(), "a few are fine");
    }

    @Test
    void pagesOutOfRangeOrNotNumbersAreBadRequests() {
        for (String page : List.of("2147483647", "abc", "-1", "99999999999")) {
            PortalClient.Reply reply = anonymous().get(SEARCH + "x&page=" + page);
            assertEquals(400, reply.status(), page + ": " + reply.body());
            assertTrue(reply.isProblem(), page);
            assertEquals(400, districtAdmin().get("api/v1/search?q=x&page=" + page).status(), page);
            assertEquals(400, anonymous().get("schools/" + DEMO + "/tim-kiem?q=x&trang=" + page).status(), page);
        }
    }
}
