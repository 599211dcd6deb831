package vn.eschool.portal.layer2.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.eschool.portal.core.config.ClockProducer;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.security.LoginEvent;

@ApplicationScoped
public class JpaActivityRepository implements ActivityRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** In a transaction of its own: the visit counts even when the page then fails, and costs one update. */
    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void countVisit(School school, long accountId, OffsetDateTime at) {
        LocalDate day = at.atZoneSameInstant(ClockProducer.SCHOOL_ZONE).toLocalDate();
        int updated = em.createQuery("update Layer2Visit v set v.count = v.count + 1"
                        + " where v.day.accountId = :account and v.day.visitDate = :date")
                .setParameter("account", accountId).setParameter("date", day).executeUpdate();
        if (updated == 0) {
            em.persist(new Layer2Visit(new VisitDay(accountId, day), school.id(), at));
        }
    }

    @Override
    public Map<Long, Long> logins(School school, OffsetDateTime from, OffsetDateTime to) {
        return perAccount(em.createQuery("select e.accountId, count(e) from LoginEvent e where e.schoolId = :school"
                        + " and e.outcome = :success and e.occurredAt >= :from and e.occurredAt < :to"
                        + " and e.accountId is not null group by e.accountId", Object[].class)
                .setParameter("school", school.id()).setParameter("success", LoginEvent.Outcome.SUCCESS)
                .setParameter("from", from).setParameter("to", to).getResultList());
    }

    @Override
    public Map<Long, Long> visits(School school, OffsetDateTime from, OffsetDateTime to) {
        return perAccount(em.createQuery("select v.day.accountId, sum(v.count) from Layer2Visit v"
                        + " where v.schoolId = :school and v.day.visitDate >= :from and v.day.visitDate < :to"
                        + " group by v.day.accountId", Object[].class)
                .setParameter("school", school.id())
                .setParameter("from", from.atZoneSameInstant(ClockProducer.SCHOOL_ZONE).toLocalDate())
                .setParameter("to", to.atZoneSameInstant(ClockProducer.SCHOOL_ZONE).toLocalDate())
                .getResultList());
    }

    private static Map<Long, Long> perAccount(List<Object[]> rows) {
        return rows.stream().collect(Collectors.toMap(r -> ((Number) r[0]).longValue(),
                r -> ((Number) r[1]).longValue()));
    }
}
