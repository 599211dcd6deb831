package vn.eschool.portal.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.eschool.portal.layer1.album.SampleJpeg;

/**
 * The portal in a real headless Chromium: the editorial workflow from writing to the public pages and search,
 * a script in a post body that must not run, a teacher's e-lecture upload in Layer 2, a sign-in with an
 * authenticator code, and every page type free of axe violations and of HTML errors ({@link PageTypes}).
 * Skipped where Chromium is not installed, unless {@code -Dbrowser.required=true} ({@link Browser}).
 */
@ExtendWith(Browser.class)
class BrowserIT extends PortalIT {

    private static final String DEMO = "thcs-sonca";
    private static final String PASSWORD = "demo-2026";
    private static final String SITE = "schools/" + DEMO + "/";
    private static final String API = "api/v1/schools/" + DEMO;
    private static final Duration WAIT = Duration.ofSeconds(30);

    private static ChromeDriver browser;

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = Browser.start(Path.of(System.getProperty("java.io.tmpdir"), "chromium-" + UUID.randomUUID()));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void signedOut() {
        open("");
        browser.manage().deleteAllCookies();
    }

    // --- journeys -------------------------------------------------------------------------------------------

    @Test
    void anEditorWritesTheBoardPublishesAndVisitorsFindThePostWithoutAccents() {
        String token = "hx" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String title = "Ngày hội đọc sách " + token;

        signIn(DEMO, "bientap", PASSWORD, null, SITE + "bien-tap");
        click(By.linkText("Viết bài mới / New post"));
        new Select(browser.findElement(By.id("chuyenMuc"))).selectByVisibleText("Tin tức – Sự kiện");
        type("tieuDe", title);
        type("tomTat", "Học sinh khối 6 giới thiệu cuốn sách em yêu thích.");
        typeHtml("<p>Sáng thứ Hai, thư viện trường tổ chức <strong>ngày hội đọc sách</strong>.</p>");
        type("the", "thư viện, " + "x".repeat(41));
        submit("main form.stack button[type=submit]");
        String errors = browser.findElement(By.id("form-errors")).getText();
        assertTrue(errors.contains("Thẻ tối đa 40 ký tự"), "a Vietnamese message beside the form: " + errors);
        assertEquals(title, browser.findElement(By.id("tieuDe")).getAttribute("value"), "the form keeps what was typed");

        type("the", "thư viện, đọc sách");
        submit("main form.stack button[type=submit]");
        assertTrue(browser.findElement(By.cssSelector("p.notice")).getText().contains("Đã lưu"));
        assertEquals("bản nháp", browser.findElement(By.id("post-status")).getText());
        click(By.id("submit-for-review"));
        assertEquals("chờ duyệt", browser.findElement(By.id("post-status")).getText());
        assertTrue(browser.findElements(By.id("approve")).isEmpty(), "editors do not approve");

        signOut();
        signIn(DEMO, "hieutruong", PASSWORD, null, SITE + "bien-tap/duyet");
        click(By.linkText(title));
        click(By.id("approve"));
        assertEquals("đã đăng", browser.findElement(By.id("post-status")).getText());

        signOut();
        open(SITE);
        assertTrue(browser.findElement(By.tagName("main")).getText().contains(title), "on the home page");
        open(SITE + "chuyen-muc/tin-tuc-su-kien");
        click(By.linkText(title));
        assertEquals(title, browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("ngày hội đọc sách"));

        open(SITE);
        type("site-q", "ngay hoi doc sach " + token);
        click(By.cssSelector("form[role=search] button[type=submit]"));
        assertTrue(browser.findElement(By.tagName("main")).getText().contains(title),
                "the search page finds it without accents");
    }

