package vn.eschool.portal.benchmarks;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import vn.eschool.portal.core.content.ContentStatus;
import vn.eschool.portal.core.index.ContentIndex;
import vn.eschool.portal.core.index.CountQuery;
import vn.eschool.portal.core.index.Dimension;

/**
 * The audit's counts side by side: from the Lucene index's doc values as the portal counts them, and with SQL
 * {@code GROUP BY} on the same items loaded into H2 and into PostgreSQL. Two questions: one school's month
 * (published items per teacher × type, what {@code AuditService} asks first) and the whole district's month
 * (per school × teacher × type, the district summary). Months are those of Asia/Ho_Chi_Minh in both.
 *
 * <p>The Lucene index is built without the items' text unless {@code -DcountsText=true}: counting reads only
 * the keyword fields, doc values and dates, which are the same, and indexing 1.5 M items' text takes longer than
 * this comparison should. The SQL table holds the same columns.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class AuditCountBenchmark {

    static final YearMonth MONTH = YearMonth.of(2024, 3);
    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String SCHOOL_MONTH = "SELECT author_id, type, COUNT(*) FROM bench.item"
            + " WHERE school = ? AND status = ? AND published_at >= ? AND published_at < ? GROUP BY author_id, type";
    private static final String DISTRICT_MONTH = "SELECT school, author_id, type, COUNT(*) FROM bench.item"
            + " WHERE status = ? AND published_at >= ? AND published_at < ? GROUP BY school, author_id, type";

    @Param("20000")
    public long items;

    @Param("70")
    public int schools;

    /** {@code lucene}, {@code h2} or {@code postgres}. */
    @Param({"lucene", "h2", "postgres"})
    public String store;

    private ContentIndex index;
    private Connection db;
    private PreparedStatement schoolMonth;
    private PreparedStatement districtMonth;
    private int school;

    @Setup(Level.Trial)
    public void open() throws IOException, SQLException {
        DistrictGenerator district = new DistrictGenerator(schools, items, DistrictIndex.SEED);
        if (store.equals("lucene")) {
            index = DistrictIndex.openOrBuild(district, items, schools, Boolean.getBoolean("countsText"));
        } else {
            db = SqlDistrict.connect(store, items, schools);
            SqlDistrict.loadIfNeeded(db, district, items, schools);
            schoolMonth = db.prepareStatement(SCHOOL_MONTH);
            districtMonth = db.prepareStatement(DISTRICT_MONTH);
        }
        // The three stores must answer alike: print the totals that the run's log then shows side by side.
        long total = countDistrictMonth().values().stream().mapToLong(Long::longValue).sum();
        System.out.printf("%n%s: district %s published items = %,d; %s = %,d%n", store, MONTH, total,
                DistrictGenerator.school(0), countSchoolMonth(DistrictGenerator.school(0)).values().stream()
                        .mapToLong(Long::longValue).sum());
    }

    @TearDown(Level.Trial)
    public void close() throws IOException, SQLException {
        if (index != null) {
            index.close();
        }
        if (db != null) {
            db.close();
        }
    }

    /** One school's month: published items per teacher × type. */
    @Benchmark
    public Map<List<String>, Long> schoolMonth() throws IOException, SQLException {
        school = (school + 1) % schools;
        return countSchoolMonth(DistrictGenerator.school(school));
    }

    /** Every school's month: published items per school × teacher × type. */
    @Benchmark
    public Map<List<String>, Long> districtMonth() throws IOException, SQLException {
        return countDistrictMonth();
    }

    private Map<List<String>, Long> countSchoolMonth(String code) throws IOException, SQLException {
        if (index != null) {
            return index.count(CountQuery.published(Set.of(code), MONTH, MONTH), Dimension.AUTHOR_ID, Dimension.TYPE);
        }
        schoolMonth.setString(1, code);
        bindMonth(schoolMonth, 2);
        return rows(schoolMonth, 2);
    }

    private Map<List<String>, Long> countDistrictMonth() throws IOException, SQLException {
        if (index != null) {
            return index.count(CountQuery.published(Set.of(), MONTH, MONTH), Dimension.SCHOOL, Dimension.AUTHOR_ID,
                    Dimension.TYPE);
        }
        bindMonth(districtMonth, 1);
        return rows(districtMonth, 3);
    }

    private static void bindMonth(PreparedStatement statement, int first) throws SQLException {
        OffsetDateTime start = MONTH.atDay(1).atStartOfDay(HANOI).toOffsetDateTime();
        statement.setString(first, ContentStatus.PUBLISHED.name());
        statement.setObject(first + 1, start);
        statement.setObject(first + 2, MONTH.plusMonths(1).atDay(1).atStartOfDay(HANOI).toOffsetDateTime());
    }

    private static Map<List<String>, Long> rows(PreparedStatement statement, int keys) throws SQLException {
        Map<List<String>, Long> counts = new HashMap<>();
        try (ResultSet r = statement.executeQuery()) {
            while (r.next()) {
                String[] key = new String[keys];
                for (int i = 0; i < keys; i++) {
                    key[i] = String.valueOf(r.getObject(i + 1));
                }
                counts.put(List.of(key), r.getLong(keys + 1));
            }
        }
        return counts;
    }
}
