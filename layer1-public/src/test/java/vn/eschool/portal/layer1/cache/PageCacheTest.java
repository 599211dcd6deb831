package vn.eschool.portal.layer1.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PageCacheTest {

    private static final String HTML = "text/html;charset=UTF-8";

    @Test
    void aPageIsServedUntilItsSchoolChanges() {
        PageCache cache = new PageCache();
        cache.put("a", "http://x/schools/a/", cache.generation("a"), "<p>home a</p>", HTML);
        cache.put("b", "http://x/schools/b/", cache.generation("b"), "<p>home b</p>", HTML);
        assertEquals("<p>home a</p>", cache.get("a", "http://x/schools/a/").orElseThrow().body());

        cache.invalidate("a");
        assertTrue(cache.get("a", "http://x/schools/a/").isEmpty());
        assertEquals("<p>home b</p>", cache.get("b", "http://x/schools/b/").orElseThrow().body(),
                "another school's pages stay");
    }

    @Test
    void aRenderThatRacedAPublicationIsNotStored() {
        PageCache cache = new PageCache();
        long before = cache.generation("a");
        cache.invalidate("a");
        cache.put("a", "http://x/schools/a/", before, "<p>stale</p>", HTML);
        assertTrue(cache.get("a", "http://x/schools/a/").isEmpty());
    }

    @Test
    void addressesAreDistinct() {
        PageCache cache = new PageCache();
        long generation = cache.generation("a");
        cache.put("a", "http://x/schools/a/chuyen-muc/tin?trang=1", generation, "1", HTML);
        cache.put("a", "http://x/schools/a/chuyen-muc/tin?trang=2", generation, "2", HTML);
        assertEquals("2", cache.get("a", "http://x/schools/a/chuyen-muc/tin?trang=2").orElseThrow().body());
        assertTrue(cache.get("a", "http://x/schools/a/chuyen-muc/tin?trang=3").isEmpty());
    }
}
