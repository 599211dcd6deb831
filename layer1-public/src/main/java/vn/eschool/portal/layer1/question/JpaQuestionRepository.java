package vn.eschool.portal.layer1.question;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import vn.eschool.portal.core.school.School;

@ApplicationScoped
public class JpaQuestionRepository implements QuestionRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public Question add(Question question) {
        em.persist(question);
        return question;
    }

    @Override
    public Optional<Question> find(School school, long id) {
        return Optional.ofNullable(em.find(Question.class, id)).filter(q -> q.school().id().equals(school.id()));
    }

    @Override
    public List<Question> list(School school, boolean unansweredOnly, int offset, int limit) {
        return em.createQuery("select q from Question q where q.school = :school"
                        + (unansweredOnly ? " and q.answer is null" : "") + " order by q.askedAt desc, q.id desc",
                        Question.class)
                .setParameter("school", school).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public List<Question> faq(School school, int limit) {
        return em.createQuery("select q from Question q where q.school = :school and q.inFaq = true"
                        + " and q.answer is not null order by q.answeredAt desc", Question.class)
                .setParameter("school", school).setMaxResults(limit).getResultList();
    }

    @Override
    public long countFromAddressSince(String clientIp, OffsetDateTime since) {
        return em.createQuery("select count(q) from Question q where q.clientIp = :ip and q.askedAt > :since",
                Long.class).setParameter("ip", clientIp).setParameter("since", since).getSingleResult();
    }
}
