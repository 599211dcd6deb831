package vn.eschool.portal.audit.selfassessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import vn.eschool.portal.core.school.School;

@ApplicationScoped
public class JpaSelfAssessmentRepository implements SelfAssessmentRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public List<AssessmentEntry> entries(School school, String ruleSet, YearMonth month) {
        return em.createQuery("select e from AssessmentEntry e where e.school = :school and e.ruleSet = :rules"
                        + " and e.month = :month order by e.criterionId", AssessmentEntry.class)
                .setParameter("school", school).setParameter("rules", ruleSet).setParameter("month", month.toString())
                .getResultList();
    }

    @Override
    public Optional<AssessmentEntry> entry(School school, String ruleSet, YearMonth month, String criterionId) {
        return em.createQuery("select e from AssessmentEntry e where e.school = :school and e.ruleSet = :rules"
                        + " and e.month = :month and e.criterionId = :criterion", AssessmentEntry.class)
                .setParameter("school", school).setParameter("rules", ruleSet).setParameter("month", month.toString())
                .setParameter("criterion", criterionId).getResultStream().findFirst();
    }

    @Override
    public void add(AssessmentEntry entry) {
        em.persist(entry);
    }

    @Override
    public List<Evidence> evidence(School school, String ruleSet, YearMonth month) {
        return em.createQuery("select e from Evidence e where e.school = :school and e.ruleSet = :rules"
                        + " and e.month = :month order by e.criterionId, e.id", Evidence.class)
                .setParameter("school", school).setParameter("rules", ruleSet).setParameter("month", month.toString())
                .getResultList();
    }

    @Override
    public Optional<Evidence> evidence(School school, long id) {
        return Optional.ofNullable(em.find(Evidence.class, id)).filter(e -> e.school().id().equals(school.id()));
    }

    @Override
    public void add(Evidence evidence) {
        em.persist(evidence);
    }
}
