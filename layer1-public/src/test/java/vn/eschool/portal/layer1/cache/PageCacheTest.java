package vn.eschool.portal.layer1.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aayushatharva.brotli4j.decoder.Decoder;
import com.aayushatharva.brotli4j.decoder.DecoderJNI;
import com.aayushatharva.brotli4j.decoder.DirectDecompress;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class PageCacheTest {

    private static final String HTML = "text/html;charset=UTF-8";
    private static final Instant NOW = Instant.parse("2026-12-06T10:15:30.456Z");

    private static String body(PageCache cache, String address) {
        return new String(cache.lookup(address).page().orElseThrow().body(), StandardCharsets.UTF_8);
    }

    @Test
    void aPageIsServedUntilItsSchoolChanges() {
        PageCache cache = new PageCache();
        cache.put("a", null, "http://x/schools/a/", cache.generation("a"), "<p>home a</p>", HTML, NOW);
        cache.put("b", null, "http://x/schools/b/", cache.generation("b"), "<p>home b</p>", HTML, NOW);
        assertEquals("<p>home a</p>", body(cache, "http://x/schools/a/"));

        cache.invalidate("a");
        assertTrue(cache.lookup("http://x/schools/a/").page().isEmpty());
        assertEquals("<p>home b</p>", body(cache, "http://x/schools/b/"), "another school's pages stay");
    }

    /** After its age one visitor renders the page again while the others still get the aged copy. */
    @Test
    void anAgedPageIsRenderedAgainByOneVisitorOnly() {
        AtomicLong nanos = new AtomicLong(1_000);
        PageCache cache = new PageCache(nanos::get);
        String address = "http://x/schools/a/";
        cache.put("a", null, address, 0, "<p>old</p>", HTML, NOW);
        nanos.addAndGet(PageCache.MAX_AGE.toNanos() - 1);
        assertTrue(cache.lookup(address).page().isPresent(), "not aged yet");

        nanos.addAndGet(2);
        assertTrue(cache.lookup(address).page().isEmpty(), "the first visitor after its age renders it");
        assertEquals("<p>old</p>", body(cache, address), "the others get the aged copy meanwhile");
        assertEquals("<p>old</p>", body(cache, address));

        nanos.addAndGet(PageCache.REFRESH_TIMEOUT.toNanos() + 1);
        assertTrue(cache.lookup(address).page().isEmpty(), "a render that never came back is taken over");

        cache.put("a", null, address, 0, "<p>new</p>", HTML, NOW);
        assertEquals("<p>new</p>", body(cache, address));
        assertEquals("<p>new</p>", body(cache, address), "a fresh page is everyone's again");

        nanos.addAndGet(PageCache.STALE_LIMIT.toNanos() + 1);
        assertTrue(cache.lookup(address).page().isEmpty(), "an aged page is not kept for ever");
        assertTrue(cache.lookup(address).page().isEmpty());
    }

    /** A cache on the clock {@code nanos} holding {@code body} at {@code address}, whose school changed since. */
    private static PageCache changedSince(AtomicLong nanos, String address, Long read, String body) {
        PageCache cache = new PageCache(nanos::get);
        cache.put("a", read, address, cache.generation("a"), body, HTML, NOW);
        cache.invalidate("a");
        nanos.incrementAndGet();
        return cache;
    }

    /** After a publication one visitor renders the page; the others are sent the copy from before meanwhile. */
    @Test
    void aChangedPageIsRenderedByOneVisitorWhileTheOthersGetTheCopyFromBefore() {
        AtomicLong nanos = new AtomicLong(1_000);
        String address = "http://x/schools/a/";
        PageCache cache = changedSince(nanos, address, null, "<p>before</p>");

        PageCache.Lookup renderer = cache.lookup(address);
        assertTrue(renderer.page().isEmpty(), "the first visitor renders it");
        assertEquals("<p>before</p>", body(cache, address), "the others, meanwhile");
        cache.put("a", null, address, cache.generation("a"), "<p>after</p>", HTML, NOW);
        renderer.rendered();
        assertEquals("<p>after</p>", body(cache, address));
        assertEquals("<p>after</p>", body(cache, address));
    }

    /** A render that stored nothing: the page is gone (or no longer public), and no one is sent it again. */
    @Test
    void aPageWhoseRenderStoresNothingIsNoLongerSent() {
        AtomicLong nanos = new AtomicLong(1_000);
        String address = "http://x/schools/a/bai-viet/7";
        PageCache cache = changedSince(nanos, address, 7L, "<p>bài viết</p>");
        PageCache.Lookup renderer = cache.lookup(address);
        assertEquals("<p>bài viết</p>", body(cache, address));
        renderer.rendered(); // answered 404: nothing stored
        assertTrue(cache.lookup(address).page().isEmpty(), "each request renders it");
        assertTrue(cache.lookup(address).page().isEmpty());
    }

    /** A publication during the render: its page is refused, and the next visitor renders again. */
    @Test
    void aRenderRacedByAnotherPublicationLeavesTheNextVisitorToRender() {
        AtomicLong nanos = new AtomicLong(1_000);
        String address = "http://x/schools/a/";
        PageCache cache = changedSince(nanos, address, null, "<p>v1</p>");
        PageCache.Lookup renderer = cache.lookup(address);
        long renderedAt = cache.generation("a");
        cache.invalidate("a");
        assertTrue(cache.put("a", null, address, renderedAt, "<p>v2</p>", HTML, NOW).isEmpty());
        renderer.rendered();

        nanos.incrementAndGet();
        assertTrue(cache.lookup(address).page().isEmpty(), "the next visitor renders it");
        assertEquals("<p>v1</p>", body(cache, address), "the others still get a copy");
    }

    @Test
    void aRenderThatRacedAPublicationIsNotStored() {
        PageCache cache = new PageCache();
        long before = cache.generation("a");
        cache.invalidate("a");
        assertTrue(cache.put("a", null, "http://x/schools/a/", before, "<p>stale</p>", HTML, NOW).isEmpty());
        assertTrue(cache.lookup("http://x/schools/a/").page().isEmpty());
    }

    @Test
    void addressesAreDistinct() {
        PageCache cache = new PageCache();
        long generation = cache.generation("a");
        cache.put("a", null, "http://x/schools/a/chuyen-muc/tin?trang=1", generation, "1", HTML, NOW);
        cache.put("a", null, "http://x/schools/a/chuyen-muc/tin?trang=2", generation, "2", HTML, NOW);
        assertEquals("2", body(cache, "http://x/schools/a/chuyen-muc/tin?trang=2"));
        assertTrue(cache.lookup("http://x/schools/a/chuyen-muc/tin?trang=3").page().isEmpty());
    }

    /** What the filter sends is prepared once: UTF-8, the same gzip-compressed, a weak tag, whole seconds. */
    @Test
    void aPageIsKeptReadyToSend() throws IOException {
        PageCache cache = new PageCache();
        String html = "<p>Lễ khai giảng năm học mới</p>".repeat(50);
        PageCache.Page page = cache.put("a", 7L, "http://x/schools/a/bai-viet/7", 0, html, HTML, NOW).orElseThrow();
        assertArrayEquals(html.getBytes(StandardCharsets.UTF_8), page.body());
        assertArrayEquals(page.body(), new GZIPInputStream(new ByteArrayInputStream(page.gzipped())).readAllBytes());
        assertTrue(page.gzipped().length < page.body().length / 4);
        assertTrue(Brotli.available(), "brotli4j has a native encoder for this platform");
        DirectDecompress brotli = Decoder.decompress(page.brotli());
        assertEquals(DecoderJNI.Status.DONE, brotli.getResultStatus());
        assertArrayEquals(page.body(), brotli.getDecompressedData());
        assertTrue(page.brotli().length <= page.gzipped().length);
        assertTrue(page.etag().matches("W/\"[0-9a-f]{32}\""), page.etag());
        assertEquals(Instant.parse("2026-12-06T10:15:30Z"), page.lastModified());
        assertEquals(7L, page.read());
        PageCache.Page other = cache.put("a", 7L, "http://x/schools/a/bai-viet/7", 0, html + " ", HTML, NOW)
                .orElseThrow();
        assertNotEquals(page.etag(), other.etag());
    }

    @Test
    void anEncodingIsSentOnlyWhenAccepted() {
        assertTrue(CachedPageFilter.accepts("gzip", "gzip, deflate, br"));
        assertTrue(CachedPageFilter.accepts("br", "gzip, deflate, br"));
        assertTrue(CachedPageFilter.accepts("gzip", "br;q=1.0, gzip;q=0.8"));
        assertTrue(CachedPageFilter.accepts("gzip", "*"));
        assertFalse(CachedPageFilter.accepts("gzip", null));
        assertFalse(CachedPageFilter.accepts("gzip", "identity"));
        assertFalse(CachedPageFilter.accepts("gzip", "gzip;q=0"));
        assertFalse(CachedPageFilter.accepts("gzip", "gzip; q=0.0, br"));
        assertFalse(CachedPageFilter.accepts("br", "gzip, deflate"));
        assertFalse(CachedPageFilter.accepts("br", "br;q=0, gzip"));
    }
}
