package vn.eschool.portal.core.index;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * One page of hits, and counts over all matching items (not just the page) for narrowing by type and category.
 * Facet maps iterate from the largest count down; items without a category are not in {@code categoryFacets}.
 */
public record SearchResult(long total, List<Hit> hits, Map<String, Long> typeFacets,
                           Map<String, Long> categoryFacets) {

    public SearchResult {
        hits = List.copyOf(hits);
    }

    /**
     * @param title   plain text, to be escaped by whoever renders it
     * @param snippet HTML: the passage's text escaped, query matches wrapped in {@code <mark>…</mark>}
     * @param date    the effective date, in Asia/Ho_Chi_Minh
     */
    public record Hit(long id, String school, String type, String category, String title, String snippet,
                      OffsetDateTime date, float score) {
    }
}
