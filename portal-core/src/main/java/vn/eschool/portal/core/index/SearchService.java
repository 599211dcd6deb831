package vn.eschool.portal.core.index;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.search.IndexSearcher;
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.account.AccountRepository;
import vn.eschool.portal.core.account.ProfessionalGroup;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.security.Access;
import vn.eschool.portal.core.security.AuthenticatedUser;

/**
 * Search with the visibility rules applied: the public sees published public items of the school; its signed-in
 * staff also see the Layer 2 items addressed to them and their own; its overseers (its admin, the district's
 * roles) every item, and district roles may search every school. Nobody finds an item before it is shown.
 */
@ApplicationScoped
public class SearchService {

    public static final int PAGE_SIZE = 20;
    /** The last zero-based page a search may ask for. */
    public static final int LAST_PAGE = SearchQuery.MAX_HITS_REACHABLE / PAGE_SIZE - 1;
    private static final int MAX_QUERY = 200;

    /** The request's filters as typed by a person: validated here, with messages they can act on. */
    public record Filters(String text, String type, String category, String from, String to, int page) {
    }

    @Inject
    SearchIndexer indexer;

    @Inject
    Access access;

    @Inject
    AccountRepository accounts;

    @Inject
    Clock clock;

    public SearchResult inSchool(School school, Filters filters) {
        return run(Set.of(school.code()), rightsIn(school, access.current()), filters);
    }

    /** District roles only: every school, or the ones named. */
    public SearchResult acrossSchools(Set<String> schools, Filters filters) {
        AuthenticatedUser user = access.requireSignedIn();
        if (!user.isDistrict()) {
            throw PortalException.forbidden();
        }
        return run(schools, SearchRights.overseer(), filters);
    }

    /**
     * A page number as typed in a request ({@code null} or blank: {@code firstPage}), or a 400 problem if it is not a
     * whole number or not a reachable page; the message counts pages as the request does, from {@code firstPage}.
     */
    public static int page(String value, int firstPage) {
        if (value == null || value.isBlank()) {
            return firstPage;
        }
        int page;
        try {
            page = Integer.parseInt(value.strip());
        } catch (NumberFormatException notANumber) {
            throw PortalException.badRequest("invalid-page", "Số trang phải là một số nguyên.",
                    "The page must be a whole number.");
        }
        if (page < firstPage || page > LAST_PAGE + firstPage) {
            throw outOfRange(firstPage);
        }
        return page;
    }

    private static PortalException outOfRange(int firstPage) {
        int last = LAST_PAGE + firstPage;
        return PortalException.badRequest("page-out-of-range", "Trang phải từ " + firstPage + " đến " + last + ".",
                "The page must be " + firstPage + " to " + last + ".");
    }

    private SearchRights rightsIn(School school, Optional<AuthenticatedUser> user) {
        if (user.isEmpty()) {
            return SearchRights.publicOnly();
        }
        if (access.oversees(user.get(), school)) {
            return SearchRights.overseer();
        }
        if (!access.isMember(user.get(), school)) {
            return SearchRights.publicOnly();
        }
        long accountId = user.get().accountId();
        Long groupId = accounts.findById(accountId).map(Account::group).map(ProfessionalGroup::id).orElse(null);
        return SearchRights.member(accountId, groupId);
    }

    private SearchResult run(Set<String> schools, SearchRights rights, Filters f) {
        String text = f.text() == null ? "" : f.text().trim();
        if (text.length() > MAX_QUERY) {
            throw PortalException.badRequest("query-too-long", "Từ khóa tìm kiếm tối đa " + MAX_QUERY + " ký tự.",
                    "Search text is at most " + MAX_QUERY + " characters.");
        }
        if (f.page() < 0 || f.page() > LAST_PAGE) {
            throw outOfRange(0);
        }
        LocalDate from = date(f.from(), "from");
        LocalDate to = date(f.to(), "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw PortalException.badRequest("invalid-range", "Ngày bắt đầu phải trước ngày kết thúc.",
                    "The start date must not be after the end date.");
        }
        try {
            return indexer.index().search(new SearchQuery(text, schools, rights, true, blankToNull(f.type()),
                    blankToNull(f.category()), from, to, clock.instant(), f.page(), PAGE_SIZE));
        } catch (QueryTooComplexException e) {
            throw tooComplex(e.detailVi(), e.detailEn());
        } catch (IndexSearcher.TooManyClauses e) {
            throw tooComplex("Từ khóa tìm kiếm quá phức tạp: hãy bớt từ.", "The search is too complex: use fewer words.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PortalException tooComplex(String detailVi, String detailEn) {
        return PortalException.badRequest("query-too-complex", detailVi, detailEn);
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
