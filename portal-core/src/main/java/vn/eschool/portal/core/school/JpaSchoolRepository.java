package vn.eschool.portal.core.school;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaSchoolRepository implements SchoolRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public Optional<School> findByCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return em.createQuery("select s from School s where s.code = :code", School.class)
                .setParameter("code", School.normaliseCode(code))
                .getResultStream().findFirst();
    }

    @Override
    public List<School> findAll() {
        return em.createQuery("select s from School s order by s.name", School.class).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(s) from School s", Long.class).getSingleResult();
    }

    @Override
    public School add(School school) {
        em.persist(school);
        return school;
    }
}
