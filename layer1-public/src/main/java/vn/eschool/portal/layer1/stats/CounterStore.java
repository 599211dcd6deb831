package vn.eschool.portal.layer1.stats;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The daily counter rows. A batch is written in one transaction with one upsert per key: an UPDATE adding the
 * count, and an INSERT when no row was there (portable to H2 and PostgreSQL). Writers are serialised by
 * {@link SiteCounters}; should two nodes insert the same new row, the loser's batch rolls back and is retried.
 */
@Dependent
public class CounterStore {

    /** One day of a school's counters. */
    public record Day(LocalDate date, long visits, long reads) {
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Transactional
    public void write(Map<CounterKeys.Visit, Long> visits, Map<CounterKeys.Read, Long> reads) {
        Set<String> codes = new HashSet<>();
        visits.keySet().forEach(k -> codes.add(k.school()));
        reads.keySet().forEach(k -> codes.add(k.school()));
        Map<String, Long> ids = schoolIds(codes);
        visits.forEach((key, n) -> {
            Long school = ids.get(key.school());
            Date day = Date.valueOf(key.day());
            if (school != null && em.createNativeQuery("UPDATE layer1_visit_day SET visits = visits + ?1"
                            + " WHERE school_id = ?2 AND visit_date = ?3")
                    .setParameter(1, n).setParameter(2, school).setParameter(3, day).executeUpdate() == 0) {
                em.createNativeQuery("INSERT INTO layer1_visit_day (school_id, visit_date, visits)"
                                + " VALUES (?1, ?2, ?3)")
                        .setParameter(1, school).setParameter(2, day).setParameter(3, n).executeUpdate();
            }
        });
        reads.forEach((key, n) -> {
            Long school = ids.get(key.school());
            Date day = Date.valueOf(key.day());
            if (school != null && em.createNativeQuery("UPDATE layer1_read_day SET reads = reads + ?1"
                            + " WHERE school_id = ?2 AND content_id = ?3 AND read_date = ?4")
                    .setParameter(1, n).setParameter(2, school).setParameter(3, key.contentId())
                    .setParameter(4, day).executeUpdate() == 0) {
                em.createNativeQuery("INSERT INTO layer1_read_day (school_id, content_id, read_date, reads)"
                                + " VALUES (?1, ?2, ?3, ?4)")
                        .setParameter(1, school).setParameter(2, key.contentId()).setParameter(3, day)
                        .setParameter(4, n).executeUpdate();
            }
        });
    }

    /** Stored totals of a school: {visits, reads}. */
    @Transactional
    public long[] totals(String schoolCode) {
        Long school = schoolIds(Set.of(schoolCode)).get(schoolCode);
        if (school == null) {
            return new long[] {0, 0};
        }
        return new long[] {sum("SELECT SUM(visits) FROM layer1_visit_day WHERE school_id = ?1", school),
                sum("SELECT SUM(reads) FROM layer1_read_day WHERE school_id = ?1", school)};
    }

    /** Every day from {@code from} to {@code to} (inclusive), zero days included. */
    @Transactional
    public List<Day> days(long schoolId, LocalDate from, LocalDate to) {
        Map<LocalDate, long[]> days = new TreeMap<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            days.put(d, new long[2]);
        }
        rows("SELECT visit_date, visits FROM layer1_visit_day WHERE school_id = ?1"
                + " AND visit_date BETWEEN ?2 AND ?3", schoolId, from, to, null)
                .forEach((d, n) -> days.get(d)[0] = n);
        rows("SELECT read_date, SUM(reads) FROM layer1_read_day WHERE school_id = ?1"
                + " AND read_date BETWEEN ?2 AND ?3 GROUP BY read_date", schoolId, from, to, null)
                .forEach((d, n) -> days.get(d)[1] = n);
        return days.entrySet().stream().map(e -> new Day(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    /** Reads of one item per day from {@code from} to {@code to}, days without reads left out. */
    @Transactional
    public Map<LocalDate, Long> itemReads(long schoolId, long contentId, LocalDate from, LocalDate to) {
        return rows("SELECT read_date, reads FROM layer1_read_day WHERE school_id = ?1"
                + " AND read_date BETWEEN ?2 AND ?3 AND content_id = ?4", schoolId, from, to, contentId);
    }

    /** All-time reads of one item. */
    @Transactional
    public long itemTotal(long schoolId, long contentId) {
        Object value = em.createNativeQuery("SELECT SUM(reads) FROM layer1_read_day WHERE school_id = ?1"
                + " AND content_id = ?2").setParameter(1, schoolId).setParameter(2, contentId).getSingleResult();
        return value == null ? 0 : ((Number) value).longValue();
    }

    private Map<LocalDate, Long> rows(String sql, long schoolId, LocalDate from, LocalDate to, Long contentId) {
        var query = em.createNativeQuery(sql).setParameter(1, schoolId).setParameter(2, Date.valueOf(from))
                .setParameter(3, Date.valueOf(to));
        if (contentId != null) {
            query.setParameter(4, contentId);
        }
        Map<LocalDate, Long> result = new TreeMap<>();
        for (Object row : query.getResultList()) {
            Object[] cells = (Object[]) row;
            result.put(toDate(cells[0]), ((Number) cells[1]).longValue());
        }
        return result;
    }

    private static LocalDate toDate(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof Date date) {
            return date.toLocalDate();
        }
        return LocalDate.parse(value.toString().substring(0, 10));
    }

    private long sum(String sql, long schoolId) {
        Object value = em.createNativeQuery(sql).setParameter(1, schoolId).getSingleResult();
        return value == null ? 0 : ((Number) value).longValue();
    }

    private Map<String, Long> schoolIds(Set<String> codes) {
        Map<String, Long> ids = new HashMap<>();
        if (!codes.isEmpty()) {
            em.createQuery("select s.code, s.id from School s where s.code in :codes", Object[].class)
                    .setParameter("codes", codes).getResultList()
                    .forEach(row -> ids.put((String) row[0], (Long) row[1]));
        }
        return ids;
    }
}
