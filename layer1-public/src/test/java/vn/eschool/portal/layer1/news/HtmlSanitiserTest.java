package vn.eschool.portal.layer1.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class HtmlSanitiserTest {

    private static final String SCHOOL = "thcs-a";

    /** Classic payloads (OWASP XSS filter evasion cheat sheet and friends). */
    static List<String> payloads() {
        return List.of(
                "<script>alert(1)</script>",
                "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
                "<img src=x onerror=alert(1)>",
                "<img src=\"javascript:alert(1)\">",
                "<img src=\"https://ok.example/a.png\" onload=\"alert(1)\">",
                "<a href=\"javascript:alert(1)\">x</a>",
                "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
                "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
                "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
                "<a href=\" javascript:alert(1)\">x</a>",
                "<a href=\"vbscript:msgbox(1)\">x</a>",
                "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
                "<p style=\"background:url(javascript:alert(1))\">x</p>",
                "<style>body{background:url(javascript:alert(1))}</style>",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<svg onload=alert(1)>",
                "<svg><script>alert(1)</script></svg>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                "<object data=\"javascript:alert(1)\"></object>",
                "<embed src=\"javascript:alert(1)\">",
                "<body onload=alert(1)>",
                "<div onmouseover=\"alert(1)\">x</div>",
                "<input autofocus onfocus=alert(1)>",
                "<form action=\"javascript:alert(1)\"><button>x</button></form>",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
                "<base href=\"javascript:alert(1)//\">",
                "<link rel=stylesheet href=\"javascript:alert(1)\">",
                "<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>",
                "<<script>alert(1);//<</script>",
                "<img \"\"\"><script>alert(1)</script>\">",
                "<scr<script>ipt>alert(1)</script>",
                "<a href=\"https://ok.example\" onclick=\"alert(1)\">x</a>",
                "<details open ontoggle=alert(1)>",
                "<video><source onerror=\"alert(1)\"></video>",
                "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
                "<!--<img src=\"--><img src=x onerror=alert(1)//\">");
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void nothingThatRunsSurvives(String payload) {
        String clean = HtmlSanitiser.sanitise(payload, SCHOOL).toLowerCase(Locale.ROOT);
        for (String forbidden : List.of("<script", "javascript:", "vbscript:", "data:", "onerror", "onload",
                "onclick", "onmouseover", "onfocus", "ontoggle", "style", "<iframe", "<svg", "<object", "<embed",
                "<form", "<meta", "<base", "<link", "<input", "background=")) {
            assertFalse(clean.contains(forbidden), () -> payload + " → " + clean);
        }
    }

    @Test
    void keepsTheStructureEditorsUse() {
        String html = "<h2>Lễ khai giảng</h2><p><strong>Sáng</strong> nay, <em>toàn trường</em> <u>dự lễ</u>.</p>"
                + "<ul><li>Một</li></ul><ol><li>Hai</li></ol><blockquote>Trích dẫn</blockquote>"
                + "<table><tr><th scope=\"col\">Lớp</th></tr><tr><td>6A1</td></tr></table>";
        String clean = HtmlSanitiser.sanitise(html, SCHOOL);
        for (String kept : List.of("<h2>", "<strong>", "<em>", "<u>", "<ul>", "<ol>", "<li>", "<blockquote>",
                "<table>", "<th scope=\"col\">", "<td>", "Lễ khai giảng")) {
            assertTrue(clean.contains(kept), () -> kept + " missing in " + clean);
        }
    }

    @Test
    void linksGetNofollowAndOnlySafeProtocols() {
        String clean = HtmlSanitiser.sanitise("<a href=\"https://moet.gov.vn\">Bộ</a> <a href=\"mailto:a@b.vn\">thư</a>"
                + " <a href=\"ftp://x.example\">ftp</a>", SCHOOL);
        assertTrue(clean.contains("href=\"https://moet.gov.vn\""), clean);
        assertTrue(clean.contains("rel=\"nofollow\""), clean);
        assertTrue(clean.contains("href=\"mailto:a&#64;b.vn\"") || clean.contains("href=\"mailto:a@b.vn\""), clean);
        assertFalse(clean.contains("ftp:"), clean);
    }

    @Test
    void picturesOnlyFromTheSchoolsOwnFiles() {
        // The editor's uploads and the importers' stored pictures, with their description and size.
        assertEquals("<img src=\"/schools/thcs-a/anh/5\" alt=\"Sân trường\" width=\"1280\" height=\"960\" />",
                HtmlSanitiser.sanitise("<img src=\"/schools/thcs-a/anh/5\" alt=\"Sân trường\" width=\"1280\""
                        + " height=\"960\">", SCHOOL));
        assertEquals("<img src=\"/schools/thcs-a/tep-bai-viet/12\" alt=\"Khai giảng\" />",
                HtmlSanitiser.sanitise("<img src=\"/schools/thcs-a/tep-bai-viet/12\" alt=\"Khai giảng\">", SCHOOL));
        // Hotlinked from a web page, another school's, a full address, anything else of the site: no picture.
        for (String src : List.of("https://cdn.example/a.png", "http://cdn.example/a.png", "//cdn.example/a.png",
                "/schools/thcs-b/anh/5", "/schools/thcs-ab/anh/5", "https://portal.example/schools/thcs-a/anh/5",
                "/schools/thcs-a/anh/5?x=1", "/schools/thcs-a/anh/5/../../../../admin", "/schools/thcs-a/tep/5",
                "/static/logo.png", "data:image/png;base64,iVBORw0KGgo=", "file:///C:/Temp/clip_image001.png")) {
            assertEquals("<p>Chữ</p>", HtmlSanitiser.sanitise("<p>Chữ</p><img src=\"" + src + "\" alt=\"Ảnh\">",
                    SCHOOL), src);
        }
    }

    @Test
    void aHeadingOneBecomesAHeadingTwo() {
        assertEquals("<h2>Tiêu đề</h2>", HtmlSanitiser.sanitise("<h1>Tiêu đề</h1>", SCHOOL));
        assertNull(HtmlSanitiser.sanitise(null, SCHOOL));
    }
    @Test
    void whatWordPutsOnTheClipboardIsReducedToStructure() {
        String word = "<!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]-->"
                + "<p class=\"MsoNormal\" style=\"margin-bottom:0cm;line-height:150%\"><b><span lang=\"VI\""
                + " style=\"font-size:13.0pt;font-family:'Times New Roman',serif;mso-ansi-language:VI\">Lễ khai giảng"
                + "</span></b><span style=\"color:red\"> năm học mới<o:p></o:p></span></p>"
                + "<table class=\"MsoTableGrid\" border=\"1\" style=\"border-collapse:collapse\"><tr>"
                + "<td width=\"200\" valign=\"top\" style=\"width:150pt\"><p class=\"MsoNormal\">Lớp 6A</p></td></tr></table>"
                + "<img src=\"file:///C:/Users/gv/AppData/Local/Temp/msohtmlclip1/01/clip_image001.png\" width=\"300\">";
        String clean = HtmlSanitiser.sanitise(word, SCHOOL);
        assertEquals("<p><b>Lễ khai giảng</b> năm học mới</p><table><tbody><tr><td><p>Lớp 6A</p></td></tr></tbody>"
                + "</table>", clean.replace("\n", ""));
    }
}
