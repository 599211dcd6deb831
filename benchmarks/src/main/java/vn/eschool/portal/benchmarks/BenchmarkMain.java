package vn.eschool.portal.benchmarks;

import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link ContentIndexBenchmark} with sizes from system properties, since JMH does not pass them to its
 * forked JVM: {@code -Ditems=1500000 -Dschools=70}, optionally {@code -Dbench=REGEX} to run only some methods
 * and {@code -Dmeasure=SECONDS} for each measurement iteration.
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(ContentIndexBenchmark.class.getName() + "." + System.getProperty("bench", ".*"))
                .param("items", System.getProperty("items", "20000"))
                .param("schools", System.getProperty("schools", "70"));
        String measure = System.getProperty("measure");
        if (measure != null) {
            options.measurementTime(TimeValue.seconds(Long.parseLong(measure)));
        }
        new Runner(options.build()).run();
    }
}
