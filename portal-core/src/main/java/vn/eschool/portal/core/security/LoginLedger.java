package vn.eschool.portal.core.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.account.LoginFailures;

/**
 * Decides and records sign-in attempts, each in a transaction of its own: a failed login must be kept even though
 * the request that made it fails. The decision runs under the account's row lock ({@code SELECT … FOR UPDATE}),
 * so parallel attempts, on this node or another, count failures and consume one-time codes one at a time.
 */
@ApplicationScoped
public class LoginLedger {

    /** A sign-in attempt on an existing account, its password already checked against {@code verifiedHash}. */
    public record Attempt(long accountId, String verifiedHash, boolean passwordMatched, String code,
                          OffsetDateTime at, String source, Channel channel) {
    }

    public enum Verdict {
        SIGNED_IN,
        /** Wrong password, or locked for this source, or disabled: all answered alike. */
        REFUSED,
        SECOND_FACTOR_REQUIRED,
        SECOND_FACTOR_WRONG
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    SecondFactor secondFactor;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordAnonymous(Long schoolId, String username, OffsetDateTime at, String ip, Channel channel,
                                LoginEvent.Outcome outcome) {
        em.persist(new LoginEvent(schoolId, null, truncate(username), at, ip, channel, outcome));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Verdict decide(Attempt attempt) {
        Account account = em.find(Account.class, attempt.accountId(), LockModeType.PESSIMISTIC_WRITE);
        Optional<LoginThrottle> throttle = throttleOf(account.id(), attempt.source());
        if (throttle.map(t -> t.failures().lockedAt(attempt.at())).orElse(false)) {
            record(account, attempt, LoginEvent.Outcome.LOCKED);
            return Verdict.REFUSED;
        }
        if (!account.enabled()) {
            record(account, attempt, LoginEvent.Outcome.DISABLED);
            return Verdict.REFUSED;
        }
        // A password changed since it was read no longer counts.
        if (!attempt.passwordMatched() || !account.passwordHash().equals(attempt.verifiedHash())) {
            countFailure(account, attempt, throttle, LoginEvent.Outcome.BAD_PASSWORD);
            return Verdict.REFUSED;
        }
        if (account.twoFactorEnabled() && (attempt.code() == null || attempt.code().isBlank())) {
            return Verdict.SECOND_FACTOR_REQUIRED;
        }
        Optional<SecondFactor.Accepted> accepted = secondFactor.check(account, attempt.code());
        if (accepted.isEmpty()) {
            LoginFailures failures = countFailure(account, attempt, throttle, LoginEvent.Outcome.BAD_SECOND_FACTOR);
            return failures.lockedAt(attempt.at()) ? Verdict.REFUSED : Verdict.SECOND_FACTOR_WRONG;
        }
        accepted.get().applyTo(account);
        account.signedIn(attempt.at());
        throttle.ifPresent(em::remove);
        record(account, attempt, LoginEvent.Outcome.SUCCESS);
        return Verdict.SIGNED_IN;
    }

    /** Stores a hash made with today's parameters, unless the password changed meanwhile. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void upgradePasswordHash(long accountId, String verifiedHash, String newHash) {
        em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE).rehashPassword(verifiedHash, newHash);
    }

    /** Lifts every source's lock on the account (an administrator enabling it again). */
    @Transactional
    public void clearFailures(long accountId) {
        em.createQuery("delete from LoginThrottle t where t.accountId = :account")
                .setParameter("account", accountId)
                .executeUpdate();
    }

    /** Forgets the counters whose window and lock are both over (at start-up), so strangers' addresses do not pile up. */
    @Transactional
    public int purgeSpentFailures(OffsetDateTime now) {
        return em.createQuery("delete from LoginThrottle t where (t.lockedUntil is null or t.lockedUntil < :now)"
                        + " and (t.windowStart is null or t.windowStart < :windowOpenedAfter)")
                .setParameter("now", now)
                .setParameter("windowOpenedAfter", now.minus(LoginFailures.WINDOW))
                .executeUpdate();
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

    private LoginFailures countFailure(Account account, Attempt attempt, Optional<LoginThrottle> existing,
                                       LoginEvent.Outcome outcome) {
        LoginThrottle throttle = existing.orElseGet(() -> {
            LoginThrottle created = new LoginThrottle(account.id(), attempt.source());
            em.persist(created);
            return created;
        });
        LoginFailures failures = throttle.failures().afterFailureAt(attempt.at());
        throttle.record(failures);
        record(account, attempt, outcome);
        return failures;
    }

    private Optional<LoginThrottle> throttleOf(long accountId, String source) {
        return em.createQuery("select t from LoginThrottle t where t.accountId = :account and t.source = :source",
                        LoginThrottle.class)
                .setParameter("account", accountId)
                .setParameter("source", source)
                .getResultStream()
                .findFirst();
    }

    private void record(Account account, Attempt attempt, LoginEvent.Outcome outcome) {
        em.persist(new LoginEvent(account.school() == null ? null : account.school().id(), account.id(),
                account.username(), attempt.at(), attempt.source(), attempt.channel(), outcome));
    }

    private static String truncate(String username) {
        String value = username == null ? "" : username;
        return value.length() > 100 ? value.substring(0, 100) : value;
    }
}
