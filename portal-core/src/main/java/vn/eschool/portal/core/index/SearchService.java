package vn.eschool.portal.core.index;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.security.Access;
import vn.eschool.portal.core.security.AuthenticatedUser;

/**
 * Search with the visibility rules applied: the public sees published public items of the school; its signed-in
 * staff also see its Layer 2 items; district roles may search every school.
 */
@ApplicationScoped
public class SearchService {

    public static final int PAGE_SIZE = 20;
    private static final int MAX_QUERY = 200;

    /** The request's filters as typed by a person: validated here, with messages they can act on. */
    public record Filters(String text, String type, String category, String from, String to, int page) {
    }

    @Inject
    SearchIndexer indexer;

    @Inject
    Access access;

    public SearchResult inSchool(School school, Filters filters) {
        Optional<AuthenticatedUser> user = access.current();
        boolean staff = user.map(u -> u.isDistrict() || access.isMember(u, school)).orElse(false);
        return run(Set.of(school.code()), staff, filters);
    }

    /** District roles only: every school, or the ones named. */
    public SearchResult acrossSchools(Set<String> schools, Filters filters) {
        AuthenticatedUser user = access.requireSignedIn();
        if (!user.isDistrict()) {
            throw PortalException.forbidden();
        }
        return run(schools, true, filters);
    }

    private SearchResult run(Set<String> schools, boolean includeInternal, Filters f) {
        String text = f.text() == null ? "" : f.text().trim();
        if (text.length() > MAX_QUERY) {
            throw PortalException.badRequest("query-too-long", "Từ khóa tìm kiếm tối đa " + MAX_QUERY + " ký tự.",
                    "Search text is at most " + MAX_QUERY + " characters.");
        }
        int lastPage = SearchQuery.MAX_HITS_REACHABLE / PAGE_SIZE - 1;
        if (f.page() < 0 || f.page() > lastPage) {
            throw PortalException.badRequest("page-out-of-range", "Trang phải từ 0 đến " + lastPage + ".",
                    "The page must be 0 to " + lastPage + ".");
        }
        LocalDate from = date(f.from(), "from");
        LocalDate to = date(f.to(), "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw PortalException.badRequest("invalid-range", "Ngày bắt đầu phải trước ngày kết thúc.",
                    "The start date must not be after the end date.");
        }
        try {
            return indexer.index().search(new SearchQuery(text, schools, includeInternal, true, blankToNull(f.type()),
                    blankToNull(f.category()), from, to, f.page(), PAGE_SIZE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static LocalDate date(String value, String field) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw PortalException.badRequest("invalid-date", "Ngày (" + field + ") phải có dạng YYYY-MM-DD.",
                    "The date (" + field + ") must be YYYY-MM-DD.");
        }
    }
}
