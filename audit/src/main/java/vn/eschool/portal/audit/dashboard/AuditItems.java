package vn.eschool.portal.audit.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.eschool.portal.audit.input.AuditMonth;
import vn.eschool.portal.audit.input.LectureCounts;
import vn.eschool.portal.audit.report.MonthlyReportService;
import vn.eschool.portal.audit.rules.RuleSet;
import vn.eschool.portal.core.content.AuditCategory;
import vn.eschool.portal.core.content.ContentItem;
import vn.eschool.portal.core.index.ContentIndex;
import vn.eschool.portal.core.index.CountQuery;
import vn.eschool.portal.core.index.Dimension;
import vn.eschool.portal.core.index.SearchIndexer;
import vn.eschool.portal.core.index.SearchResult;
import vn.eschool.portal.core.plugin.ContentTypeDescriptor;
import vn.eschool.portal.core.plugin.Plugins;
import vn.eschool.portal.core.school.School;

/**
 * The items behind the audit's numbers (drill-down): the same index query the audit counts with, listed.
 * Reads only.
 */
@ApplicationScoped
public class AuditItems {

    /** The most items one list shows; the total is always exact. */
    public static final int MAX_LISTED = 500;

    @Inject
    SearchIndexer indexer;

    @Inject
    MonthlyReportService reports;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /**
     * Which items of a school's month: of one teacher (username) or all, of a kind, of one content type, made
     * with one program (as indexed); {@code null} for no restriction.
     */
    public record Selection(String teacher, ItemKind kind, String type, String software) {

        public Selection {
            teacher = blankToNull(teacher);
            kind = kind == null ? ItemKind.ALL : kind;
            type = blankToNull(type);
            software = blankToNull(software);
        }

        public static Selection of(ItemKind kind) {
            return new Selection(null, kind, null, null);
        }

        public Selection ofTeacher(String username) {
            return new Selection(username, kind, type, software);
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    /**
     * An item in the list, with the page that shows it (or the closest list of its kind): {@code countedOn} the day
     * it counts for, {@code uploadedAt} the server's time it arrived, {@code uploadedBy} who uploaded it when not its
     * author (an admin on a teacher's behalf), {@code lateAddition} when it arrived after the month's report was
     * stored (the stored report does not count it), {@code imported} when it came in a bulk import of history (its
     * importer is {@code uploadedBy}).
     */
    public record Item(long id, String type, String typeLabel, String category, String title, OffsetDateTime countedOn,
                       OffsetDateTime uploadedAt, String author, String uploadedBy, boolean lateAddition,
                       boolean imported, String url) {
    }

    /** When and by whom an item arrived, from the database (the index keeps only the day it counts for). */
    private record Arrival(OffsetDateTime uploadedAt, String author, String uploadedBy, boolean imported) {
    }

    public record ItemList(String school, YearMonth month, String ruleSet, String teacher, String kind, String type,
                           String software, long total, boolean truncated, List<Item> items) {
    }

    public long count(School school, AuditMonth month, RuleSet ruleSet, Selection selection) {
        return search(school, month, ruleSet, selection, 1).total();
    }

    public ItemList list(School school, AuditMonth month, RuleSet ruleSet, Selection selection) {
        SearchResult found = search(school, month, ruleSet, selection, MAX_LISTED);
        Map<String, String> labels = Plugins.all().stream().flatMap(plugin -> plugin.contentTypes().stream())
                .collect(Collectors.toMap(ContentTypeDescriptor::type, ContentTypeDescriptor::labelVi, (a, b) -> a));
        Map<Long, Arrival> arrivals = arrivals(found.hits().stream().map(SearchResult.Hit::id).toList());
        Optional<OffsetDateTime> reportedAt = reports.preparedAt(school, month.month());
        List<Item> items = found.hits().stream().map(hit -> {
            Arrival arrival = arrivals.getOrDefault(hit.id(), new Arrival(null, null, null, false));
            boolean late = arrival.uploadedAt() != null && reportedAt.filter(arrival.uploadedAt()::isAfter).isPresent();
            return new Item(hit.id(), hit.type(), labels.getOrDefault(hit.type(), hit.type()), hit.category(), hit.title(),
                    hit.date(), arrival.uploadedAt(), arrival.author(), arrival.uploadedBy(), late, arrival.imported(),
                    urlOf(school, month, selection, hit));
        }).toList();
        return new ItemList(school.code(), month.month(), ruleSet.id(), selection.teacher(), selection.kind().param(),
                selection.type(), selection.software(), found.total(), found.total() > items.size(), items);
    }

    private Map<Long, Arrival> arrivals(List<Long> ids) {
        Map<Long, Arrival> arrivals = new HashMap<>();
        if (ids.isEmpty()) {
            return arrivals;
        }
        Set<Long> imported = Set.copyOf(em.createQuery("select c.id from ContentItem c join c.attributes t"
                        + " where c.id in :ids and key(t) = :imported", Long.class)
                .setParameter("ids", ids).setParameter("imported", ContentItem.IMPORTED).getResultList());
        em.createQuery("select c.id, c.createdAt, a.username, u.username from ContentItem c left join c.author a"
                        + " left join c.uploadedBy u where c.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> {
                    String author = (String) row[2];
                    String uploader = (String) row[3];
                    arrivals.put((Long) row[0], new Arrival((OffsetDateTime) row[1], author,
                            uploader == null || uploader.equals(author) ? null : uploader, imported.contains((Long) row[0])));
                });
        return arrivals;
    }

