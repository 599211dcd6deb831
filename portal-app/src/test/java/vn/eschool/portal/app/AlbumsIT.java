package vn.eschool.portal.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.eschool.portal.layer1.album.SampleJpeg;

/**
 * Layer 1 additions end to end: photo albums (bulk upload, only images, EXIF dates, cached thumbnails, public
 * pages), the public e-learning repository (sharing, browsing, preview, download), the monthly article plan and
 * its progress, and who may call what. Each test makes schools of its own, so counts are exact.
 */
class AlbumsIT extends PortalIT {

    private static final String PASSWORD = "mat-khau-thu-nghiem";
    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    private PortalClient district() {
        return anonymous().as("", "admin", "district-admin-pass");
    }

    /** A school with a board member "hieutruong", an editor "bientap" and teachers "gva", "gvb". */
    private String newSchool() {
        PortalClient district = district();
        String code = "thcs-al-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, district.post("api/v1/schools",
                "{\"code\":\"" + code + "\",\"name\":\"Trường THCS Album\",\"level\":\"THCS\"}").status());
        for (String[] person : new String[][] {{"hieutruong", "SCHOOL_ADMIN"}, {"bientap", "EDITOR"},
                {"gva", "TEACHER"}, {"gvb", "TEACHER"}}) {
            assertEquals(201, district.post("api/v1/schools/" + code + "/accounts", Json.createObjectBuilder()
                    .add("username", person[0]).add("fullName", "Người " + person[0]).add("role", person[1])
                    .add("password", PASSWORD).add("group", "Tổ Toán – Tin").build().toString()).status());
        }
        return code;
    }

    private PortalClient as(String school, String username) {
        return anonymous().as(school, username, PASSWORD);
    }

    private static String album(String title, LocalDate date) {
        return Json.createObjectBuilder().add("title", title).add("activityDate", date.toString())
                .add("description", "Mô tả " + title).build().toString();
    }

    private static long id(PortalClient.Reply reply) {
        return reply.json().getJsonNumber("id").longValue();
    }

    private static byte[] tikaSample(String name) {
        try (InputStream in = AlbumsIT.class.getResourceAsStream("/test-documents/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A multipart body of several files each named "file", and captions in the same order. */
    private static PortalClient.Reply uploadPhotos(PortalClient client, String path, Map<String, byte[]> files,
                                                   List<String> captions) {
        String boundary = "----albums-it-boundary";
        var body = new java.io.ByteArrayOutputStream();
        for (String caption : captions) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"caption\"\r\n"
                    + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + caption + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        files.forEach((filename, content) -> {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + filename + "\"\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return client.send(client.request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private HttpResponse<byte[]> fetch(String path, String... headers) {
        PortalClient client = anonymous();
        var builder = client.request(path).GET();
        for (int i = 0; i < headers.length; i += 2) {
            builder.setHeader(headers[i], headers[i + 1]);
        }
        try {
            return java.net.http.HttpClient.newHttpClient().send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void bulkUploadKeepsOnlyImagesReadsExifAndServesCachedThumbnails() {
        String school = newSchool();
        String api = "api/v1/schools/" + school + "/albums";
        PortalClient editor = as(school, "bientap");
        String title = "Hội khỏe Phù Đổng " + UUID.randomUUID().toString().substring(0, 4);
        long albumId = id(editor.post(api, album(title, LocalDate.now(HANOI).minusDays(3))));

        LocalDateTime taken = LocalDateTime.of(2025, 10, 12, 8, 5, 0);
        Map<String, byte[]> photos = new LinkedHashMap<>();
        // Thumbnails are cached by content: a photo never uploaded before (the label is unique) is made afresh.
        photos.put("chay-tiep-suc.jpg", SampleJpeg.withTakenDate(SampleJpeg.scene(1200, 800, 1, "Chạy " + title),
                taken));
        photos.put("keo-co.jpg", SampleJpeg.scene(900, 600, 2, "Kéo co"));
        photos.put("nhay-xa.jpg", SampleJpeg.scene(300, 200, 3, "Nhảy xa"));
        PortalClient.Reply uploaded = uploadPhotos(editor, api + "/" + albumId + "/photos", photos,
                List.of("Tiết mục chạy tiếp sức lớp 8A2", "", "Nhảy xa khối 6"));
        assertEquals(201, uploaded.status(), uploaded.body());
        JsonArray added = uploaded.array();
        assertEquals(3, added.size());
        JsonObject relay = added.getJsonObject(0);
        assertEquals("Tiết mục chạy tiếp sức lớp 8A2", relay.getString("caption"));
        assertEquals(taken.toString().substring(0, 16), relay.getString("takenAt").substring(0, 16), "EXIF date");
        assertFalse(added.getJsonObject(1).containsKey("takenAt"), "no EXIF, no date");
        assertEquals(title + " – ảnh 2", added.getJsonObject(1).getString("caption"), "a blank caption gets a default");

        // A file that is not an image refuses the whole upload, clearly, and the album keeps what it had.
        Map<String, byte[]> mixed = new LinkedHashMap<>();
        mixed.put("anh-dep.jpg", SampleJpeg.scene(400, 300, 4, "Đẹp"));
        mixed.put("bai-giang.jpg", tikaSample("testPPT.pptx"));
        PortalClient.Reply refused = uploadPhotos(editor, api + "/" + albumId + "/photos", mixed, List.of());
        assertEquals(415, refused.status(), refused.body());
        assertTrue(refused.isProblem());
        assertEquals("not-an-image", refused.json().getString("code"));
        assertTrue(refused.json().getString("detail").contains("\"bai-giang.jpg\" không phải là ảnh"),
                refused.json().getString("detail"));
        JsonObject page = anonymous().get(api + "/" + albumId).json();
        assertEquals(3, page.getJsonObject("album").getInt("photoCount"));
        assertEquals(3, page.getJsonArray("photos").size(), "nothing stored was lost, nothing half-added");
        assertEquals(List.of(relay.getJsonNumber("id").longValue()), page.getJsonArray("photos").stream()
                .map(JsonObject.class::cast).filter(p -> p.containsKey("takenAt"))
                .map(p -> p.getJsonNumber("id").longValue()).toList());

        // Thumbnails: made on the first request, from the cache on the second, revalidated by ETag.
        String thumb = relay.getString("thumbnailUrl").substring(1);
        HttpResponse<byte[]> first = fetch(thumb);
        assertEquals(200, first.statusCode());
        assertEquals("image/jpeg", first.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("MISS", first.headers().firstValue("X-Thumbnail-Cache").orElseThrow());
        assertTrue(first.headers().firstValue("Cache-Control").orElseThrow().contains("max-age=31536000"));
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(first.body().length > 0 && first.body().length < photos.get("chay-tiep-suc.jpg").length,
                "the thumbnail is smaller than the photo");
        HttpResponse<byte[]> second = fetch(thumb);
        assertEquals(200, second.statusCode());
        assertEquals("HIT", second.headers().firstValue("X-Thumbnail-Cache").orElseThrow(), "served from the cache");
        assertEquals(etag, second.headers().firstValue("ETag").orElseThrow());
        assertEquals(304, fetch(thumb, "If-None-Match", etag).statusCode());
        assertEquals("MISS", fetch(relay.getString("largeUrl").substring(1)).headers()
                .firstValue("X-Thumbnail-Cache").orElseThrow(), "each size is its own cached file");
        assertEquals(404, fetch(thumb.replace("/320", "/321")).statusCode(), "only the sizes offered");
        assertEquals(200, fetch(relay.getString("originalUrl").substring(1)).statusCode());

        // Public pages: the list with the cover, the album's grid of lazy images with captions as alt text.
        String list = anonymous().get("schools/" + school + "/album").body();
        assertTrue(list.contains(title), list);
        assertTrue(list.contains(relay.getString("thumbnailUrl")), "the first photo is the cover");
        String albumPage = anonymous().get("schools/" + school + "/album/" + albumId).body();
        assertTrue(albumPage.contains("alt=\"Tiết mục chạy tiếp sức lớp 8A2\""), albumPage);
        assertTrue(albumPage.contains("loading=\"lazy\""));
        assertTrue(anonymous().get("schools/" + school + "/").body().contains("/schools/" + school + "/album\""),
                "the site menu links the albums");
        JsonArray listed = anonymous().get(api).array();
        assertEquals(1, listed.size());
        assertEquals(3, listed.getJsonObject(0).getInt("photoCount"));

        // Album pages are public pages: cached for anonymous visitors, counted as visits, and forgotten (with the
        // home page's album strip) as soon as the album is renamed.
        HttpResponse<byte[]> cachedAlbum = fetch("schools/" + school + "/album/" + albumId);
        assertEquals("hit", cachedAlbum.headers().firstValue("X-Page-Cache").orElse("miss"));
        assertTrue(cachedAlbum.headers().firstValue("Set-Cookie").orElse("").startsWith("PORTAL_VISIT_" + school),
                "a visit of the school's site, counted");
        assertTrue(anonymous().get("schools/" + school + "/").body().contains(title), "the home page's album strip");
        String renamed = title + " (ảnh đẹp)";
        assertEquals(200, editor.put(api + "/" + albumId, Json.createObjectBuilder().add("title", renamed)
                .add("activityDate", LocalDate.now(HANOI).minusDays(3).toString()).build().toString()).status());
        assertTrue(anonymous().get("schools/" + school + "/album/" + albumId).body().contains(renamed));
        assertTrue(anonymous().get("schools/" + school + "/album").body().contains(renamed));
        assertTrue(anonymous().get("schools/" + school + "/").body().contains(renamed));

        // Captions are content: corrected by the editors and found by search.
        String word = "Phudongtest" + UUID.randomUUID().toString().substring(0, 6);
        long keoCo = added.getJsonObject(1).getJsonNumber("id").longValue();
        assertEquals(200, editor.put(api + "/" + albumId + "/photos/" + keoCo,
                "{\"caption\":\"Kéo co " + word + "\"}").status());
        assertEquals(400, editor.put(api + "/" + albumId + "/photos/" + keoCo, "{\"caption\":\" \"}").status());
        JsonObject hits = anonymous().get("api/v1/schools/" + school + "/search?q=" + word).json();
        assertEquals(1, hits.getJsonArray("hits").size(), hits.toString());

        // The cover and the description can change; the cover must be one of the album's photos.
        assertEquals(400, editor.put(api + "/" + albumId, Json.createObjectBuilder().add("title", title)
                .add("activityDate", LocalDate.now(HANOI).toString()).add("coverPhotoId", 1).build().toString()).status());
        assertEquals(400, editor.post(api, "{\"title\":\"\",\"activityDate\":\"2026-01-01\"}").status());
        PortalClient.Reply future = editor.post(api, album("Sắp tới", LocalDate.now(HANOI).plusDays(1)));
        assertEquals(400, future.status());
        assertEquals("future-date", future.json().getString("code"));
    }

    @Test
    void everyAlbumEndpointChecksWhoAsksAndSchoolsStayApart() {
        String school = newSchool();
        String other = newSchool();
        String api = "api/v1/schools/" + school + "/albums";
        long albumId = id(as(school, "bientap").post(api, album("Trung thu", LocalDate.now(HANOI))));
        long photoId = uploadPhotos(as(school, "bientap"), api + "/" + albumId + "/photos",
                Map.of("trang.jpg", SampleJpeg.scene(200, 150, 5, "Trăng")), List.of("Rước đèn"))
                .array().getJsonObject(0).getJsonNumber("id").longValue();

        PortalClient teacher = as(school, "gva");
        PortalClient outsider = as(other, "bientap");
        String create = album("Không được", LocalDate.now(HANOI));
        assertEquals(401, anonymous().post(api, create).status());
        assertEquals(403, teacher.post(api, create).status());
        assertEquals(403, outsider.post(api, create).status());
        assertEquals(201, as(school, "hieutruong").post(api, create).status(), "the board writes the site too");
        for (PortalClient denied : List.of(teacher, outsider)) {
            assertEquals(403, uploadPhotos(denied, api + "/" + albumId + "/photos",
                    Map.of("x.jpg", SampleJpeg.scene(100, 100, 6, "x")), List.of()).status());
            assertEquals(403, denied.put(api + "/" + albumId, create).status());
            assertEquals(403, denied.put(api + "/" + albumId + "/photos/" + photoId, "{\"caption\":\"x\"}").status());
        }
        // An anonymous upload has no session to forge: it is refused for want of an account, like any anonymous write.
        PortalClient.Reply anonymousUpload = uploadPhotos(anonymous(), api + "/" + albumId + "/photos",
                Map.of("x.jpg", SampleJpeg.scene(100, 100, 6, "x")), List.of());
        assertEquals(401, anonymousUpload.status());
        assertEquals("unauthorized", anonymousUpload.json().getString("code"));
        assertEquals(1, anonymous().get(api + "/" + albumId).json().getJsonArray("photos").size(), "nothing added");
        assertEquals(401, anonymous().put(api + "/" + albumId, create).status());
        assertEquals(401, anonymous().put(api + "/" + albumId + "/photos/" + photoId, "{\"caption\":\"x\"}").status());

        // One school never sees another's album or photo through its own address.
        String otherApi = "api/v1/schools/" + other + "/albums";
        assertEquals(404, anonymous().get(otherApi + "/" + albumId).status());
        assertEquals(0, anonymous().get(otherApi).array().size());
        assertEquals(404, fetch("schools/" + other + "/album/anh/" + photoId + "/320").statusCode());
        assertEquals(404, outsider.put(otherApi + "/" + albumId + "/photos/" + photoId, "{\"caption\":\"x\"}").status());
        assertEquals(404, anonymous().get("schools/" + other + "/album/" + albumId).status());

        // The editors' page: sign in first; teachers and other schools' editors get a Vietnamese refusal.
        String manage = "schools/" + school + "/album/quan-ly";
        PortalClient.Reply redirected = anonymous().get(manage);
        assertEquals(303, redirected.status());
        assertTrue(redirected.raw().headers().firstValue("Location").orElseThrow().contains("/login?school=" + school));
        PortalClient.Reply refused = teacher.get(manage);
        assertEquals(403, refused.status());
        assertTrue(refused.contentType().startsWith("text/html"));
        assertEquals(403, outsider.get(manage).status());
        String page = as(school, "bientap").get(manage + "?album=" + albumId).body();
        assertTrue(page.contains("id=\"photo-progress\"") && page.contains("multiple"), "bulk upload with progress");
        assertTrue(page.contains("/static/layer1-editor.js"));
        assertEquals(200, anonymous().get("static/layer1-editor.js").status());
    }

    private long uploadLecture(PortalClient teacher, String school, String filename, byte[] content, String subject,
                               String grade) {
        PortalClient.Reply reply = teacher.multipart("POST", "api/v1/schools/" + school + "/lectures",
                Map.of("title", "Bài giảng " + filename, "subject", subject, "grade", grade, "className", grade + "A1"),
                Map.of(filename, content));
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getJsonArray("lectures").getJsonObject(0).getJsonNumber("id").longValue();
    }

    @Test
    void teachersShareLecturesInThePublicRepository() {
        String school = newSchool();
        String api = "api/v1/schools/" + school + "/elearning";
        PortalClient gva = as(school, "gva");
        long pptx = uploadLecture(gva, school, "phan-so.pptx", tikaSample("testPPT.pptx"), "Toán", "6");
        long photo = uploadLecture(gva, school, "hinh-hoc.jpg", SampleJpeg.scene(300, 200, 9, "Hình"), "Toán", "7");
        long kept = uploadLecture(as(school, "gvb"), school, "ngu-van.pptx", tikaSample("testPPT.pptx"), "Ngữ văn", "8");

        assertEquals(0, anonymous().get(api).json().getInt("total"), "Layer 2 lectures are not public by default");
        assertEquals(404, anonymous().get(api + "/" + pptx).status());
        assertEquals(404, anonymous().get("schools/" + school + "/tep/" + pptx).status());

        String share = "{\"shared\":true}";
        assertEquals(401, anonymous().put(api + "/" + pptx, share).status());
        assertEquals(403, as(school, "gvb").put(api + "/" + pptx, share).status(), "not another teacher's work");
        String other = newSchool();
        assertEquals(403, as(other, "bientap").put(api + "/" + pptx, share).status());
        assertEquals(404, as(other, "bientap").put("api/v1/schools/" + other + "/elearning/" + pptx, share).status());
        assertEquals(400, gva.put(api + "/" + pptx, "{}").status());
        JsonObject shared = gva.put(api + "/" + pptx, share).json();
        assertTrue(shared.getBoolean("shared"));
        assertEquals(200, gva.put(api + "/" + photo, share).status());
        assertEquals(200, as(school, "bientap").put(api + "/" + kept, share).status(), "editors curate the repository");
        assertEquals(200, as(school, "hieutruong").put(api + "/" + kept, "{\"shared\":false}").status());

        JsonObject all = anonymous().get(api).json();
        assertEquals(2, all.getInt("total"));
        assertEquals(List.of("Toán"), all.getJsonArray("subjects").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList());
        JsonObject grade6 = anonymous().get(api + "?subject=" + URLEncoder.encode("Toán", StandardCharsets.UTF_8)
                + "&grade=6").json();
        assertEquals(1, grade6.getInt("total"));
        assertEquals(pptx, grade6.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(0, anonymous().get(api + "?subject=" + URLEncoder.encode("Ngữ văn", StandardCharsets.UTF_8))
                .json().getInt("total"), "withdrawn");
        PortalClient.Reply badGrade = anonymous().get(api + "?grade=sau");
        assertEquals(400, badGrade.status());
        assertTrue(badGrade.isProblem());
        assertEquals(400, anonymous().get("schools/" + school + "/hoc-lieu?khoi=sau").status());

        // Preview: an image inline; a presentation by its extracted text; both downloadable.
        JsonObject presentation = anonymous().get(api + "/" + pptx).json();
        assertFalse(presentation.getJsonObject("lecture").containsKey("previewUrl"));
        assertFalse(presentation.getString("excerpt").isBlank(), "a text excerpt previews what browsers cannot show");
        String lecturePage = anonymous().get("schools/" + school + "/hoc-lieu/" + pptx).body();
        assertTrue(lecturePage.contains("Trích nội dung"), lecturePage);
        HttpResponse<byte[]> download = fetch("schools/" + school + "/tep/" + pptx);
        assertEquals(200, download.statusCode());
        assertTrue(download.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment"));
        JsonObject image = anonymous().get(api + "/" + photo).json().getJsonObject("lecture");
        HttpResponse<byte[]> preview = fetch(image.getString("previewUrl").substring(1));
        assertEquals(200, preview.statusCode());
        assertEquals("image/jpeg", preview.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(preview.headers().firstValue("Content-Disposition").orElseThrow().startsWith("inline"));
        assertEquals(404, fetch("schools/" + school + "/hoc-lieu/" + pptx + "/xem").statusCode());
        assertEquals(404, fetch("schools/" + school + "/hoc-lieu/" + kept + "/xem").statusCode(), "not shared");

        String browse = anonymous().get("schools/" + school + "/hoc-lieu?mon=" + URLEncoder.encode("Toán",
                StandardCharsets.UTF_8)).body();
        assertTrue(browse.contains("Bài giảng phan-so.pptx") && !browse.contains("ngu-van"), browse);
        assertTrue(anonymous().get("schools/" + school + "/").body().contains("/schools/" + school + "/hoc-lieu\""));
        assertEquals(0, anonymous().get("api/v1/schools/" + other + "/elearning").json().getInt("total"));
    }

    private long publishedPost(String school, String title) {
        PortalClient board = as(school, "hieutruong");
        String posts = "api/v1/schools/" + school + "/posts";
        long category = anonymous().get("api/v1/schools/" + school + "/categories").array().stream()
                .map(JsonObject.class::cast).filter(c -> c.getString("kind").equals("NEWS")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        long id = id(board.post(posts, Json.createObjectBuilder().add("categoryId", category).add("title", title)
                .add("body", "<p>" + title + "</p>").build().toString()));
        assertEquals(200, board.post(posts + "/" + id + "/publish", "{}").status());
        return id;
    }

    private static String topic(YearMonth month, String topic, String writer, LocalDate deadline, Long postId) {
        var json = Json.createObjectBuilder().add("month", month.toString()).add("topic", topic).add("writer", writer)
                .add("deadline", deadline.toString());
        if (postId != null) {
            json.add("postId", postId);
        }
        return json.build().toString();
    }

    @Test
    void theArticlePlanShowsTheBoardItsProgress() {
        String school = newSchool();
        String api = "api/v1/schools/" + school + "/article-plan";
        PortalClient editor = as(school, "bientap");
        LocalDate today = LocalDate.now(HANOI);
        YearMonth month = YearMonth.from(today);

        long done = id(editor.post(api, topic(month, "Lễ kỷ niệm 20/11", "bientap", today.plusDays(5), null)));
        long late = id(editor.post(api, topic(month, "Hội giảng", "hieutruong", today.minusDays(1), null)));
        assertEquals(201, editor.post(api, topic(month, "Ngày hội đọc sách", "bientap", today, null)).status());
        assertEquals(201, editor.post(api, topic(month.plusMonths(1), "Tháng sau", "bientap", today.plusDays(40),
                null)).status());

        JsonObject before = editor.get(api + "?month=" + month).json();
        assertEquals(3, before.getJsonArray("topics").size());
        assertEquals(Json.createObjectBuilder().add("done", 0).add("late", 1).add("open", 2).add("percentDone", 0)
                .build(), before.getJsonObject("progress"));

        long post = publishedPost(school, "Kỷ niệm ngày Nhà giáo Việt Nam");
        JsonObject linked = editor.put(api + "/" + done, topic(month, "Lễ kỷ niệm 20/11", "bientap",
                today.plusDays(5), post)).json();
        assertEquals("DONE", linked.getString("progress"));
        assertEquals("/schools/" + school + "/bai-viet/" + post, linked.getString("postUrl"));
        JsonObject after = as(school, "hieutruong").get(api).json();
        assertEquals(month.toString(), after.getString("month"), "the current month by default");
        assertEquals(Json.createObjectBuilder().add("done", 1).add("late", 1).add("open", 1).add("percentDone", 33)
                .build(), after.getJsonObject("progress"));
        assertEquals("LATE", after.getJsonArray("topics").stream().map(JsonObject.class::cast)
                .filter(t -> t.getJsonNumber("id").longValue() == late).findFirst().orElseThrow().getString("progress"));

        // Bad input: clear problems.
        PortalClient.Reply teacherWriter = editor.post(api, topic(month, "X", "gva", today, null));
        assertEquals(400, teacherWriter.status());
        assertEquals("writer-not-editor", teacherWriter.json().getString("code"));
        assertEquals(400, editor.post(api, "{\"month\":\"2026-13\",\"topic\":\"X\",\"writer\":\"bientap\","
                + "\"deadline\":\"2026-11-01\"}").status());
        assertEquals(400, editor.get(api + "?month=thang-muoi").status());
        String other = newSchool();
        long otherPost = publishedPost(other, "Tin trường khác");
        assertEquals(400, editor.put(api + "/" + late, topic(month, "Hội giảng", "hieutruong", today, otherPost))
                .status(), "a post of another school fulfils nothing here");

        // Who may: the school's editors and board write; the district reads; nobody else.
        assertEquals(401, anonymous().get(api).status());
        assertEquals(403, as(school, "gva").get(api).status());
        assertEquals(403, as(other, "bientap").get(api).status());
        assertEquals(200, district().get(api).status());
        String add = topic(month, "Y", "bientap", today, null);
        assertEquals(401, anonymous().post(api, add).status());
        assertEquals(403, as(school, "gva").post(api, add).status());
        assertEquals(403, as(other, "bientap").post(api, add).status());
        assertEquals(403, district().post(api, add).status(), "the district reads only");
        assertEquals(401, anonymous().put(api + "/" + late, add).status());
        assertEquals(403, as(school, "gva").put(api + "/" + late, add).status());
        assertEquals(403, as(other, "bientap").put(api + "/" + late, add).status());
        assertEquals(404, as(other, "bientap").put("api/v1/schools/" + other + "/article-plan/" + late,
                topic(month, "Y", "bientap", today, null)).status());
        assertEquals(0, as(other, "bientap").get("api/v1/schools/" + other + "/article-plan?month=" + month).json()
                .getJsonArray("topics").size());

        String pagePath = "schools/" + school + "/ke-hoach-tin-bai";
        assertEquals(303, anonymous().get(pagePath).status());
        assertEquals(403, as(school, "gva").get(pagePath).status());
        String page = editor.get(pagePath + "?thang=" + month).body();
        assertTrue(page.contains("Đã xong / done: 1") && page.contains("Trễ hạn / late: 1"), page);
        assertTrue(page.contains("Hội giảng") && page.contains("Kỷ niệm ngày Nhà giáo Việt Nam"));
    }
}
