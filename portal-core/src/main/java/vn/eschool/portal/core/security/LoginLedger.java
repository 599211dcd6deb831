package vn.eschool.portal.core.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.account.LoginFailures;

/**
 * Records sign-in attempts in transactions of their own: a failed login must be kept even though the
 * request that made it fails.
 */
@ApplicationScoped
public class LoginLedger {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordAnonymous(Long schoolId, String username, OffsetDateTime at, String ip, Channel channel,
                                LoginEvent.Outcome outcome) {
        em.persist(new LoginEvent(schoolId, null, truncate(username), at, ip, channel, outcome));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public LoginFailures recordFailure(Account account, OffsetDateTime at, String ip, Channel channel,
                                       LoginEvent.Outcome outcome) {
        Account managed = em.find(Account.class, account.id());
        LoginFailures failures = managed.failures();
        if (outcome == LoginEvent.Outcome.BAD_PASSWORD || outcome == LoginEvent.Outcome.BAD_SECOND_FACTOR) {
            failures = failures.afterFailureAt(at);
            managed.recordFailures(failures);
        }
        em.persist(new LoginEvent(schoolIdOf(managed), managed.id(), managed.username(), at, ip, channel, outcome));
        return failures;
    }

    /** A successful sign-in; {@code secondFactor} applies what the accepted code or backup code consumed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordSuccess(Account account, OffsetDateTime at, String ip, Channel channel,
                              SecondFactor.Accepted secondFactor) {
        Account managed = em.find(Account.class, account.id());
        managed.signedIn(at);
        secondFactor.applyTo(managed);
        em.persist(new LoginEvent(schoolIdOf(managed), managed.id(), managed.username(), at, ip, channel,
                LoginEvent.Outcome.SUCCESS));
    }

    public List<LoginEvent> eventsOf(long schoolId, OffsetDateTime from, OffsetDateTime to, int limit) {
        return em.createQuery("select e from LoginEvent e where e.schoolId = :school and e.occurredAt >= :from"
                        + " and e.occurredAt < :to order by e.occurredAt desc", LoginEvent.class)
                .setParameter("school", schoolId)
                .setParameter("from", from)
                .setParameter("to", to)
                .setMaxResults(limit)
                .getResultList();
    }

    private static Long schoolIdOf(Account account) {
        return account.school() == null ? null : account.school().id();
    }

    private static String truncate(String username) {
        String value = username == null ? "" : username;
        return value.length() > 100 ? value.substring(0, 100) : value;
    }
}
