package vn.eschool.portal.layer1.disclosure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.teaching.SchoolYear;

@ApplicationScoped
public class JpaDisclosureRepository implements DisclosureRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public List<DisclosureVersion> ofYear(School school, SchoolYear year) {
        return em.createQuery("select v from DisclosureVersion v where v.school = :school and v.schoolYear = :year"
                        + " order by v.itemKey, v.number", DisclosureVersion.class)
                .setParameter("school", school).setParameter("year", year.firstYear()).getResultList();
    }

    @Override
    public List<DisclosureVersion> history(School school, SchoolYear year, String itemKey) {
        return em.createQuery("select v from DisclosureVersion v where v.school = :school and v.schoolYear = :year"
                        + " and v.itemKey = :key order by v.number", DisclosureVersion.class)
                .setParameter("school", school).setParameter("year", year.firstYear())
                .setParameter("key", itemKey).getResultList();
    }

    @Override
    public Optional<DisclosureVersion> find(School school, long versionId) {
        return Optional.ofNullable(em.find(DisclosureVersion.class, versionId))
                .filter(v -> v.school().id().equals(school.id()));
    }

    @Override
    public List<SchoolYear> years(School school) {
        return em.createQuery("select distinct v.schoolYear from DisclosureVersion v where v.school = :school"
                        + " order by v.schoolYear desc", Integer.class)
                .setParameter("school", school).getResultList().stream().map(SchoolYear::new).toList();
    }

    @Override
    public Optional<OffsetDateTime> lastPublished(School school) {
        return Optional.ofNullable(em.createQuery("select max(v.publishedAt) from DisclosureVersion v"
                        + " where v.school = :school", OffsetDateTime.class)
                .setParameter("school", school).getSingleResult());
    }

    @Override
    public DisclosureVersion add(DisclosureVersion version) {
        em.persist(version);
        return version;
    }
}
