package vn.eschool.portal.core.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FileDeliveryTest {

    @Test
    void onlyRasterImagesAndPdfAreShownInline() {
        for (String type : new String[] {"image/jpeg", "image/png", "image/gif", "image/webp", "image/bmp",
                "application/pdf", "IMAGE/PNG", "application/pdf; version=1.7"}) {
            assertTrue(FileDelivery.inline(type), type);
        }
        for (String type : new String[] {"image/svg+xml", "text/html", "application/xhtml+xml", "text/xml",
                "application/xml", "text/plain", "application/javascript", "image/x-icon", "", null,
                "application/vnd.openxmlformats-officedocument.presentationml.presentation"}) {
            assertFalse(FileDelivery.inline(type), String.valueOf(type));
            assertTrue(FileDelivery.contentDisposition(type, "x").startsWith("attachment;"), String.valueOf(type));
        }
    }

    @Test
    void everythingButPdfIsSandboxed() {
        assertEquals("sandbox; default-src 'none'; frame-ancestors 'self'", FileDelivery.policy("image/svg+xml"));
        assertEquals(FileDelivery.SANDBOX_POLICY, FileDelivery.policy("image/png"));
        assertEquals(FileDelivery.SANDBOX_POLICY, FileDelivery.policy("text/html;charset=UTF-8"));
        assertTrue(FileDelivery.policy("application/pdf").startsWith("default-src 'none'"),
                "Chromium's PDF viewer does not start in a sandboxed document");
    }

    @Test
    void theTypeIsTheDetectedOneWithoutParametersForInlineFiles() {
        assertEquals("image/png", FileDelivery.contentType("image/png; charset=x"));
        assertEquals("image/svg+xml", FileDelivery.contentType("image/svg+xml"));
        assertEquals("application/octet-stream", FileDelivery.contentType(null));
    }

    @Test
    void theFilenameIsQuotedSafelyAndEncodedAsRfc8187() {
        assertEquals("inline; filename=\"anh.png\"; filename*=UTF-8''anh.png",
                FileDelivery.contentDisposition("image/png", "anh.png"));
        assertEquals("attachment; filename=\"K_ ho_ch *1*.svg\"; filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch%20%2A1%2A.svg",
                FileDelivery.contentDisposition("image/svg+xml", "Kế hoạch *1*.svg"));
        String tricky = FileDelivery.contentDisposition("text/html", "a\"b\\c%d\r\n;e.html");
        assertTrue(tricky.startsWith("attachment; filename=\"a_b_c_d__;e.html\"; filename*=UTF-8''"), tricky);
        assertTrue(tricky.endsWith("a%22b%5Cc%25d%0D%0A%3Be.html"), tricky);
        assertEquals("attachment; filename=\"tep-tin\"; filename*=UTF-8''tep-tin",
                FileDelivery.contentDisposition(null, " "));
    }
}
