package vn.eschool.portal.core.index;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.function.LongSupplier;

/** An outbox without events, database or other nodes, for a SearchIndexer under unit test. */
class QuietOutbox extends Outbox {

    private final long settled;
    private final LongSupplier latest;

    /** {@code settled}: where a rebuild replays from; {@code latest}: the outbox's last position, when asked. */
    QuietOutbox(long settled, LongSupplier latest) {
        this.settled = settled;
        this.latest = latest;
    }

    @Override
    public List<Event> after(long id, int limit) {
        return List.of();
    }

    @Override
    public List<Event> withIds(Collection<Long> ids) {
        return List.of();
    }

    @Override
    public long settled(Duration grace) {
        return settled;
    }

    @Override
    public long prunedUpTo() {
        return 0;
    }

    @Override
    public long latest() {
        return latest.getAsLong();
    }

    @Override
    public void heartbeat(String node, long applied) {
    }

    @Override
    public void prune(Duration live) {
    }
}
