package vn.eschool.portal.core.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import vn.eschool.portal.core.config.PortalConfig;

/**
 * A named lease in the database ({@code cluster_lease}, one row per job, created by its migration) so that work
 * meant to happen once per cluster runs on one node at a time: one UPDATE takes it when it is free, expired, or
 * already this node's, which H2 and PostgreSQL both do atomically. A node that dies holding it loses it at
 * {@code held_until}. A single node simply always gets it.
 */
@ApplicationScoped
public class ClusterLease {

    /** The monthly audit reports (the audit's {@code MonthlyReportJob}). */
    public static final String MONTHLY_REPORTS = "monthly-reports";
    /** The demo school's generation at start (PORTAL_DEMO=true). */
    public static final String DEMO_SCHOOL = "demo-school";
    private static final long POLL_MILLIS = 500;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PortalConfig config;

    /** This bean's proxy: each attempt is a transaction of its own. */
    @Inject
    ClusterLease self;

    /** Takes the lease {@code name} for {@code ttl} unless another live node holds it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean tryTake(String name, Duration ttl) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return em.createNativeQuery("UPDATE cluster_lease SET holder = ?1, held_until = ?2 WHERE name = ?3"
                        + " AND (holder IS NULL OR holder = ?1 OR held_until < ?4)")
                .setParameter(1, config.nodeId()).setParameter(2, now.plus(ttl)).setParameter(3, name)
                .setParameter(4, now).executeUpdate() == 1;
    }

    /**
     * Takes the lease {@code name} for {@code ttl}, waiting while another node holds it, at most {@code ttl} (it
     * has expired by then); false when it could not be taken.
     */
    public boolean awaitTake(String name, Duration ttl) {
        long deadline = System.nanoTime() + ttl.toNanos();
        while (!self.tryTake(name, ttl)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** Gives the lease back if this node holds it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String name) {
        em.createNativeQuery("UPDATE cluster_lease SET holder = NULL, held_until = NULL WHERE name = ?1"
                + " AND holder = ?2").setParameter(1, name).setParameter(2, config.nodeId()).executeUpdate();
    }
}
