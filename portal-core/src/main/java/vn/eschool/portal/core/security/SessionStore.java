package vn.eschool.portal.core.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.config.PortalConfig;

/** Issues, resolves and revokes session tokens (browser cookies and API bearer tokens). */
@ApplicationScoped
public class SessionStore {

    public record IssuedToken(String token, OffsetDateTime expiresAt) {
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PortalConfig config;

    @Transactional
    public IssuedToken issue(Account account, Channel channel, String ip) {
        String token = SecureTokens.newToken();
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime expires = now.plus(config.tokenTtl());
        // A reference, not a merge: merging the caller's stale copy would undo what sign-in just recorded.
        em.persist(new AuthSession(SecureTokens.sha256Hex(token), em.getReference(Account.class, account.id()), channel,
                SecureTokens.newToken(), now, expires, ip));
        return new IssuedToken(token, expires);
    }

    public Optional<AuthenticatedUser> resolve(String token, Channel expectedChannel) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return em.createQuery("select s from AuthSession s join fetch s.account where s.tokenHash = :hash",
                        AuthSession.class)
                .setParameter("hash", SecureTokens.sha256Hex(token))
                .getResultStream()
                .filter(s -> s.channel() == expectedChannel)
                .filter(s -> now.isBefore(s.expiresAt()))
                .filter(s -> s.account().enabled())
                .findFirst()
                .map(SessionStore::toUser);
    }

    @Transactional
    public void revoke(String token) {
        em.createQuery("delete from AuthSession s where s.tokenHash = :hash")
                .setParameter("hash", SecureTokens.sha256Hex(token))
                .executeUpdate();
    }

    /** Signs the account out everywhere: its password or second factor changed, or it was disabled. */
    @Transactional
    public void revokeAll(long accountId) {
        em.createQuery("delete from AuthSession s where s.account.id = :account")
                .setParameter("account", accountId)
                .executeUpdate();
    }

    /** Signs the account out everywhere but in the session {@code keptSessionId}, the one that changed its password. */
    @Transactional
    public void revokeAllBut(long accountId, long keptSessionId) {
        em.createQuery("delete from AuthSession s where s.account.id = :account and s.id <> :kept")
                .setParameter("account", accountId)
                .setParameter("kept", keptSessionId)
                .executeUpdate();
    }

    @Transactional
    public int purgeExpired() {
        return em.createQuery("delete from AuthSession s where s.expiresAt < :now")
                .setParameter("now", OffsetDateTime.now(clock))
                .executeUpdate();
    }

    private static AuthenticatedUser toUser(AuthSession session) {
        Account account = session.account();
        return new AuthenticatedUser(session.id(), account.id(), account.username(), account.fullName(), account.role(),
                account.school() == null ? null : account.school().id(),
                account.school() == null ? null : account.school().code(),
                session.channel(), session.csrfToken(), account.mustChangePassword(),
                account.needsTwoFactor() && !account.twoFactorEnabled());
    }
}
