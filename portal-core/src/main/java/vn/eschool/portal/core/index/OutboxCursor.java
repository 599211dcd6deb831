package vn.eschool.portal.core.index;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * How far a node has applied the index outbox. The database hands out event ids in order, but concurrent
 * transactions commit them in any order: an id missing below the highest one seen may still arrive, so it is
 * looked for again until {@code gapGrace} has passed since it was first missed (a rolled-back transaction leaves
 * it missing for good). {@link #position()} is the id up to which every event is applied or given up: the value
 * to record with the index, from which a restart replays. Not thread-safe; times are monotonic nanoseconds.
 */
final class OutboxCursor {

    private final long graceNanos;
    private long position;
    private final TreeSet<Long> seenAbove = new TreeSet<>();
    private final Map<Long, Long> missingSince = new HashMap<>();

    OutboxCursor(long position, Duration gapGrace) {
        this.position = position;
        this.graceNanos = gapGrace.toNanos();
    }

    long position() {
        return position;
    }

    /** The highest id applied: new events are those after it (and the {@link #gaps}). */
    long highestSeen() {
        return seenAbove.isEmpty() ? position : seenAbove.last();
    }

    boolean isNew(long id) {
        return id > position && !seenAbove.contains(id);
    }

    /** Ids below {@link #highestSeen} not applied yet, at most {@code limit}, lowest first. */
    List<Long> gaps(int limit) {
        List<Long> gaps = new ArrayList<>();
        for (long id = position + 1; id < highestSeen() && gaps.size() < limit; id++) {
            if (!seenAbove.contains(id)) {
                gaps.add(id);
            }
        }
        return gaps;
    }

    /** Records {@code ids} as applied at {@code nowNanos} and moves the position past what is settled. */
    void applied(Collection<Long> ids, long nowNanos) {
        for (long id : ids) {
            if (id > position) {
                seenAbove.add(id);
            }
        }
        while (!seenAbove.isEmpty()) {
            long next = position + 1;
            if (seenAbove.remove(next)) {
                missingSince.remove(next);
                position = next;
                continue;
            }
            long since = missingSince.computeIfAbsent(next, id -> nowNanos);
            if (nowNanos - since < graceNanos) {
                break;
            }
            missingSince.remove(next);
            position = next;
        }
        for (long id : gaps(Integer.MAX_VALUE)) {
            missingSince.putIfAbsent(id, nowNanos);
        }
    }

    /** Starts again from {@code from}: every event after it is new (e.g. replayed after a rebuild). */
    void rewind(long from) {
        position = from;
        seenAbove.clear();
        missingSince.clear();
    }
}
