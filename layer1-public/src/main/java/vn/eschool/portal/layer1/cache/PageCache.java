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
import vn.eschool.portal.core.metrics.PortalGauges;
import vn.eschool.portal.layer1.site.PublicSiteChanged;

/**
 * Rendered public pages for anonymous visitors, per school, address and query. Bounded by size (the bodies'
 * characters) and by age, and forgotten for a whole school as soon as anything of that school is published or
 * edited: each school has a generation, bumped by every change, and a page rendered under an older generation is
 * neither served nor stored (a render racing a publication cannot put back a stale page).
 */
@ApplicationScoped
public class PageCache implements PortalGauges {

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

    /**
     * The school's current generation: take it before rendering, give it back to {@link #put}. A school never
     * changed is at 0 and gets no entry, so that addresses naming schools that do not exist add nothing.
     */
    public long generation(String school) {
        AtomicLong generation = generations.get(school);
        return generation == null ? 0 : generation.get();
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

    /** Called for schools that exist (a change to their content): the generations stay one per school. */
    public void invalidate(String school) {
        generations.computeIfAbsent(school, s -> new AtomicLong()).incrementAndGet();
        String prefix = school + "\n";
        pages.asMap().keySet().removeIf(k -> k.startsWith(prefix));
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

    private static String key(String school, String address) {
        return school + "\n" + address;
    }
}
