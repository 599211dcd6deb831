package vn.eschool.portal.benchmarks;

import java.io.IOException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import vn.eschool.portal.core.index.ContentIndex;
import vn.eschool.portal.core.index.CountQuery;
import vn.eschool.portal.core.index.Dimension;
import vn.eschool.portal.core.index.IndexDocument;
import vn.eschool.portal.core.index.SearchQuery;
import vn.eschool.portal.core.index.SearchResult;

/**
 * Search latency, audit count latency and indexing throughput of a {@link ContentIndex} holding a generated
 * district. Building the index (a {@link ContentIndex#rebuild}) is the bulk-indexing measurement: its rate is
 * printed.
 * Latencies use {@link Mode#SampleTime}, whose report includes p50 and p95.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ContentIndexBenchmark {

    private static final int UPDATE_BATCH = 2000;
    /** What visitors type: common words, with and without diacritics, one quoted phrase. */
    static final String[] QUERIES = {"trường học điện tử", "truong hoc dien tu", "kế hoạch năm học",
            "ke hoach", "\"sổ điểm\"", "bồi dưỡng học sinh giỏi", "thông báo tuyển sinh", "giao thong",
            "hiệu trưởng", "phan mem truc tuyen", "đề thi toán", "câu lạc bộ bóng đá"};

    @Param("20000")
    public long items;

    @Param("70")
    public int schools;

    private DistrictGenerator district;
    private ContentIndex index;
    private int query;
    private int school;
    private long nextUpdate;

    /** Builds the district's index once ({@link DistrictIndex}): JMH forks a JVM per benchmark method. */
    @Setup(Level.Trial)
    public void openIndex() throws IOException {
        district = new DistrictGenerator(schools, items, DistrictIndex.SEED);
        index = DistrictIndex.openOrBuild(district, items, schools);
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        index.close();
    }

    /** A visitor of one school's public site, at the time of the search as the portal asks. */
    @Benchmark
    public SearchResult searchOneSchool() throws IOException {
        return index.search(SearchQuery.publicSearch(nextQuery(), Set.of(nextSchool())).at(Instant.now()));
    }

    /** A district officer searching every school, staff items included. */
    @Benchmark
    public SearchResult searchDistrict() throws IOException {
        return index.search(SearchQuery.publicSearch(nextQuery(), Set.of()).forStaff().at(Instant.now()));
    }

    /** The audit page of one school: a school year per teacher per month per type. */
    @Benchmark
    public Map<List<String>, Long> countSchoolYearPerTeacherPerMonthPerType() throws IOException {
        CountQuery q = CountQuery.published(Set.of(nextSchool()), YearMonth.of(2023, 9), YearMonth.of(2024, 5));
        return index.count(q, Dimension.AUTHOR_ID, Dimension.MONTH, Dimension.TYPE);
    }

    /** The district's monthly report: all schools, one month, per school per teacher per type. */
    @Benchmark
    public Map<List<String>, Long> countDistrictMonthPerTeacherPerType() throws IOException {
        Set<String> all = IntStream.range(0, schools).mapToObj(DistrictGenerator::school).collect(Collectors.toSet());
        CountQuery q = CountQuery.published(all, YearMonth.of(2024, 3), YearMonth.of(2024, 3));
        return index.count(q, Dimension.SCHOOL, Dimension.AUTHOR_ID, Dimension.TYPE);
    }

    /** Editors saving items into the full index; the time reported is per item, its inverse the throughput. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @OperationsPerInvocation(UPDATE_BATCH)
    public long updateItems() throws IOException {
        long generation = 0;
        for (int i = 0; i < UPDATE_BATCH; i++) {
            nextUpdate = nextUpdate % items + 1;
            IndexDocument d = district.item(nextUpdate);
            generation = index.upsert(d);
        }
        return generation;
    }

    private String nextQuery() {
        query = (query + 1) % QUERIES.length;
        return QUERIES[query];
    }

    private String nextSchool() {
        school = (school + 1) % schools;
        return DistrictGenerator.school(school);
    }
}
