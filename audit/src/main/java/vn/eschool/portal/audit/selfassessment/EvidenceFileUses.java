package vn.eschool.portal.audit.selfassessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import vn.eschool.portal.core.files.Attachment;
import vn.eschool.portal.core.files.FileReaders;
import vn.eschool.portal.core.plugin.FileUses;

/** Evidence files (minh chứng) are the board's: read by the school's overseers only, as the self-assessment is. */
@ApplicationScoped
public class EvidenceFileUses implements FileUses {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public List<FileReaders> readersOf(Attachment file, OffsetDateTime now) {
        long evidence = em.createQuery("select count(e) from Evidence e where e.attachment = :file", Long.class)
                .setParameter("file", file).getSingleResult();
        return evidence > 0 ? List.of(FileReaders.overseers()) : List.of();
    }
}
