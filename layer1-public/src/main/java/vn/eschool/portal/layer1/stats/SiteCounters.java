package vn.eschool.portal.layer1.stats;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Visits and reads of the public site, counted in memory and written in batches every few seconds (one upsert per
 * school and day, per item and day), and once more when the application stops. {@link #flush()} is the hook
 * tests and operators call to write now.
 */
@ApplicationScoped
public class SiteCounters {

    static final long FLUSH_SECONDS = 5;
    /** About a minute of flushes. */
    private static final int RELOAD_EVERY = 12;
    private static final Logger LOG = Logger.getLogger(SiteCounters.class.getName());

    /** What one flush wrote. */
    public record Flushed(int visitRows, long visits, int readRows, long reads) {
    }

    private final CounterBuffer<CounterKeys.Visit> visits = new CounterBuffer<>();
    private final CounterBuffer<CounterKeys.Read> reads = new CounterBuffer<>();
    /** Stored all-time totals per school code {visits, reads}, loaded once and kept up to date by each flush. */
    private final Map<String, long[]> stored = new ConcurrentHashMap<>();
    private final Object writing = new Object();
    /** Flushes that wrote something; every {@value #RELOAD_EVERY}th forgets the stored totals. */
    private long flushes;

    @Inject
    CounterStore store;

    @Inject
    Clock clock;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        task = scheduler.scheduleWithFixedDelay(this::flushQuietly, FLUSH_SECONDS, FLUSH_SECONDS, TimeUnit.SECONDS);
    }

    /** The last flush before the application stops (all beans are still there). */
    void stop(@Observes(notifyObserver = Reception.IF_EXISTS) @BeforeDestroyed(ApplicationScoped.class)
              Object ignored) {
        if (task != null) {
            task.cancel(false);
        }
        flushQuietly();
    }

    public void visit(String school) {
        visits.add(new CounterKeys.Visit(school, today()));
    }

    public void read(String school, long contentId) {
        reads.add(new CounterKeys.Read(school, contentId, today()));
    }

    /** All-time totals, the ones not yet written included. */
    public SiteTotals totals(String school) {
        long[] base = stored.get(school);
        if (base == null) {
            synchronized (writing) {
                base = stored.computeIfAbsent(school, store::totals);
            }
        }
        return new SiteTotals(base[0] + visits.pending(k -> k.school().equals(school)),
                base[1] + reads.pending(k -> k.school().equals(school)));
    }

    /** All-time reads of one item, the ones not yet written included. */
    public long reads(String school, long schoolId, long contentId) {
        return store.itemTotal(schoolId, contentId)
                + reads.pending(k -> k.contentId() == contentId && k.school().equals(school));
    }

    /** Writes what was counted since the last flush; on failure the counts stay in memory for the next one. */
    public Flushed flush() {
        synchronized (writing) {
            Map<CounterKeys.Visit, Long> visitBatch = visits.drain();
            Map<CounterKeys.Read, Long> readBatch = reads.drain();
            if (visitBatch.isEmpty() && readBatch.isEmpty()) {
                return new Flushed(0, 0, 0, 0);
            }
            try {
                store.write(visitBatch, readBatch);
            } catch (RuntimeException e) {
                visits.restore(visitBatch);
                reads.restore(readBatch);
                throw e;
            }
            if (++flushes % RELOAD_EVERY == 0) {
                // Other nodes of a cluster add their counts to the same rows: read the totals again now and then.
                stored.clear();
            } else {
                visitBatch.forEach((k, n) -> stored.computeIfPresent(k.school(), (s, t) -> new long[] {t[0] + n, t[1]}));
                readBatch.forEach((k, n) -> stored.computeIfPresent(k.school(), (s, t) -> new long[] {t[0], t[1] + n}));
            }
            LocalDate yesterday = today().minusDays(1);
            visits.forgetEmpty(k -> k.day().isBefore(yesterday));
            reads.forgetEmpty(k -> k.day().isBefore(yesterday));
            return new Flushed(visitBatch.size(), visitBatch.values().stream().mapToLong(Long::longValue).sum(),
                    readBatch.size(), readBatch.values().stream().mapToLong(Long::longValue).sum());
        }
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Writing the visit and read counters failed; they are kept for the next try", e);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
