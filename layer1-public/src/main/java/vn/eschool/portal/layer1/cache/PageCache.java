package vn.eschool.portal.layer1.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import vn.eschool.portal.core.content.ContentChanged;
import vn.eschool.portal.layer1.site.PublicSiteChanged;

/**
 * Rendered public pages for anonymous visitors, per school, address and query. Bounded by size (the bodies'
 * characters) and by age, and forgotten for a whole school as soon as anything of that school is published or
 * edited: each school has a generation, bumped by every change, and a page rendered under an older generation is
 * neither served nor stored (a render racing a publication cannot put back a stale page).
 */
@ApplicationScoped
public class PageCache {

    /** Characters of page bodies kept at most (about 2 bytes each on the heap). */
    static final long MAX_CHARS = 16L * 1024 * 1024;
    /** Pages also show things that change without an event (scheduled posts coming due, counters, staff). */
    static final Duration MAX_AGE = Duration.ofSeconds(60);

    /** A cached page: its body and media type, and the school's generation it was rendered under. */
    public record Page(String body, String mediaType, long generation) {
    }

    private final Cache<String, Page> pages = Caffeine.newBuilder()
            .maximumWeight(MAX_CHARS)
            .weigher((String key, Page page) -> key.length() + page.body().length())
            .expireAfterWrite(MAX_AGE)
            .build();
    private final Map<String, AtomicLong> generations = new ConcurrentHashMap<>();

    /** The school's current generation: take it before rendering, give it back to {@link #put}. */
    public long generation(String school) {
        return counter(school).get();
    }

    public Optional<Page> get(String school, String address) {
        Page page = pages.getIfPresent(key(school, address));
        return page != null && page.generation() == generation(school) ? Optional.of(page) : Optional.empty();
    }

    public void put(String school, String address, long generation, String body, String mediaType) {
        if (generation == generation(school)) {
            pages.put(key(school, address), new Page(body, mediaType, generation));
        }
    }

    public void invalidate(String school) {
        counter(school).incrementAndGet();
        String prefix = school + "\n";
        pages.asMap().keySet().removeIf(k -> k.startsWith(prefix));
    }

    public long size() {
        return pages.estimatedSize();
    }

    void contentChanged(@Observes ContentChanged change) {
        invalidate(change.schoolCode());
    }

    void siteChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublicSiteChanged change) {
        invalidate(change.schoolCode());
    }

    private AtomicLong counter(String school) {
        return generations.computeIfAbsent(school, s -> new AtomicLong());
    }

    private static String key(String school, String address) {
        return school + "\n" + address;
    }
}
