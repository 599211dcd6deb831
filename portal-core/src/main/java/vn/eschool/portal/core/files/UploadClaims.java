package vn.eschool.portal.core.files;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.eschool.portal.core.bootstrap.PortalReady;
import vn.eschool.portal.core.config.PortalConfig;
import vn.eschool.portal.core.rest.RetryLaterException;

/**
 * Claims on files entering the shared store ({@code upload_claim}), so that a node killed during uploads leaves no
 * file without a row: an upload claims its file in a transaction of its own before the file appears in the store,
 * and its own transaction deletes the claim again. A claim that outlives its upload belongs to one that never
 * committed: this node's claims from before its start, the claims of a node silent for {@link #DEAD} (the nodes'
 * heartbeat in {@code cluster_node}), and any claim older than {@link #ABANDONED}. Such a claim is taken (deleted)
 * and its file removed unless a row or another claim holds it. Deleting a claim waits for the transaction that
 * deleted it first, so an upload either commits with its claim gone or finds it taken and fails: a node only
 * presumed dead never commits a row whose file was removed.
 */
@ApplicationScoped
public class UploadClaims {

    private static final Logger LOG = Logger.getLogger(UploadClaims.class.getName());
    /** Silence after which a node (its heartbeat in {@code cluster_node}) and its uploads are presumed dead. */
    public static final Duration DEAD = Duration.ofSeconds(30);
    private static final Duration BEAT = Duration.ofSeconds(5);
    /** Longer than any upload's transaction: the claim of a rolled-back one on a live node. */
    private static final Duration ABANDONED = Duration.ofHours(6);

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PortalConfig config;

    @Inject
    FileService files;

    /** This bean's proxy: each step of a sweep is a transaction of its own. */
    @Inject
    UploadClaims self;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Resource
    TransactionSynchronizationRegistry registry;

    private Future<?> sweeper;

    /** Claims {@code sha256} for an upload about to store it; the claim's id, for {@link #settle}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String claim(String sha256) {
        String id = UUID.randomUUID().toString();
        em.createNativeQuery("INSERT INTO upload_claim (id, sha256, node_id, claimed_at) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, id).setParameter(2, sha256).setParameter(3, config.nodeId())
                .setParameter(4, now()).executeUpdate();
        return id;
    }

    /**
     * In the upload's transaction, with its row: deletes the claim, or fails when a sweep has taken it. Should the
     * transaction roll back, the claim is back and its file goes at once, unless a row or another claim holds it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void settle(String claim, String sha256) {
        settleOnCommit(claim);
        // Not in the ended transaction's thread state: a transaction of its own, elsewhere.
        AfterRollback.run(registry, () -> scheduler.execute(() -> release(claim, sha256)));
    }

    /**
     * As {@link #settle}, for a caller that releases its claims itself should its transaction roll back (the
     * school import: its answer comes after the files are gone).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void settleOnCommit(String claim) {
        if (em.createNativeQuery("DELETE FROM upload_claim WHERE id = ?1").setParameter(1, claim)
                .executeUpdate() == 0) {
            throw new RetryLaterException("upload-abandoned", 5,
                    "Máy chủ đã coi lần tải lên này là bị bỏ dở; không có gì được lưu. Hãy thử lại.",
                    "The server took this upload for abandoned; nothing was kept. Try again.");
        }
    }

    /**
     * Takes the claim of an upload that did not commit, and removes its file unless a row or another claim holds
     * it (the same bytes uploaded meanwhile). Outside any transaction; failing, it leaves the claim to a sweep.
     */
    public void release(String claim, String sha256) {
        try {
            if (self.take(claim) && !self.held(sha256)) {
                files.blobs().discardUnless(sha256, () -> self.held(sha256));
            }
        } catch (IOException | RuntimeException e) {
            // A sweep finds the claim again.
            LOG.log(Level.WARNING, "Releasing the claim of a rolled-back upload failed", e);
        }
    }

    /** At start: this node's earlier uploads are over; then sweeps with the heartbeat. */
    void start(@Observes PortalReady ready) {
        sweep(true);
        sweeper = scheduler.scheduleWithFixedDelay(() -> sweep(false), BEAT.toMillis(), BEAT.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void sweep(boolean ownToo) {
        try {
            self.beat();
            for (Object[] claim : self.abandoned(ownToo)) {
                release((String) claim[0], (String) claim[1]);
            }
            for (String node : ownToo ? List.of(config.nodeId()) : self.deadNodes()) {
                files.blobs().deleteTemporaryFiles(node);
            }
        } catch (IOException | RuntimeException e) {
            // The next sweep tries again.
            LOG.log(Level.WARNING, "Sweeping abandoned upload claims failed", e);
        }
    }

    /** Keeps this node's heartbeat fresh (the index follower writes it too, but not while it rebuilds). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void beat() {
        em.createNativeQuery("UPDATE cluster_node SET seen_at = ?1 WHERE node_id = ?2").setParameter(1, now())
                .setParameter(2, config.nodeId()).executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public List<Object[]> abandoned(boolean ownToo) {
        return em.createNativeQuery("SELECT id, sha256 FROM upload_claim WHERE claimed_at < ?1 OR node_id = ?2"
                        + " OR node_id NOT IN (SELECT node_id FROM cluster_node WHERE seen_at >= ?3)")
                .setParameter(1, now().minus(ABANDONED)).setParameter(2, ownToo ? config.nodeId() : "")
                .setParameter(3, now().minus(DEAD)).getResultList();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public List<String> deadNodes() {
        return em.createNativeQuery("SELECT node_id FROM cluster_node WHERE seen_at < ?1")
                .setParameter(1, now().minus(DEAD)).getResultList();
    }

    /** Deletes an abandoned claim; false when its upload deleted it (committed, or still running). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean take(String claim) {
        return em.createNativeQuery("DELETE FROM upload_claim WHERE id = ?1").setParameter(1, claim)
                .executeUpdate() == 1;
    }

    /** Whether a row or another claim holds the file. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean held(String sha256) {
        Number rows = (Number) em.createNativeQuery("SELECT (SELECT COUNT(*) FROM attachment WHERE sha256 = ?1"
                        + " OR text_sha256 = ?2) + (SELECT COUNT(*) FROM upload_claim WHERE sha256 = ?3)")
                .setParameter(1, sha256).setParameter(2, sha256).setParameter(3, sha256).getSingleResult();
        return rows.longValue() > 0;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    @PreDestroy
    void stop() {
        if (sweeper != null) {
            sweeper.cancel(false);
        }
    }
}
