package vn.eschool.portal.layer1.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.zip.GZIPOutputStream;
import vn.eschool.portal.core.content.ContentChanged;
import vn.eschool.portal.core.metrics.PortalGauges;
import vn.eschool.portal.layer1.site.PublicSiteChanged;

/**
 * Rendered public pages for anonymous visitors, by address (the URL as the browser asked for it, host and query
 * included). Kept ready to send: UTF-8 bytes, the same compressed once (gzip, and brotli where its native encoder
 * loads), a validator and the time of rendering, so that {@link CachedPageFilter} answers without rendering, compressing or hashing. Bounded by size and
 * by age, and forgotten for a whole school as soon as anything of that school is published or edited: each school
 * has a generation, bumped by every change, and a page rendered under an older generation is neither served nor
 * stored (a render racing a publication cannot put back a stale page).
 *
 * <p>A page whose school changed is rendered again by the first request for it, while the requests that come
 * during that render are still sent the copy from before ({@link #lookup}), as for an aged page. A publication
 * used to send every visitor of the home page to render it at once; under 32 concurrent visitors that starved the
 * node of the CPU it needed to answer its other requests and to follow the other nodes.
 */
@ApplicationScoped
public class PageCache implements PortalGauges {

    /** Bytes of pages kept at most (plain and compressed). */
    static final long MAX_BYTES = 32L * 1024 * 1024;
    /** Pages also show things that change without an event (scheduled posts coming due, counters, staff). */
    static final Duration MAX_AGE = Duration.ofSeconds(60);
    /**
     * An aged page is rendered again by one request while the others are still sent the aged copy (32 concurrent
     * visitors of the home page used to render it 32 times at once); a render that has not come back in this time
     * (it failed) is left to the next request.
     */
    static final Duration REFRESH_TIMEOUT = Duration.ofSeconds(10);
    /**
     * What a request does with an address: send {@link #page()}, or (empty) render the page and then call
     * {@link #rendered()}, which settles what the other requests are sent.
     */
    public static final class Lookup {
        private static final Runnable NOTHING_TO_SETTLE = () -> { };
        private final Page page;
        private final Runnable release;

        private Lookup(Page page, Runnable release) {
            this.page = page;
            this.release = release;
        }

        public Optional<Page> page() {
            return Optional.ofNullable(page);
        }

        public void rendered() {
            release.run();
        }
    }

    /** An aged page nobody asked for again is dropped after this. */
    static final Duration STALE_LIMIT = MAX_AGE.multipliedBy(5);

    /**
     * A cached page of {@code school}, counted as a read of item {@code read} when that is not null; {@code etag}
     * is weak (the plain and the compressed bytes are the same page), {@code lastModified} in whole seconds as
     * HTTP dates carry them.
     */
    public record Page(String school, Long read, byte[] body, byte[] gzipped, byte[] brotli, String mediaType,
                       String etag, Instant lastModified, long generation, long storedAtNanos,
                       AtomicLong refreshClaimedAtNanos) {

        static Page of(String school, Long read, String body, String mediaType, Instant now, long generation,
                       long nanos) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            return new Page(school, read, bytes, gzip(bytes), Brotli.compress(bytes), mediaType,
                    "W/\"" + sha256(bytes) + "\"", now.truncatedTo(ChronoUnit.SECONDS), generation, nanos,
                    new AtomicLong(nanos));
        }

        /** True for the one caller that is to render this aged page again. */
        boolean claimRefresh(long nanos) {
            long claimed = refreshClaimedAtNanos.get();
            boolean free = claimed == storedAtNanos || nanos - claimed > REFRESH_TIMEOUT.toNanos();
            return free && refreshClaimedAtNanos.compareAndSet(claimed, nanos);
        }

        /** The render claimed at {@code nanos} stored nothing: the next caller claims it. */
        void releaseRefresh(long nanos) {
            refreshClaimedAtNanos.compareAndSet(nanos, storedAtNanos);
        }

        int weight() {
            return body.length + gzipped.length + (brotli == null ? 0 : brotli.length);
        }
    }

    private final Cache<String, Page> pages;
    private final Map<String, AtomicLong> generations = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;

    public PageCache() {
        this(System::nanoTime);
    }

    /** With the clock the pages' age is read from (tests). */
    PageCache(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.pages = Caffeine.newBuilder()
                .maximumWeight(MAX_BYTES)
                .weigher((String address, Page page) -> address.length() + page.weight())
                .expireAfterWrite(STALE_LIMIT)
                .ticker(nanoTime::getAsLong)
                .build();
    }

    /** The cache's key for a request: its URL as received (before any rewriting), with the query. */
    public static String address(HttpServletRequest request) {
        String query = request.getQueryString();
        StringBuffer url = request.getRequestURL();
        return query == null ? url.toString() : url.append('?').append(query).toString();
    }

    /**
     * The school's current generation: take it before rendering, give it back to {@link #put}. A school never
     * changed is at 0 and gets no entry, so that addresses naming schools that do not exist add nothing.
     */
    public long generation(String school) {
        AtomicLong generation = generations.get(school);
        return generation == null ? 0 : generation.get();
    }

    /**
     * The page to send, or none for the caller to render: an address never cached, or, for one caller, a page
     * whose school changed since it was rendered or older than {@link #MAX_AGE}; the others get that copy until
     * the caller's render is stored.
     */
    public Lookup lookup(String address) {
        Page page = pages.getIfPresent(address);
        if (page == null) {
            return new Lookup(null, Lookup.NOTHING_TO_SETTLE);
        }
        long now = nanoTime.getAsLong();
        long generation = generation(page.school());
        boolean outdated = page.generation() != generation;
        boolean aged = now - page.storedAtNanos() > MAX_AGE.toNanos();
        if (!(outdated || aged) || !page.claimRefresh(now)) {
            return new Lookup(page, Lookup.NOTHING_TO_SETTLE);
        }
        return new Lookup(null, () -> {
            if (pages.getIfPresent(address) != page) {
                return; // the render stored its page
            }
            if (generation(page.school()) == generation) {
                pages.asMap().remove(address, page); // not a page to cache any more (gone, or private)
            } else {
                page.releaseRefresh(now); // a publication raced the render: the next request renders it
            }
        });
    }

    /** Stores the page unless its school changed since {@code generation}; the page stored, or empty. */
    public Optional<Page> put(String school, Long read, String address, long generation, String body,
                              String mediaType, Instant now) {
        if (generation != generation(school)) {
            return Optional.empty();
        }
        Page page = Page.of(school, read, body, mediaType, now, generation, nanoTime.getAsLong());
        pages.put(address, page);
        return Optional.of(page);
    }

    /**
     * Called for schools that exist (a change to their content): the generations stay one per school. The school's
     * pages are no longer sent, and each is replaced by its next render.
     */
    public void invalidate(String school) {
        generations.computeIfAbsent(school, s -> new AtomicLong()).incrementAndGet();
    }

    public long size() {
        return pages.estimatedSize();
    }

    /** The pages held, and the schools with a generation (those changed since the start). */
    @Override
    public Map<String, Number> values() {
        return Map.of("portal_page_cache_pages", size(), "portal_page_cache_schools", generations.size());
    }

    void contentChanged(@Observes ContentChanged change) {
        invalidate(change.schoolCode());
    }

    void siteChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublicSiteChanged change) {
        invalidate(change.schoolCode());
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
