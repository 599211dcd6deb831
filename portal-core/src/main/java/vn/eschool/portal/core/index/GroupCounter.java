package vn.eschool.portal.core.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts matching documents per combination of dimension values. Each segment is counted on doc-value
 * ordinals packed into one {@code long} (mixed radix, one digit per dimension, 0 meaning "no value"), and
 * ordinals are turned into strings only once per distinct combination when the segment is done. No stored
 * field is read, which is what keeps a district-wide audit count cheap.
 */
final class GroupCounter implements CollectorManager<GroupCounter.Counting, Map<List<String>, Long>> {

    /** Combination spaces up to this size are counted in an array instead of a hash map. */
    private static final long DENSE_LIMIT = 1 << 16;

    private final List<Dimension> dimensions;

    GroupCounter(List<Dimension> dimensions) {
        this.dimensions = List.copyOf(dimensions);
    }

    @Override
    public Counting newCollector() {
        return new Counting();
    }

    @Override
    public Map<List<String>, Long> reduce(Collection<Counting> collectors) {
        Map<List<String>, Long> total = new HashMap<>();
        for (Counting c : collectors) {
            c.counts.forEach((key, n) -> total.merge(key, n, Long::sum));
        }
        return total;
    }

    final class Counting implements Collector {

        private final Map<List<String>, Long> counts = new HashMap<>();

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            return new SegmentCounting(context);
        }

        private final class SegmentCounting implements LeafCollector {

            private final SortedSetDocValues[] values;
            private final long[] placeValue;
            private final long[][] ords;
            private final int[] ordCount;
            private final long[] dense;
            private final Map<Long, long[]> sparse;

            SegmentCounting(LeafReaderContext context) throws IOException {
                int n = dimensions.size();
                values = new SortedSetDocValues[n];
                placeValue = new long[n];
                ords = new long[n][1];
                ordCount = new int[n];
                long combinations = 1;
                for (int i = 0; i < n; i++) {
                    values[i] = DocValues.getSortedSet(context.reader(), dimensions.get(i).field);
                    placeValue[i] = combinations;
                    try {
                        combinations = Math.multiplyExact(combinations, values[i].getValueCount() + 1);
                    } catch (ArithmeticException tooMany) {
                        throw new IllegalArgumentException("Too many distinct combinations of " + dimensions);
                    }
                }
                dense = combinations <= DENSE_LIMIT ? new long[(int) combinations] : null;
                sparse = dense == null ? new HashMap<>() : null;
            }

            @Override
            public void setScorer(Scorable scorer) {
            }

            @Override
            public void collect(int doc) throws IOException {
                for (int i = 0; i < values.length; i++) {
                    readOrds(i, doc);
                }
                countCombinations(0, 0L);
            }

            private void readOrds(int i, int doc) throws IOException {
                SortedSetDocValues dv = values[i];
                if (!dv.advanceExact(doc)) {
                    ords[i][0] = -1;
                    ordCount[i] = 1;
                    return;
                }
                int count = dv.docValueCount();
                if (ords[i].length < count) {
                    ords[i] = new long[count];
                }
                for (int k = 0; k < count; k++) {
                    ords[i][k] = dv.nextOrd();
                }
                ordCount[i] = count;
            }

            /** A multi-valued dimension counts the document once under each of its values. */
            private void countCombinations(int i, long code) {
                if (i == values.length) {
                    if (dense != null) {
                        dense[(int) code]++;
                    } else {
                        sparse.computeIfAbsent(code, c -> new long[1])[0]++;
                    }
                    return;
                }
                for (int k = 0; k < ordCount[i]; k++) {
                    countCombinations(i + 1, code + (ords[i][k] + 1) * placeValue[i]);
                }
            }

            @Override
            public void finish() throws IOException {
                if (dense != null) {
                    for (int code = 0; code < dense.length; code++) {
                        if (dense[code] > 0) {
                            counts.merge(decode(code), dense[code], Long::sum);
                        }
                    }
                } else {
                    for (Map.Entry<Long, long[]> e : sparse.entrySet()) {
                        counts.merge(decode(e.getKey()), e.getValue()[0], Long::sum);
                    }
                }
            }

            private List<String> decode(long code) throws IOException {
                List<String> key = new ArrayList<>(values.length);
                for (int i = 0; i < values.length; i++) {
                    long ord = (code / placeValue[i]) % (values[i].getValueCount() + 1) - 1;
                    key.add(ord < 0 ? Dimension.MISSING : values[i].lookupOrd(ord).utf8ToString());
                }
                return List.copyOf(key);
            }
        }
    }
}
