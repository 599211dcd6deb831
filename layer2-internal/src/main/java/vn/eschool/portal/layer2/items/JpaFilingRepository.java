package vn.eschool.portal.layer2.items;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.eschool.portal.core.content.ContentStatus;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.layer2.folder.Folder;

@ApplicationScoped
public class JpaFilingRepository implements FilingRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public Filing add(Filing filing) {
        em.persist(filing);
        return filing;
    }

    @Override
    public Optional<Filing> find(School school, long contentId) {
        return Optional.ofNullable(em.find(Filing.class, contentId))
                .filter(f -> f.item().school().id().equals(school.id()));
    }

    @Override
    public List<Filing> inFolder(Folder folder) {
        return em.createQuery("select f from Filing f where f.folder = :folder and f.item.status <> :deleted"
                        + " order by f.item.publishedAt desc, f.contentId desc", Filing.class)
                .setParameter("folder", folder).setParameter("deleted", ContentStatus.DELETED).getResultList();
    }

    @Override
    public List<Filing> latest(School school, String type, int limit) {
        return em.createQuery("select f from Filing f where f.item.school = :school and f.item.type = :type"
                        + " and f.item.status <> :deleted order by f.item.publishedAt desc, f.contentId desc",
                        Filing.class)
                .setParameter("school", school).setParameter("type", type)
                .setParameter("deleted", ContentStatus.DELETED).setMaxResults(limit).getResultList();
    }

    @Override
    public Map<Long, Integer> filedPerFolder(School school, OffsetDateTime from, OffsetDateTime to) {
        Map<Long, Integer> counts = new HashMap<>();
        em.createQuery("select f.folder.id, count(f) from Filing f where f.item.school = :school"
                        + " and f.item.status <> :deleted and f.item.publishedAt >= :from and f.item.publishedAt < :to"
                        + " group by f.folder.id", Object[].class)
                .setParameter("school", school).setParameter("deleted", ContentStatus.DELETED)
                .setParameter("from", from).setParameter("to", to)
                .getResultList().forEach(row -> counts.put((Long) row[0], ((Number) row[1]).intValue()));
        return counts;
    }
}