    @Test
    void aScriptInAPostBodyDoesNotRunInTheBrowser() {
        String title = "Bài thử kịch bản " + UUID.randomUUID().toString().substring(0, 8);
        signIn(DEMO, "hieutruong", PASSWORD, null, SITE + "bien-tap/moi");
        new Select(browser.findElement(By.id("chuyenMuc"))).selectByVisibleText("Tin tức – Sự kiện");
        type("tieuDe", title);
        typeHtml("<p>Nội dung</p><script>window.__xss = 1; alert(1)</script>"
                + "<img src=\"x\" onerror=\"window.__xss = 2; alert(2)\">"
                + "<a href=\"javascript:window.__xss = 3\">liên kết</a>"
                + "<svg onload=\"window.__xss = 4\"></svg><iframe src=\"javascript:parent.__xss = 5\"></iframe>");
        submit("main form.stack button[type=submit]");
        click(By.id("approve"));
        assertEquals("đã đăng", browser.findElement(By.id("post-status")).getText());
        long id = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/bien-tap/(\\d+).*", "$1"));

        signOut();
        open(SITE + "bai-viet/" + id);
        new WebDriverWait(browser, WAIT).until(d -> "complete".equals(
                ((ChromeDriver) d).executeScript("return document.readyState")));
        assertTrue(browser.findElement(By.cssSelector("main .body")).getText().contains("Nội dung"),
                "the safe part is shown");
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert(), "no alert opened");
        assertEquals(Boolean.TRUE, browser.executeScript("return typeof window.__xss === 'undefined'"),
                "no injected script ran");
        List<WebElement> links = browser.findElements(By.linkText("liên kết"));
        if (!links.isEmpty()) {
            links.get(0).click();
            assertEquals(Boolean.TRUE, browser.executeScript("return typeof window.__xss === 'undefined'"),
                    "the link runs no script");
        }
    }

    @Test
    void aTeacherUploadsAnELectureAndSeesTheMonthCountGoUp() throws IOException {
        signIn(DEMO, "gv01", PASSWORD, null, SITE + "noi-bo");
        int before = uploadedThisMonth();

        Path lecture = Files.createTempFile("bai-giang-", ".pptx");
        Files.write(lecture, uniquePresentation());
        browser.findElement(By.cssSelector("#lecture-upload input[name=file]")).sendKeys(lecture.toString());
        type(By.cssSelector("#lecture-upload input[name=title]"), "Phân số – luyện tập");
        // The demo school has declared its plan: gv01 chooses one of their assignments, never types it.
        new Select(browser.findElement(By.cssSelector("#lecture-upload select[name=assignment]"))).selectByIndex(1);
        browser.findElement(By.cssSelector("#lecture-upload button[type=submit]")).click();

        // The page reloads itself after the upload: read the count again until it has.
        new WebDriverWait(browser, WAIT).ignoring(StaleElementReferenceException.class)
                .ignoring(NoSuchElementException.class).until(d -> uploadedThisMonth() == before + 1);
        assertTrue(browser.findElement(By.id("my-month")).getText().matches("(?s).*\\d+/3.*"),
                browser.findElement(By.id("my-month")).getText());
    }

    @Test
    void aSchoolAdminWithTwoFactorSignsInWithTheAuthenticatorCode() throws Exception {
        String username = "qt" + UUID.randomUUID().toString().substring(0, 6);
        PortalClient district = districtAdmin();
        assertEquals(201, district.post(API + "/accounts", Json.createObjectBuilder().add("username", username)
                .add("fullName", "Phó Hiệu Trưởng Thử").add("role", "SCHOOL_ADMIN").add("password", "mat-khau-2fa")
                .build().toString()).status());
        PortalClient admin = anonymous().as(DEMO, username, "mat-khau-2fa");
        String secret = admin.post("api/v1/me/two-factor", "").json().getString("secret");
        long step = System.currentTimeMillis() / 1000 / 30;
        assertEquals(200, admin.post("api/v1/me/two-factor/confirm", "{\"code\":\"" + codeAt(secret, step) + "\"}")
                .status());

        signIn(DEMO, username, "mat-khau-2fa", null, "/account");
        assertTrue(browser.findElement(By.cssSelector("p.error")).getText().contains("mã"),
                "without the code the sign-in page asks for it: "
                        + browser.findElement(By.cssSelector("p.error")).getText());

        signIn(DEMO, username, "mat-khau-2fa", codeAt(secret, step + 1), "/account");
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("Phó Hiệu Trưởng Thử"),
                "signed in: " + browser.findElement(By.tagName("h1")).getText());
    }

    @Test
    void anUploadedSvgWithAScriptDoesNotRunWhenOpened() {
        String marker = "xss-" + UUID.randomUUID().toString().substring(0, 8);
        // Were it to run on the portal's origin, it would rename the page and read the signed-in account.
        byte[] svg = ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"40\"><script>"
                + "document.title = '" + marker + "'; try { top.document.title = '" + marker + "'; } catch (e) {}"
                + "fetch('/api/v1/me').then(r => r.text()).then(t => { top.document.title = '" + marker + "-' + t; });"
                + "</script><rect width=\"40\" height=\"40\"/></svg>").getBytes(StandardCharsets.UTF_8);
        // A school of its own: the demo school's disclosures are checked elsewhere (DisclosuresIT).
        String school = newSchoolWithAdmin("quantri");
        String api = "api/v1/schools/" + school;
        PortalClient admin = anonymous().as(school, "quantri", "mat-khau-quan-tri");
        for (String[] person : new String[][] {{"gv01", "TEACHER"}, {"bientap", "EDITOR"}}) {
            assertEquals(201, admin.post(api + "/accounts", Json.createObjectBuilder().add("username", person[0])
                    .add("fullName", "Người Thử").add("role", person[1]).add("password", PASSWORD)
                    .add("group", "Tổ Toán").build().toString()).status());
        }
        PortalClient teacher = anonymous().as(school, "gv01", PASSWORD);
        PortalClient editor = anonymous().as(school, "bientap", PASSWORD);

        PortalClient.Reply lecture = teacher.multipart("POST", api + "/lectures", Map.of("title", "Hình vẽ " + marker,
                "subject", "Toán", "grade", "6", "className", "6A1"), Map.of(marker + ".svg", svg));
        assertEquals(201, lecture.status(), lecture.body());
        long lectureId = lecture.json().getJsonArray("lectures").getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(200, teacher.put(api + "/elearning/" + lectureId, "{\"shared\":true}").status());
        PortalClient.Reply cover = editor.upload(api + "/files", "bia-" + marker + ".svg", svg);
        assertEquals(201, cover.status(), cover.body());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        int start = today.getMonthValue() >= 7 ? today.getYear() : today.getYear() - 1;
        PortalClient.Reply disclosure = editor.post(api + "/disclosures/" + start + "-" + (start + 1) + "/tai-tro",
                Json.createObjectBuilder().add("fileId", cover.json().getJsonNumber("id")).build().toString());
        assertEquals(201, disclosure.status(), disclosure.body());

        signIn(school, "bientap", PASSWORD, null, "/account");
        String site = "schools/" + school + "/";
        for (String path : List.of(site + "tep/" + lectureId, api + "/files/" + cover.json().getJsonNumber("id"),
                site + "cong-khai/tep/" + disclosure.json().getJsonNumber("id"))) {
            open(path);
            new WebDriverWait(browser, WAIT).until(d -> "complete".equals(
                    ((ChromeDriver) d).executeScript("return document.readyState")));
            assertFalse(browser.getTitle().contains(marker), path + ": the script ran (" + browser.getTitle() + ")");
            assertFalse(browser.getCurrentUrl().contains(marker), path);
        }
    }

    @Test
    void anUploadedPdfIsShownInTheBrowsersViewerUnderItsPolicy() throws IOException {
        String school = newSchoolWithAdmin("quantri");
        String api = "api/v1/schools/" + school;
        assertEquals(201, anonymous().as(school, "quantri", "mat-khau-quan-tri").post(api + "/accounts",
                Json.createObjectBuilder().add("username", "gv01").add("fullName", "Người Thử").add("role", "TEACHER")
                        .add("password", PASSWORD).add("group", "Tổ Toán").build().toString()).status());
        PortalClient teacher = anonymous().as(school, "gv01", PASSWORD);
        PortalClient.Reply lecture = teacher.multipart("POST", api + "/lectures", Map.of("title", "Phân số",
                "subject", "Toán", "grade", "6", "className", "6A1"), Map.of("phan-so.pdf", MalformedDocuments.pdf()));
        assertEquals(201, lecture.status(), lecture.body());
        JsonObject created = lecture.json().getJsonArray("lectures").getJsonObject(0);
        long lectureId = created.getJsonNumber("id").longValue();
        assertEquals(200, teacher.put(api + "/elearning/" + lectureId, "{\"shared\":true}").status());

        assertShownInThePdfViewer("schools/" + school + "/tep/" + lectureId);
        signIn(school, "gv01", PASSWORD, null, "/account");
        assertShownInThePdfViewer(api + "/files/" + created.getJsonNumber("fileId"));
    }

    /**
     * Chromium shows a PDF in its viewer: an extension frame in the document, holding a frame that renders the file.
     * A download, a file served as another type or a viewer the policy blocked has neither.
     */
    private void assertShownInThePdfViewer(String path) {
        open(path);
        new WebDriverWait(browser, WAIT).withMessage(path + " in the PDF viewer").until(d -> {
            List<?> frames = (List<?>) browser.executeCdpCommand("Target.getTargets", Map.of()).get("targetInfos");
            List<String> urls = frames.stream().map(Map.class::cast).filter(t -> "iframe".equals(t.get("type")))
                    .map(t -> String.valueOf(t.get("url"))).toList();
            return urls.stream().anyMatch(u -> u.startsWith("chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/"))
                    && urls.stream().anyMatch(u -> u.endsWith(path));
        });
    }

    @Test
    void theBoardWritesBoldTextATableAndAPastedPictureInTheRichTextEditorAndPublishes() throws IOException {
        String title = "Lễ tổng kết năm học " + UUID.randomUUID().toString().substring(0, 8);
        signIn(DEMO, "hieutruong", PASSWORD, null, SITE + "bien-tap/moi");
        new Select(browser.findElement(By.id("chuyenMuc"))).selectByVisibleText("Tin tức – Sự kiện");
        type("tieuDe", title);
        WebElement editor = browser.findElement(By.cssSelector(".rich-text .ql-editor"));
        assertFalse(browser.findElement(By.id("noiDung")).isDisplayed(), "the editor replaces the textarea");
        editor.click();
        editor.sendKeys("Buổi lễ diễn ra ");
        editor.sendKeys(Keys.chord(Keys.CONTROL, "b"));
        editor.sendKeys("trang trọng");
        editor.sendKeys(Keys.chord(Keys.CONTROL, "b"));
        editor.sendKeys(" tại sân trường.", Keys.ENTER);

        // A picture pasted from the clipboard (a screenshot): uploaded with a progress bar, its description asked for.
        browser.executeScript("var data = atob(arguments[0]), bytes = new Uint8Array(data.length);"
                + "for (var i = 0; i < data.length; i++) { bytes[i] = data.charCodeAt(i); }"
                + "var clipboard = new DataTransfer();"
                + "clipboard.items.add(new File([bytes], 'khen-thuong.png', {type: 'image/png'}));"
                + "document.querySelector('.rich-text .ql-editor').dispatchEvent(new ClipboardEvent('paste',"
                + " {clipboardData: clipboard, bubbles: true, cancelable: true}));",
                Base64.getEncoder().encodeToString(PublicSiteIT.png(1600, 1200)));
        WebElement alt = new WebDriverWait(browser, WAIT)
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alt-dialog input")));
        alt.clear();
        alt.sendKeys("Học sinh khối 6 nhận giấy khen");
        browser.findElement(By.cssSelector(".alt-dialog button")).click();
        new WebDriverWait(browser, WAIT).until(d -> !d.findElements(By.cssSelector(".ql-editor img")).isEmpty());
        editor.sendKeys(Keys.ENTER);

        browser.findElement(By.cssSelector(".rich-text button.ql-table")).click();
        editor.sendKeys("Lớp 6A");
        WebElement body = publishAndReadAsAVisitor();
        assertEquals("trang trọng", body.findElement(By.tagName("strong")).getText());
        assertEquals("Lớp 6A", body.findElement(By.cssSelector("table td")).getText());
        assertEquals(9, body.findElements(By.cssSelector("table td")).size(), "a 3×3 table");
        WebElement picture = body.findElement(By.tagName("img"));
        assertEquals("Học sinh khối 6 nhận giấy khen", picture.getAttribute("alt"));
        assertEquals("1280", picture.getDomAttribute("width"), "the size of the large thumbnail, so the page keeps its place");
        assertEquals("960", picture.getDomAttribute("height"));
        awaitShownInOneOfItsSizes(picture);
    }

    @Test
    void theBoardDropsAPictureWritesAHeadingAndALinkInTheRichTextEditorAndVisitorsSeeThem() throws IOException {
        String title = "Hội thi giáo viên dạy giỏi " + UUID.randomUUID().toString().substring(0, 8);
        signIn(DEMO, "hieutruong", PASSWORD, null, SITE + "bien-tap/moi");
        new Select(browser.findElement(By.id("chuyenMuc"))).selectByVisibleText("Tin tức – Sự kiện");
        type("tieuDe", title);
        WebElement editor = browser.findElement(By.cssSelector(".rich-text .ql-editor"));
        editor.click();
        editor.sendKeys("Kết quả hội thi");
        browser.findElement(By.cssSelector(".rich-text button.ql-header[value='2']")).click();
        editor.sendKeys(Keys.END, Keys.ENTER, "Xem thông báo của Sở");
        editor.sendKeys(Keys.chord(Keys.SHIFT, Keys.HOME));
        browser.findElement(By.cssSelector(".rich-text button.ql-link")).click();
        WebElement address = new WebDriverWait(browser, WAIT)
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".rich-text .ql-tooltip input")));
        address.clear();
        address.sendKeys("https://moet.gov.vn/", Keys.ENTER);
        editor.sendKeys(Keys.END, Keys.ENTER);

        // A file dropped on the editor's last (empty) line: uploaded with the progress bar shown until it is done.
        browser.executeScript("var data = atob(arguments[0]), bytes = new Uint8Array(data.length);"
                + "for (var i = 0; i < data.length; i++) { bytes[i] = data.charCodeAt(i); }"
                + "var progress = document.querySelector('.rich-text progress');"
                + "window.progressSeen = [];"
                + "new MutationObserver(function (changes) { changes.forEach(function (c) {"
                + "  window.progressSeen.push(c.oldValue === null ? 'hidden' : 'shown'); }); })"
                + ".observe(progress, {attributes: true, attributeFilter: ['hidden'], attributeOldValue: true});"
                + "var files = new DataTransfer();"
                + "files.items.add(new File([bytes], 'giai-nhat.png', {type: 'image/png'}));"
                + "var editor = document.querySelector('.rich-text .ql-editor');"
                + "editor.lastElementChild.scrollIntoView({block: 'center'});"
                + "var line = editor.lastElementChild.getBoundingClientRect();"
                + "editor.dispatchEvent(new DragEvent('drop', {dataTransfer: files, bubbles: true, cancelable: true,"
                + " clientX: line.left + 2, clientY: line.top + line.height / 2}));",
                Base64.getEncoder().encodeToString(PublicSiteIT.png(1200, 900)));
        WebElement alt = new WebDriverWait(browser, WAIT)
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alt-dialog input")));
        assertEquals(List.of("shown", "hidden"), browser.executeScript("return window.progressSeen"));
        assertEquals(100L, ((Number) browser.executeScript(
                "return document.querySelector('.rich-text progress').value")).longValue(), "the upload completed");
        alt.clear();
        alt.sendKeys("Cô giáo đạt giải nhất");
        browser.findElement(By.cssSelector(".alt-dialog button")).click();
        new WebDriverWait(browser, WAIT).until(d -> !d.findElements(By.cssSelector(".ql-editor img")).isEmpty());

        WebElement body = publishAndReadAsAVisitor();
        assertEquals("Kết quả hội thi", body.findElement(By.tagName("h2")).getText());
        WebElement link = body.findElement(By.tagName("a"));
        assertEquals("Xem thông báo của Sở", link.getText());
        assertEquals("https://moet.gov.vn/", link.getDomAttribute("href"));
        WebElement picture = body.findElement(By.tagName("img"));
        assertEquals("Cô giáo đạt giải nhất", picture.getAttribute("alt"));
        assertTrue(picture.getDomAttribute("src").matches("/schools/" + DEMO + "/anh/\\d+"),
                picture.getDomAttribute("src"));
        awaitShownInOneOfItsSizes(picture);
    }

    @Test
    void picturesPastedFromElsewhereAreDroppedWithANoticeAndTheSchoolsOwnAreKept() throws IOException {
        signIn(DEMO, "bientap", PASSWORD, null, SITE + "bien-tap/moi");
        new Select(browser.findElement(By.id("chuyenMuc"))).selectByVisibleText("Tin tức – Sự kiện");
        type("tieuDe", "Bài dán từ trang khác " + UUID.randomUUID().toString().substring(0, 8));
        WebElement editor = browser.findElement(By.cssSelector(".rich-text .ql-editor"));
        editor.click();
        // As a web page and Word put it on the clipboard: a hotlinked picture, a local file's, and a data: picture.
        pasteHtml("<p>Tin từ trang của Phòng.</p><p><img src=\"https://example.org/anh/le-hoi.jpg\" alt=\"Lễ hội\">"
                + "<img src=\"file:///C:/Users/gv/AppData/Local/Temp/msohtmlclip1/01/clip_image001.png\"></p><p>"
                + "<img src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(
                        PublicSiteIT.png(640, 480)) + "\"></p>");
        WebElement alt = new WebDriverWait(browser, WAIT)
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alt-dialog input")));
        assertEquals("Đã bỏ 2 ảnh dán từ nơi khác: hãy tải ảnh lên bằng nút Chèn ảnh hoặc kéo thả tệp. / 2 picture(s)"
                + " pasted from elsewhere removed: upload them with the Image button or drop the files.",
                browser.findElement(By.cssSelector(".rich-text .rich-text-notice")).getText());
        alt.clear();
        alt.sendKeys("Sơ đồ lớp học");
        browser.findElement(By.cssSelector(".alt-dialog button")).click();
        new WebDriverWait(browser, WAIT).until(d -> d.findElements(By.cssSelector(".ql-editor img")).size() == 1);
        String own = browser.findElement(By.cssSelector(".ql-editor img")).getDomAttribute("src");
        assertTrue(own.matches("/schools/" + DEMO + "/anh/\\d+"), "the data: picture was uploaded: " + own);

        // The school's own picture, copied from one of its pages (the browser writes the full address): kept.
        pasteHtml("<p><img src=\"" + base + own.substring(1) + "\" alt=\"Sơ đồ\"></p>");
        new WebDriverWait(browser, WAIT).until(d -> d.findElements(By.cssSelector(".ql-editor img")).size() == 2);
        assertEquals(List.of(own, own), browser.findElements(By.cssSelector(".ql-editor img")).stream()
                .map(i -> i.getDomAttribute("src")).toList());
        assertEquals("", browser.findElement(By.cssSelector(".rich-text .rich-text-notice")).getText());
        submit("main form.stack button[type=submit]");
        assertTrue(browser.findElement(By.cssSelector("p.notice")).getText().contains("Đã lưu"));
        assertEquals(2, browser.findElements(By.cssSelector(".ql-editor img")).size(), "the server kept both");
    }

    @Test
    void theBoardWritesADisclosureWithBoldTextAndVisitorsSeeIt() {
        String school = newSchoolWithAdmin("quantri");
        String site = "schools/" + school + "/";
        signIn(school, "quantri", "mat-khau-quan-tri", null, site + "cong-khai/sua");
        click(By.cssSelector("a[href$='muc=hoc-phi']"));
        WebElement editor = new WebDriverWait(browser, WAIT)
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".rich-text .ql-editor")));
        assertFalse(browser.findElement(By.id("noi-dung")).isDisplayed(), "the editor replaces the textarea");
        editor.click();
        editor.sendKeys("Miễn học phí cho ");
        editor.sendKeys(Keys.chord(Keys.CONTROL, "b"));
        editor.sendKeys("học sinh THCS công lập");
        editor.sendKeys(Keys.chord(Keys.CONTROL, "b"));
        editor.sendKeys(" từ năm học này.");
        submit("main form.stack button[type=submit]");
        assertTrue(browser.findElement(By.cssSelector("p.notice")).getText().contains("Đã đăng"));

        signOut();
        open(site + "cong-khai");
        WebElement text = browser.findElement(By.cssSelector("#muc-hoc-phi .body"));
        assertEquals("học sinh THCS công lập", text.findElement(By.tagName("strong")).getText());
        assertTrue(text.getText().contains("Miễn học phí cho học sinh THCS công lập từ năm học này."), text.getText());
    }

    // --- every page type: axe and the Nu Html Checker ---------------------------------------------------------

    /**
     * The demo home page on a first view (empty browser cache), as Chromium's Resource Timing counts the bytes
     * on the wire (headers included, after compression): at most 30 KB of HTML and style sheets, 200 KB in all
     * with the pictures a phone loads at once (the others are lazy). Figures in docs/performance.md.
     */
    @Test
    void theHomePageFitsASlowPhonesBudget() {
        open(SITE);
        browser.executeCdpCommand("Network.clearBrowserCache", Map.of());
        open(SITE);
        new WebDriverWait(browser, WAIT).until(d -> "complete".equals(
                ((ChromeDriver) d).executeScript("return document.readyState")));
        @SuppressWarnings("unchecked")
        Map<String, Object> bytes = (Map<String, Object>) browser.executeScript("""
                const page = performance.getEntriesByType('navigation')[0];
                const files = performance.getEntriesByType('resource');
                const sum = list => list.reduce((total, r) => total + r.transferSize, 0);
                const pictures = Array.from(document.images);
                const size = name => pictures.filter(i => i.currentSrc === name && i.naturalWidth > 0)
                        .map(i => ' ' + i.naturalWidth + 'x' + i.naturalHeight).slice(0, 1).join('');
                return {html: page.transferSize, encoding: page.encodedBodySize < page.decodedBodySize,
                        css: sum(files.filter(r => new URL(r.name).pathname.endsWith('.css'))),
                        images: sum(files.filter(r => r.initiatorType === 'img')),
                        all: page.transferSize + sum(files), files: files.length,
                        pictures: pictures.length, lazy: pictures.filter(i => i.loading === 'lazy').length,
                        loaded: files.map(r => new URL(r.name).pathname + ' (' + r.initiatorType + ') '
                                + r.transferSize + ' B' + size(r.name)).join('; ')};
                """);
        long html = ((Number) bytes.get("html")).longValue();
        long css = ((Number) bytes.get("css")).longValue();
        long all = ((Number) bytes.get("all")).longValue();
        System.out.println("Home page, first view: " + bytes);
        assertTrue(html > 0 && Boolean.TRUE.equals(bytes.get("encoding")), "the page came compressed: " + bytes);
        assertTrue(html + css <= 30 * 1024, "HTML and CSS within 30 KB: " + bytes);
        assertTrue(all <= 200 * 1024, "everything within 200 KB: " + bytes);
    }

    @Test
    void everyPageTypeHasNoAccessibilityViolationsAndNoHtmlErrors() throws Exception {
        PortalClient board = anonymous().as(DEMO, "hieutruong", PASSWORD);
        PortalClient editor = anonymous().as(DEMO, "bientap", PASSWORD);
        long category = editor.get(API + "/categories").array().stream().map(JsonObject.class::cast)
                .filter(c -> c.getString("slug").equals("tin-tuc-su-kien")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        long article = create(editor, illustratedPostJson(editor, category, "Khai giảng năm học – kiểm tra trang"));
        assertEquals(200, board.post(API + "/posts/" + article + "/publish", "{}").status());
        long draft = create(editor, category, "Bản nháp – kiểm tra trang");
        assertEquals(200, editor.put(API + "/posts/" + draft, postJson(category, "Bản nháp (sửa) – kiểm tra trang"))
                .status());
        long album = anonymous().get(API + "/albums").array().getJsonObject(0).getJsonNumber("id").longValue();
        Map<String, String> ids = Map.of("article", Long.toString(article), "draft", Long.toString(draft),
                "album", Long.toString(album), "lecture", Long.toString(sharedPictureLecture(DEMO, board)));

        List<String> problems = new ArrayList<>();
        // What each page looks like on a phone, for people reading a failed build.
        Path screenshots = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "browser-screenshots"));
        String signedIn = null;
        for (PageTypes.PageType page : PageTypes.ALL) {
            if (page.account() != null && !page.account().equals(signedIn)) {
                signOut();
                signIn(DEMO, page.account(), PASSWORD, null, "/account");
                signedIn = page.account();
            } else if (page.account() == null && signedIn != null) {
                signOut();
                signedIn = null;
            }
            String path = page.resolve(ids);
            open(path);
            String html = page.button() == null ? rawHtml(path) : answerTo(page.button());
            if (page.button() != null) {
                click(By.id(page.button()));
            }
            Files.write(screenshots.resolve(String.format("%02d.png", PageTypes.ALL.indexOf(page))),
                    browser.getScreenshotAs(OutputType.BYTES));
            Results axe = new AxeBuilder().analyze(browser);
            for (Rule violation : axe.getViolations()) {
                problems.add(page.name() + " (/" + path + ") axe " + violation.getId() + ": " + violation.getHelp()
                        + " " + violation.getNodes().stream().map(n -> String.valueOf(n.getTarget()))
                        .collect(Collectors.joining(", ")));
            }
            for (String error : HtmlValidity.errors(html)) {
                problems.add(page.name() + " (/" + path + ") HTML " + error);
            }
        }
        if (!problems.isEmpty()) {
            fail(problems.size() + " problems:\n" + String.join("\n", problems));
        }
    }

    // --- helpers --------------------------------------------------------------------------------------------

    private void open(String path) {
        browser.get(base.toString() + (path.startsWith("/") ? path.substring(1) : path));
    }

    private void signIn(String school, String username, String password, String code, String next) {
        open("login?school=" + URLEncoder.encode(school, StandardCharsets.UTF_8) + "&next="
                + URLEncoder.encode(next.startsWith("/") ? next : "/" + next, StandardCharsets.UTF_8));
        type("username", username);
        type("password", password);
        if (code != null) {
            type("code", code);
        }
        submit("main form button[type=submit]");
    }

    private void signOut() {
        browser.manage().deleteAllCookies();
    }

    /** The body as HTML, typed into the textarea behind the rich-text editor's "Edit the HTML" button. */
    private void typeHtml(String html) {
        browser.findElement(By.cssSelector("button.rich-text-source")).click();
        type("noiDung", html);
    }

    /** A paste of {@code html} into the rich-text editor, as a browser delivers one copied from another page. */
    private void pasteHtml(String html) {
        browser.executeScript("var clipboard = new DataTransfer(); clipboard.setData('text/html', arguments[0]);"
                + "document.querySelector('.rich-text .ql-editor').dispatchEvent(new ClipboardEvent('paste',"
                + " {clipboardData: clipboard, bubbles: true, cancelable: true}));", html);
    }

    private void type(String id, String text) {
        type(By.id(id), text);
    }

    private void type(By field, String text) {
        new WebDriverWait(browser, WAIT).until(d -> onCurrentNodes(() -> {
            WebElement element = d.findElement(field);
            element.clear();
            element.sendKeys(text);
        }));
    }

    /** A text's picture loads, lazily once scrolled to, one of the sizes its srcset offers (320 or 1280 px wide). */
    private void awaitShownInOneOfItsSizes(WebElement picture) {
        browser.executeScript("arguments[0].scrollIntoView()", picture);
        new WebDriverWait(browser, WAIT).until(d -> Boolean.TRUE.equals(((ChromeDriver) d)
                .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", picture)));
        String loaded = (String) browser.executeScript("return arguments[0].currentSrc", picture);
        assertTrue(loaded.matches(".*/anh/\\d+/(320|1280)"), loaded);
    }

    /** Saves the post open in the editor, approves it as the board, and opens its article page signed out. */
    private WebElement publishAndReadAsAVisitor() {
        submit("main form.stack button[type=submit]");
        assertTrue(browser.findElement(By.cssSelector("p.notice")).getText().contains("Đã lưu"));
        click(By.id("approve"));
        assertEquals("đã đăng", browser.findElement(By.id("post-status")).getText());
        long id = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/bien-tap/(\\d+).*", "$1"));
        signOut();
        open(SITE + "bai-viet/" + id);
        return browser.findElement(By.cssSelector("main .body"));
    }

    private void submit(String buttonSelector) {
        click(By.cssSelector(buttonSelector));
    }

    /** Clicks something that loads another page, and waits until the old one is gone. */
    private void click(By target) {
        WebElement old = browser.findElement(By.tagName("html"));
        new WebDriverWait(browser, WAIT).until(d -> onCurrentNodes(() -> d.findElement(target).click()));
        new WebDriverWait(browser, WAIT).until(d -> isGone(old));
        new WebDriverWait(browser, WAIT).until(d -> "complete".equals(
                ((ChromeDriver) d).executeScript("return document.readyState")));
    }

    /**
     * Runs an action on elements found anew; false when Chromium renumbered the page's nodes in between (seen under
     * load: "Node with given id does not belong to the document"), so the caller's wait finds them again and retries.
     */
    private static boolean onCurrentNodes(Runnable action) {
        try {
            action.run();
            return true;
        } catch (StaleElementReferenceException e) {
            return false;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return false;
            }
            throw e;
        }
    }

    /** An element of a page that was replaced: stale, or (seen under load) no longer in Chromium's document. */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** The "x" of "Tháng này: x/3 bài giảng điện tử", read after the page (re)loaded. */
    private int uploadedThisMonth() {
        Matcher m = Pattern.compile("(\\d+)/(\\d+)").matcher(browser.findElement(By.id("my-month")).getText());
        assertTrue(m.find());
        return Integer.parseInt(m.group(1));
    }

    /** Tika's sample presentation with a unique note in its properties, so it is never a duplicate upload. */
    private static byte[] uniquePresentation() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream sample = BrowserIT.class.getResourceAsStream("/test-documents/testPPT.pptx");
             ZipInputStream in = new ZipInputStream(sample); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("docProps/core.xml")) {
                    content = (new String(content, StandardCharsets.UTF_8) + "<!-- " + UUID.randomUUID() + " -->")
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** The page as the server sent it (the validator checks markup, not the DOM), with the browser's cookies. */
    private String rawHtml(String path) throws IOException, InterruptedException {
        String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString() + path))
                .header("Accept", "text/html");
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        HttpResponse<String> response = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()
                .send(request.build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    /**
     * The answer to a form's button, as the server sent it: the form as the browser would send it (its fields, the
     * session's cookie and CSRF token), by the page's own {@code fetch}.
     */
    private String answerTo(String buttonId) {
        @SuppressWarnings("unchecked")
        List<Object> answer = (List<Object>) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1], button = document.getElementById(arguments[0]);
                fetch(button.form.action, {method: 'POST', headers: {'Accept': 'text/html'},
                        body: new URLSearchParams(new FormData(button.form, button))})
                    .then(reply => reply.text().then(text => done([reply.status, text])));
                """, buttonId);
        assertEquals(200L, ((Number) answer.get(0)).longValue(), String.valueOf(answer.get(1)));
        return (String) answer.get(1);
    }

    /**
     * A post as the rich-text editor writes one, with what the checks must see on its page: a cover, a heading, a
     * link, a picture in the text (uploaded as the editor does) and a table.
     */
    private static String illustratedPostJson(PortalClient editor, long category, String title)
            throws IOException {
        PortalClient.Reply cover = editor.upload(API + "/files", "bia-khai-giang.png", PublicSiteIT.png(1200, 800));
        assertEquals(201, cover.status(), cover.body());
        PortalClient.Reply picture = editor.upload(API + "/posts/images", "san-truong.png",
                PublicSiteIT.png(1600, 900));
        assertEquals(201, picture.status(), picture.body());
        JsonObject inserted = picture.json();
        String body = "<h2>Chương trình buổi lễ</h2><p>Đoạn mở đầu với <strong>chữ đậm</strong> và"
                + " <a href=\"https://example.org/\">liên kết</a>.</p><p><img src=\"" + inserted.getString("url")
                + "\" alt=\"Học sinh xếp hàng dưới cờ\" width=\"" + inserted.getInt("width") + "\" height=\""
                + inserted.getInt("height") + "\"></p><table><tbody><tr><td>Lớp</td><td>Sĩ số</td></tr>"
                + "<tr><td>6A1</td><td>40</td></tr></tbody></table>";
        return post(category, title).add("body", body).add("coverFileId", cover.json().getJsonNumber("id")).build()
                .toString();
    }


    private static long create(PortalClient editor, long category, String title) {
        return create(editor, postJson(category, title));
    }

    private static long create(PortalClient editor, String postJson) {
        PortalClient.Reply created = editor.post(API + "/posts", postJson);
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private static String postJson(long category, String title) {
        return post(category, title).build().toString();
    }

    private static JsonObjectBuilder post(long category, String title) {
        return Json.createObjectBuilder().add("categoryId", category).add("title", title)
                .add("summary", "Tóm tắt: " + title)
                .add("body", "<p>Đoạn mở đầu.</p><p>Ảnh và <a href=\"https://example.org/\">liên kết</a>.</p>")
                .add("tags", Json.createArrayBuilder().add("khai giảng"));
    }

    private static String codeAt(String secret, long step) throws Exception {
        return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, step);
    }
}
