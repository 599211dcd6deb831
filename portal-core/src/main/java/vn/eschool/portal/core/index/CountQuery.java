package vn.eschool.portal.core.index;

import java.time.YearMonth;
import java.util.Set;
import vn.eschool.portal.core.content.ContentStatus;
import vn.eschool.portal.core.content.Visibility;

/**
 * Which items the audit counts.
 *
 * @param schools    the schools counted; empty means every school in the index
 * @param from       first month (inclusive, months in Asia/Ho_Chi_Minh), or {@code null} for no lower bound
 * @param to         last month (inclusive), or {@code null} for no upper bound
 * @param types      content types counted; empty means all
 * @param status     only items in this status, or {@code null} for any
 * @param visibility only items of this layer, or {@code null} for both
 * @param software   only items made with at least one of these programs (exact indexed names); empty means any
 */
public record CountQuery(Set<String> schools, YearMonth from, YearMonth to, Set<String> types,
                         ContentStatus status, Visibility visibility, Set<String> software) {

    public CountQuery {
        schools = schools == null ? Set.of() : Set.copyOf(schools);
        types = types == null ? Set.of() : Set.copyOf(types);
        software = software == null ? Set.of() : Set.copyOf(software);
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
    }

    public CountQuery(Set<String> schools, YearMonth from, YearMonth to, Set<String> types, ContentStatus status,
                      Visibility visibility) {
        this(schools, from, to, types, status, visibility, Set.of());
    }

    /** Published items of all types and both layers, the audit's usual question. */
    public static CountQuery published(Set<String> schools, YearMonth from, YearMonth to) {
        return new CountQuery(schools, from, to, Set.of(), ContentStatus.PUBLISHED, null);
    }

    public CountQuery withTypes(Set<String> types) {
        return new CountQuery(schools, from, to, types, status, visibility, software);
    }

    public CountQuery withVisibility(Visibility visibility) {
        return new CountQuery(schools, from, to, types, status, visibility, software);
    }

    /**
     * Only items made with one of {@code software}: an item with several of them counts once, which grouping by
     * {@link Dimension#SOFTWARE} cannot tell.
     */
    public CountQuery withSoftware(Set<String> software) {
        return new CountQuery(schools, from, to, types, status, visibility, software);
    }
}
