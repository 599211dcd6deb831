package vn.eschool.portal.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.eschool.portal.core.index.ContentIndex;
import vn.eschool.portal.core.index.SearchQuery;

/**
 * CPU time of each of {@link ContentIndexBenchmark}'s one-school searches, per query: steadier than wall clock on
 * a shared machine, and it shows which queries are the slow ones. Runs on the index the benchmark built:
 * {@code java -cp benchmarks.jar vn.eschool.portal.benchmarks.SearchCpuTime <index dir> [rounds] [schools]}.
 * The first half of the rounds warms up.
 */
public final class SearchCpuTime {

    private SearchCpuTime() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: SearchCpuTime <index dir> [rounds, default 200] [schools, default 70]");
            System.exit(2);
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int schools = args.length > 2 ? Integer.parseInt(args[2]) : 70;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, List<Double>> millis = new LinkedHashMap<>();
        try (ContentIndex index = ContentIndex.open(java.nio.file.Path.of(args[0]))) {
            int school = 0;
            for (int round = 0; round < rounds; round++) {
                for (String text : ContentIndexBenchmark.QUERIES) {
                    school = (school + 1) % schools;
                    long start = threads.getCurrentThreadCpuTime();
                    index.search(SearchQuery.publicSearch(text, Set.of(DistrictGenerator.school(school)))
                            .at(Instant.now()));
                    double spent = (threads.getCurrentThreadCpuTime() - start) / 1e6;
                    if (round >= rounds / 2) {
                        millis.computeIfAbsent(text, t -> new ArrayList<>()).add(spent);
                    }
                }
            }
        }
        List<Double> all = new ArrayList<>();
        millis.forEach((text, times) -> {
            all.addAll(times);
            System.out.printf("%-28s p50 %6.2f ms  p95 %6.2f ms%n", text, percentile(times, 50), percentile(times, 95));
        });
        System.out.printf("%-28s p50 %6.2f ms  p95 %6.2f ms%n", "all", percentile(all, 50), percentile(all, 95));
    }

    private static double percentile(List<Double> values, int percent) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
    }
}
