package vn.eschool.portal.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The checker BrowserIT relies on does find errors, and passes a valid page. */
class HtmlValidityTest {

    private static final String VALID = "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Trang</title>"
            + "</head><body><main><h1>Tiêu đề</h1><p><time datetime=\"2026-09-05T07:30:00+07:00\">5/9</time></p>"
            + "</main></body></html>";

    @Test
    void aValidPageHasNoErrors() throws Exception {
        assertEquals(List.of(), HtmlValidity.errors(VALID));
    }

    @Test
    void errorsAreReportedWithTheirLine() throws Exception {
        String invalid = VALID.replace("2026-09-05T07:30:00+07:00", "2026-09-05T07:30:00.123456+07:00")
                .replace("<main>", "<main><div><p>không đóng</div>");
        List<String> errors = HtmlValidity.errors(invalid);
        assertTrue(errors.stream().anyMatch(e -> e.contains("datetime")), errors.toString());
        assertTrue(errors.stream().allMatch(e -> e.startsWith("line ")), errors.toString());
    }
}
