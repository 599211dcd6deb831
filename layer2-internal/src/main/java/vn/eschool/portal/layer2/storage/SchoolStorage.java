package vn.eschool.portal.layer2.storage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.eschool.portal.core.school.School;

/**
 * The school's storage quota ({@code PORTAL_SCHOOL_QUOTA_BYTES}, 20 GiB by default) for uploads into Layer 2:
 * refused before anything is stored when the request's declared length already exceeds what is left, and
 * checked again within the upload's transaction once stored (with {@code 0} more bytes), so that a refusal
 * rolls the rows back; the blobs left behind are swept as orphans.
 */
@ApplicationScoped
public class SchoolStorage {

    @Inject
    @ConfigProperty(name = "portal.school.quota.bytes", defaultValue = "21474836480")
    long quotaBytes;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public StorageQuota quota(School school) {
        Long used = em.createQuery("select sum(a.sizeBytes) from Attachment a where a.school = :school", Long.class)
                .setParameter("school", school).getSingleResult();
        return new StorageQuota(quotaBytes, used == null ? 0 : used);
    }

    /** @param declaredBytes the request's Content-Length, {@code -1} when unknown; {@code 0} once stored */
    public void refuseIfFull(School school, long declaredBytes) {
        quota(school).refuseUnlessFits(declaredBytes);
    }
}
