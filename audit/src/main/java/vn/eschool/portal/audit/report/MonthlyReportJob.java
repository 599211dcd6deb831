package vn.eschool.portal.audit.report;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.eschool.portal.core.bootstrap.PortalReady;
import vn.eschool.portal.core.cluster.ClusterLease;
import vn.eschool.portal.core.config.ClockProducer;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.school.SchoolService;

/**
 * On the 20th of every month (Asia/Ho_Chi_Minh) prepares and stores each school's report for the previous month, on the
 * container's managed scheduled executor. {@link #run} is the same work for a given day, run by the scheduler or
 * by the district admin (and the tests), one run at a time in the whole cluster: a run waits for the
 * {@link ClusterLease} another node holds, and then finds the reports it prepared already stored.
 */
@ApplicationScoped
public class MonthlyReportJob {

    private static final Logger LOG = Logger.getLogger(MonthlyReportJob.class.getName());

    /** What one run did. */
    public record Run(LocalDate date, YearMonth month, List<String> prepared, List<String> alreadyStored, List<String> failed) {
    }

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService executor;

    @Inject
    SchoolService schools;

    @Inject
    MonthlyReportService reports;

    @Inject
    Clock clock;

    /** Longer than a run takes; a node that dies holding the lease holds the others back this long. */
    private static final Duration LEASE = Duration.ofHours(1);

    @Inject
    ClusterLease lease;

    private final ReentrantLock running = new ReentrantLock();

    void schedule(@Observes PortalReady ready) {
        executor.schedule(() -> run(LocalDate.now(clock.withZone(ClockProducer.SCHOOL_ZONE))), new MonthlyTrigger());
        LOG.info(() -> "Monthly audit reports: next run " + MonthlySchedule.nextRun(ZonedDateTime.now(clock)));
    }

    /** Prepares the reports of the month before {@code date} (a 20th); returns when every school is done. */
    public Run run(LocalDate date) {
        YearMonth month = MonthlySchedule.monthReportedOn(date);
        running.lock();
        try {
            takeLease();
        } catch (RuntimeException e) {
            running.unlock();
            throw e;
        }
        try {
            List<String> prepared = new ArrayList<>();
            List<String> alreadyStored = new ArrayList<>();
            List<String> failed = new ArrayList<>();
            for (School school : schools.all()) {
                try {
                    (reports.prepare(school, month) ? prepared : alreadyStored).add(school.code());
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Monthly report of " + school.code() + " for " + month + " failed", e);
                    failed.add(school.code());
                }
            }
            return new Run(date, month, prepared, alreadyStored, failed);
        } finally {
            lease.release(ClusterLease.MONTHLY_REPORTS);
            running.unlock();
        }
    }

    private void takeLease() {
        // Another node preparing the reports is waited for; its reports are then found stored.
        if (!lease.awaitTake(ClusterLease.MONTHLY_REPORTS, LEASE)) {
            throw new IllegalStateException("Monthly reports: another node has held the lease for " + LEASE);
        }
    }
}
