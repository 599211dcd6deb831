package vn.eschool.portal.benchmarks;

import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link ContentIndexBenchmark} (or, with {@code -Dbenchmark=AuditCountBenchmark}, {@link AuditCountBenchmark})
 * with sizes from system properties, since JMH does not pass them to its forked JVM:
 * {@code -Ditems=1500000 -Dschools=70}, optionally {@code -Dbench=REGEX} to run only some methods,
 * {@code -Dmeasure=SECONDS} for each measurement iteration, {@code -Dstores=lucene,h2,postgres} for the audit
 * counts and {@code -Dpg.url=… -Dpg.user=… -Dpg.password=…} for its PostgreSQL.
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws RunnerException {
        String benchmark = System.getProperty("benchmark", ContentIndexBenchmark.class.getSimpleName());
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(BenchmarkMain.class.getPackageName() + "." + benchmark + "." + System.getProperty("bench", ".*"))
                .param("items", System.getProperty("items", "20000"))
                .param("schools", System.getProperty("schools", "70"));
        String measure = System.getProperty("measure");
        if (measure != null) {
            options.measurementTime(TimeValue.seconds(Long.parseLong(measure)));
        }
        String stores = System.getProperty("stores");
        if (stores != null) {
            options.param("store", stores.split(","));
        }
        List<String> forwarded = new ArrayList<>();
        for (String property : List.of("pg.url", "pg.user", "pg.password", "countsText")) {
            if (System.getProperty(property) != null) {
                forwarded.add("-D" + property + "=" + System.getProperty(property));
            }
        }
        if (!forwarded.isEmpty()) {
            options.jvmArgsPrepend(forwarded.toArray(String[]::new)); // the @Fork heap settings still apply
        }
        new Runner(options.build()).run();
    }
}
