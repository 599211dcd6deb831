package vn.eschool.portal.audit.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.eschool.portal.core.config.SchoolMonth;
import vn.eschool.portal.audit.input.AuditMonth;
import vn.eschool.portal.core.content.ContentStatus;
import vn.eschool.portal.core.index.CountQuery;
import vn.eschool.portal.core.index.Dimension;
import vn.eschool.portal.core.index.SearchIndexer;
import vn.eschool.portal.core.school.School;

/** Compares the index's counts of a school's published items with the database's, by type and month. */
@ApplicationScoped
public class IndexConsistency {

    private static final Comparator<List<String>> BY_TYPE_AND_MONTH =
            Comparator.<List<String>, String>comparing(key -> key.get(0)).thenComparing(key -> key.get(1));

    @Inject
    SearchIndexer indexer;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** {@code from} and {@code to} are inclusive; null leaves that side open. */
    public ConsistencyReport check(School school, YearMonth from, YearMonth to) {
        Map<List<String>, long[]> counts = new TreeMap<>(BY_TYPE_AND_MONTH);
        indexCounts(school, from, to).forEach((key, n) -> counts.computeIfAbsent(key, k -> new long[2])[0] += n);
        databaseCounts(school, from, to).forEach((key, n) -> counts.computeIfAbsent(key, k -> new long[2])[1] += n);
        List<ConsistencyReport.Row> rows = counts.entrySet().stream()
                .map(e -> new ConsistencyReport.Row(e.getKey().get(0), e.getKey().get(1), e.getValue()[0], e.getValue()[1]))
                .toList();
        List<ConsistencyReport.Row> differences = rows.stream().filter(row -> !row.agrees()).toList();
        return new ConsistencyReport(school.code(), from, to, differences.isEmpty(),
                rows.stream().mapToLong(ConsistencyReport.Row::index).sum(),
                rows.stream().mapToLong(ConsistencyReport.Row::database).sum(), rows, differences);
    }

    private Map<List<String>, Long> indexCounts(School school, YearMonth from, YearMonth to) {
        try {
            return indexer.index().count(CountQuery.published(Set.of(school.code()), from, to), Dimension.TYPE, Dimension.MONTH);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot count the index", e);
        }
    }

    /**
     * Grouped by the three dates rather than by a month expression: month functions differ between H2 and
     * PostgreSQL, so the effective date (original, else published, else created) is dated in Hà Nội here.
     */
    private Map<List<String>, Long> databaseCounts(School school, YearMonth from, YearMonth to) {
        Map<List<String>, Long> counts = new TreeMap<>(BY_TYPE_AND_MONTH);
        em.createQuery("select c.type, c.originalDate, c.publishedAt, c.createdAt, count(c) from ContentItem c"
                        + " where c.school = :school and c.status = :published"
                        + " group by c.type, c.originalDate, c.publishedAt, c.createdAt", Object[].class)
                .setParameter("school", school)
                .setParameter("published", ContentStatus.PUBLISHED)
                .getResultList()
                .forEach(row -> {
                    YearMonth month = SchoolMonth.of(firstNonNull((OffsetDateTime) row[1], (OffsetDateTime) row[2], (OffsetDateTime) row[3]));
                    if ((from == null || !month.isBefore(from)) && (to == null || !month.isAfter(to))) {
                        counts.merge(List.of((String) row[0], month.toString()), ((Number) row[4]).longValue(), Long::sum);
                    }
                });
        return counts;
    }

    private static OffsetDateTime firstNonNull(OffsetDateTime... dates) {
        for (OffsetDateTime date : dates) {
            if (date != null) {
                return date;
            }
        }
        throw new IllegalStateException("A content item always has its creation time");
    }
}
