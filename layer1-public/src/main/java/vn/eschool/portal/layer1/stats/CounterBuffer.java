package vn.eschool.portal.layer1.stats;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;

/**
 * Counts in memory, one {@link LongAdder} per key, so that counting a page view costs no database write and
 * threads do not contend. {@link #drain()} takes the counts for a batch write and {@link #restore} puts them back
 * when the write fails, so nothing is lost.
 */
public final class CounterBuffer<K> {

    private final ConcurrentHashMap<K, LongAdder> counts = new ConcurrentHashMap<>();

    public void add(K key) {
        LongAdder adder = counts.get(key);
        if (adder == null) {
            adder = counts.computeIfAbsent(key, k -> new LongAdder());
        }
        adder.increment();
    }

    /** The counts since the last drain, non-zero ones only; counting goes on meanwhile. */
    public Map<K, Long> drain() {
        Map<K, Long> batch = new HashMap<>();
        counts.forEach((key, adder) -> {
            long n = adder.sumThenReset();
            if (n != 0) {
                batch.put(key, n);
            }
        });
        return batch;
    }

    /** Puts back counts a failed write could not store. */
    public void restore(Map<K, Long> batch) {
        batch.forEach((key, n) -> counts.computeIfAbsent(key, k -> new LongAdder()).add(n));
    }

    /** Counted and not yet drained, over the keys that match. */
    public long pending(Predicate<K> which) {
        long sum = 0;
        for (Map.Entry<K, LongAdder> e : counts.entrySet()) {
            if (which.test(e.getKey())) {
                sum += e.getValue().sum();
            }
        }
        return sum;
    }

    /** Forgets empty counters of keys that will not be counted again (e.g. past days), to bound memory. */
    public void forgetEmpty(Predicate<K> stale) {
        counts.entrySet().removeIf(e -> stale.test(e.getKey()) && e.getValue().sum() == 0);
    }

    public int size() {
        return counts.size();
    }
}