    private SearchResult search(School school, AuditMonth month, RuleSet ruleSet, Selection selection, int limit) {
        ContentIndex index = indexer.index();
        try {
            Optional<CountQuery> query = query(index, school, month, ruleSet, selection);
            if (query.isEmpty()) {
                return new SearchResult(0, List.of(), Map.of(), Map.of());
            }
            Map<Dimension, String> where = new HashMap<>();
            if (selection.teacher() != null) {
                where.put(Dimension.AUTHOR_USERNAME, selection.teacher());
            }
            return index.list(query.get(), where, limit);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the index for the audit", e);
        }
    }

    /**
     * The audit's own questions: published items of the month; lectures; lectures naming a specialised program
     * (the names found this month that the rule set accepts, as the audit counts them); everything else. Empty
     * when nothing can match.
     */
    private static Optional<CountQuery> query(ContentIndex index, School school, AuditMonth month, RuleSet ruleSet,
                                              Selection selection) throws IOException {
        CountQuery query = CountQuery.published(Set.of(school.code()), month.month(), month.month());
        Set<String> lectureTypes = Plugins.typesIn(AuditCategory.LECTURES);
        Set<String> types = switch (selection.kind()) {
            case ALL -> Set.of();
            case LECTURES, SPECIALISED -> lectureTypes;
            case POSTS -> index.count(query, Dimension.TYPE).keySet().stream().map(key -> key.get(0))
                    .filter(type -> !lectureTypes.contains(type)).collect(Collectors.toSet());
        };
        if (selection.kind() == ItemKind.POSTS && types.isEmpty()) {
            return Optional.empty();
        }
        if (selection.type() != null) {
            if (!types.isEmpty() && !types.contains(selection.type())) {
                return Optional.empty();
            }
            types = Set.of(selection.type());
        }
        query = query.withTypes(types);
        if (selection.kind() == ItemKind.SPECIALISED) {
            Set<String> specialised = LectureCounts.specialisedPrograms(
                    index.count(query.withTypes(lectureTypes), Dimension.SOFTWARE), ruleSet);
            if (selection.software() != null) {
                specialised = specialised.contains(selection.software()) ? Set.of(selection.software()) : Set.of();
            }
            return specialised.isEmpty() ? Optional.empty() : Optional.of(query.withSoftware(specialised));
        }
        return Optional.of(selection.software() == null ? query : query.withSoftware(Set.of(selection.software())));
    }

    /** News has its public page; e-lectures their month's list; other items the school's search. */
    private static String urlOf(School school, AuditMonth month, Selection selection, SearchResult.Hit hit) {
        String base = "/schools/" + school.code();
        if (Plugins.typesIn(AuditCategory.NEWS).contains(hit.type())) {
            return base + "/bai-viet/" + hit.id();
        }
        if (Plugins.typesIn(AuditCategory.LECTURES).contains(hit.type())) {
            return "/api/v1/schools/" + school.code() + "/lectures?month=" + month.month()
                    + (selection.teacher() == null ? "" : "&author=" + encode(selection.teacher())) + "#bai-giang-" + hit.id();
        }
        return base + "/tim-kiem?q=" + encode(hit.title());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
