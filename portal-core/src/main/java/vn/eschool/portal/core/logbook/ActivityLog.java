package vn.eschool.portal.core.logbook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.security.AuthenticatedUser;
import vn.eschool.portal.core.security.CurrentUser;

/**
 * The portal's activity logbook (sổ nhật ký hoạt động của cổng): every administrative and editorial action,
 * written in the same transaction as the action itself, chained by hash per school.
 */
@ApplicationScoped
public class ActivityLog {

    private static final int MAX_DETAILS = 2000;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    /** Records an action of the current user on a school ({@code null}: the district). */
    @Transactional
    public LogbookEntry record(School school, String action, String target, String details) {
        String scope = Account.scopeOf(school);
        // The head row serialises appends to one chain, across threads and across portal instances.
        LogbookHead head = em.find(LogbookHead.class, scope, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            head = new LogbookHead(scope);
            em.persist(head);
        }
        Optional<AuthenticatedUser> user = actor();
        LogbookEntry entry = LogbookChain.after(head.sequence(), head.hash(), new LogbookFields(scope,
                clock.instant(), user.map(AuthenticatedUser::principalName).orElse("system"), action, target,
                truncate(details), user.isPresent() ? currentUser.clientIp() : null));
        em.persist(new LogbookRecord(entry));
        head.advanceTo(entry);
        return entry;
    }

    public List<LogbookEntry> entries(String scope, OffsetDateTime from, OffsetDateTime to) {
        return em.createQuery("select r from LogbookRecord r where r.scope = :scope and r.occurredAt >= :from"
                        + " and r.occurredAt < :to order by r.sequence", LogbookRecord.class)
                .setParameter("scope", scope).setParameter("from", from).setParameter("to", to)
                .getResultStream().map(LogbookRecord::toEntry).toList();
    }

    /** Walks the whole chain of a scope in order. */
    public LogbookVerification verify(String scope) {
        Iterable<LogbookEntry> chain = () -> em.createQuery(
                        "select r from LogbookRecord r where r.scope = :scope order by r.sequence", LogbookRecord.class)
                .setParameter("scope", scope).getResultStream().map(LogbookRecord::toEntry).iterator();
        return LogbookVerifier.verify(chain);
    }

    private Optional<AuthenticatedUser> actor() {
        try {
            return currentUser.get();
        } catch (ContextNotActiveException startUpOrTimer) {
            return Optional.empty();
        }
    }

    private static String truncate(String details) {
        return details == null || details.length() <= MAX_DETAILS ? details : details.substring(0, MAX_DETAILS);
    }
}
