package vn.eschool.portal.core.teaching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.eschool.portal.core.school.School;

@ApplicationScoped
public class JpaTeachingPlanRepository implements TeachingPlanRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public List<TeachingClass> classes(School school, SchoolYear year) {
        return em.createQuery("select c from TeachingClass c where c.school = :school and c.schoolYear = :year"
                        + " order by c.grade, c.name", TeachingClass.class)
                .setParameter("school", school).setParameter("year", year.toString()).getResultList();
    }

    @Override
    public List<TeachingAssignment> assignments(School school, SchoolYear year) {
        return em.createQuery("select a from TeachingAssignment a where a.school = :school and a.schoolYear = :year"
                        + " order by a.className, a.subject, a.teacher.username", TeachingAssignment.class)
                .setParameter("school", school).setParameter("year", year.toString()).getResultList();
    }

    @Override
    public void replaceClasses(School school, SchoolYear year, List<TeachingClass> classes) {
        em.createQuery("delete from TeachingClass c where c.school = :school and c.schoolYear = :year")
                .setParameter("school", school).setParameter("year", year.toString()).executeUpdate();
        classes.forEach(em::persist);
    }

    @Override
    public void replaceAssignments(School school, SchoolYear year, List<TeachingAssignment> assignments) {
        em.createQuery("delete from TeachingAssignment a where a.school = :school and a.schoolYear = :year")
                .setParameter("school", school).setParameter("year", year.toString()).executeUpdate();
        assignments.forEach(em::persist);
    }
}
