package vn.eschool.portal.core.index;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A search of the content index.
 *
 * @param text          what the visitor typed, with or without diacritics; {@code "quoted words"} must appear
 *                      together, {@code -word} must not appear; blank lists the newest items
 * @param schools       the schools searched; empty means all schools
 * @param rights        which of the schools' items the person searching may see
 * @param publishedOnly whether drafts and other unpublished items are left out
 * @param type          one content type, or {@code null} for all
 * @param category      one category, or {@code null} for all
 * @param from          first day (inclusive, in Asia/Ho_Chi_Minh), or {@code null}
 * @param to            last day (inclusive, in Asia/Ho_Chi_Minh), or {@code null}
 * @param shownAt       the time of the search: items shown only later (scheduled) are left out; {@code null} for
 *                      no such filter
 * @param page          zero-based page number
 * @param pageSize      hits per page, 1 to {@value #MAX_PAGE_SIZE}
 */
public record SearchQuery(String text, Set<String> schools, SearchRights rights, boolean publishedOnly,
                          String type, String category, LocalDate from, LocalDate to, Instant shownAt, int page,
                          int pageSize) {

    public static final int MAX_PAGE_SIZE = 100;
    /** Deeper pages cost memory for every hit before them; nobody reads that far. */
    public static final int MAX_HITS_REACHABLE = 10_000;

    public SearchQuery {
        schools = schools == null ? Set.of() : Set.copyOf(schools);
        Objects.requireNonNull(rights, "rights");
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("pageSize must be 1.." + MAX_PAGE_SIZE + ": " + pageSize);
        }
        if (page < 0 || (long) (page + 1) * pageSize > MAX_HITS_REACHABLE) {
            throw new IllegalArgumentException("page out of range: " + page);
        }
    }

    /**
     * Every item of the schools ({@code includeInternal}) or their public ones, whenever they are shown.
     */
    public SearchQuery(String text, Set<String> schools, boolean includeInternal, boolean publishedOnly, String type,
                       String category, LocalDate from, LocalDate to, int page, int pageSize) {
        this(text, schools, includeInternal ? SearchRights.overseer() : SearchRights.publicOnly(), publishedOnly,
                type, category, from, to, null, page, pageSize);
    }

    /** Published public items of the given schools, first page of 20. */
    public static SearchQuery publicSearch(String text, Set<String> schools) {
        return new SearchQuery(text, schools, false, true, null, null, null, null, 0, 20);
    }

    public SearchQuery withPage(int page, int pageSize) {
        return new SearchQuery(text, schools, rights, publishedOnly, type, category, from, to, shownAt, page,
                pageSize);
    }

    public SearchQuery withType(String type) {
        return new SearchQuery(text, schools, rights, publishedOnly, type, category, from, to, shownAt, page,
                pageSize);
    }

    public SearchQuery withCategory(String category) {
        return new SearchQuery(text, schools, rights, publishedOnly, type, category, from, to, shownAt, page,
                pageSize);
    }

    public SearchQuery between(LocalDate from, LocalDate to) {
        return new SearchQuery(text, schools, rights, publishedOnly, type, category, from, to, shownAt, page,
                pageSize);
    }

    /** The same search by someone with {@code rights}. */
    public SearchQuery by(SearchRights rights) {
        return new SearchQuery(text, schools, rights, publishedOnly, type, category, from, to, shownAt, page,
                pageSize);
    }

    /** The same search at {@code time}: items scheduled for later are left out. */
    public SearchQuery at(Instant time) {
        return new SearchQuery(text, schools, rights, publishedOnly, type, category, from, to, time, page, pageSize);
    }

    /** The same search for the schools' overseers: internal and unpublished items too. */
    public SearchQuery forStaff() {
        return new SearchQuery(text, schools, SearchRights.overseer(), false, type, category, from, to, shownAt, page,
                pageSize);
    }
}
