package vn.eschool.portal.layer1.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import vn.eschool.portal.core.school.School;

@ApplicationScoped
public class JpaPlanTopicRepository implements PlanTopicRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public List<PlanTopic> findByMonth(School school, YearMonth month) {
        return em.createQuery("select t from PlanTopic t where t.school = :school and t.month = :month"
                        + " order by t.deadline, t.id", PlanTopic.class)
                .setParameter("school", school).setParameter("month", month.toString()).getResultList();
    }

    @Override
    public Optional<PlanTopic> find(School school, long id) {
        return Optional.ofNullable(em.find(PlanTopic.class, id)).filter(t -> t.school().id().equals(school.id()));
    }

    @Override
    public PlanTopic add(PlanTopic topic) {
        em.persist(topic);
        return topic;
    }
}
