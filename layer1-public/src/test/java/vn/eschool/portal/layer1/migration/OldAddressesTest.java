package vn.eschool.portal.layer1.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OldAddressesTest {

    private final OldAddresses site = new OldAddresses("http://truong-cu.invalid");

    @Test
    void permalinksOfTheOldSiteBecomeKeysWithoutTheirTrailingSlash() {
        assertEquals(Optional.of("/2023/09/01/khai-giang"), site.keyOf("http://truong-cu.invalid/2023/09/01/khai-giang/"));
        assertEquals(Optional.of("/2023/09/01/khai-giang"), site.keyOf("/2023/09/01/khai-giang"));
        assertEquals(Optional.of("?p=13"), site.keyOf("http://truong-cu.invalid/?p=13"));
        assertEquals(Optional.of("?p=2"), site.keyOf("http://TRUONG-CU.invalid/?page_id=2"));
        assertEquals(Optional.empty(), site.keyOf("https://vnexpress.net/2023/09/01/khai-giang/"), "another site");
        assertEquals(Optional.empty(), site.keyOf("http://truong-cu.invalid/"));
        assertEquals(Optional.of("/tin-tuc/le-hoi"),
                new OldAddresses("http://x.vn/blog/").keyOf("http://x.vn/blog/tin-tuc/le-hoi/"), "a site in a folder");
    }

    @Test
    void requestsAreKeyedTheSameWay() {
        assertEquals(Optional.of("?p=123"), OldAddresses.keyOfRequest("", "p=123"));
        assertEquals(Optional.of("?p=123"), OldAddresses.keyOfRequest("/", "utm=x&p=123"));
        assertEquals(Optional.of("/2023/09/01/slug"), OldAddresses.keyOfRequest("/2023/09/01/slug/", null));
        assertEquals(Optional.empty(), OldAddresses.keyOfRequest("/", "q=p=1"));
    }

    @Test
    void uploadsAreFoundByTheirPathUnderTheUploadsFolder() {
        assertEquals(Optional.of("2023/09/anh khai giang.jpg"),
                OldAddresses.uploadPath("http://cdn.invalid/wp-content/uploads/2023/09/anh%20khai%20giang.jpg?ver=2"));
        assertEquals(Optional.empty(), OldAddresses.uploadPath("http://x.invalid/wp-content/uploads/../wp-config.php"));
        assertEquals(Optional.empty(), OldAddresses.uploadPath("http://x.invalid/anh.jpg"));
    }

    @Test
    void linkRewriterReplacesOnlyKnownAddresses() {
        Map<String, String> known = Map.of("http://truong-cu.invalid/?p=1&x=2", "/schools/a/bai-viet/50",
                "http://truong-cu.invalid/wp-content/uploads/a.jpg", "/schools/a/tep/51");
        String html = "<a href=\"http://truong-cu.invalid/?p=1&amp;x=2\">x</a><img SRC='http://truong-cu.invalid/wp-content/uploads/a.jpg'>"
                + "<a href=\"https://other.invalid/\">y</a>";
        assertEquals("<a href=\"/schools/a/bai-viet/50\">x</a><img SRC='/schools/a/tep/51'>"
                + "<a href=\"https://other.invalid/\">y</a>", LinkRewriter.rewrite(html, url -> Optional.ofNullable(known.get(url))));
    }
}
