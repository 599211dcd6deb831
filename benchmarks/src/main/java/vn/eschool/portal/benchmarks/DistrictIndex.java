package vn.eschool.portal.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import vn.eschool.portal.core.index.ContentIndex;

/**
 * The generated district's content index under {@code java.io.tmpdir/content-index-bench-<items>-<schools>},
 * built once and reused by every later fork and run while its commit data names the same generator, seed and
 * sizes, and the index schema is current. Delete the folder to measure indexing again.
 */
final class DistrictIndex {

    static final long SEED = 42;
    private static final String BUILT = "benchmark.built";

    private DistrictIndex() {
    }

    static ContentIndex openOrBuild(DistrictGenerator district, long items, int schools) throws IOException {
        return openOrBuild(district, items, schools, true);
    }

    /**
     * @param withText false for the counts-only index ({@link DistrictGenerator#itemsWithoutText}), kept in
     *                 {@code content-index-counts-bench-<items>-<schools>}
     */
    static ContentIndex openOrBuild(DistrictGenerator district, long items, int schools, boolean withText)
            throws IOException {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"),
                (withText ? "content-index-bench-" : "content-index-counts-bench-") + items + "-" + schools);
        ContentIndex index = ContentIndex.open(dir);
        String built = "generator v1, seed " + SEED + ", " + items + " items, " + schools + " schools"
                + (withText ? "" : ", without text");
        if (built.equals(index.committedUserData().get(BUILT)) && index.schemaCurrent()) {
            System.out.printf("%nReusing %s (%,d MB)%n", built, sizeMb(dir));
            return index;
        }
        long start = System.nanoTime();
        index.rebuild(withText ? district.items() : district.itemsWithoutText(), items, progress -> { });
        index.commit(Map.of(BUILT, built));
        index.refresh();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%nIndexed %,d items of %d schools in %.1f s: %,.0f items/s, index %,d MB%n",
                items, schools, seconds, items / seconds, sizeMb(dir));
        return index;
    }

    private static long sizeMb(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum() >> 20;
        }
    }
}
