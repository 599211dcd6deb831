package vn.eschool.portal.core.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.account.AccountRepository;
import vn.eschool.portal.core.account.LoginFailures;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.school.SchoolRepository;

/** Checks credentials, applies the lockout policy and records every attempt. */
@ApplicationScoped
public class LoginService {

    @Inject
    SchoolRepository schools;

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    LoginLedger ledger;

    @Inject
    SessionStore sessions;

    @Inject
    Clock clock;

    /**
     * Signs in and issues a session token; throws a 401 {@link PortalException} otherwise. An unknown account, a
     * disabled one, one locked for this source and a wrong password get the same answer after the same work (a
     * password hash is always verified), so the answer tells neither which usernames exist nor their state.
     * {@code code} is the authenticator or backup code of accounts with two-factor sign-in.
     */
    public SessionStore.IssuedToken signIn(String schoolCode, String username, String password, String code,
                                           String ip, Channel channel) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean district = schoolCode == null || schoolCode.isBlank();
        Optional<School> school = district ? Optional.empty() : schools.findByCode(schoolCode);
        Optional<Account> found = district || school.isPresent()
                ? accounts.findByLogin(school.orElse(null), username)
                : Optional.empty();
        if (found.isEmpty()) {
            hasher.burnDecoyVerification(password);
            ledger.recordAnonymous(school.map(School::id).orElse(null), username, now, ip, channel,
                    LoginEvent.Outcome.UNKNOWN_ACCOUNT);
            throw invalidCredentials();
        }
        Account account = found.get();
        String storedHash = account.passwordHash();
        boolean matched = hasher.matches(password, storedHash);
        LoginLedger.Verdict verdict = ledger.decide(new LoginLedger.Attempt(account.id(), storedHash, matched, code,
                now, ip, channel));
        switch (verdict) {
            case REFUSED -> throw invalidCredentials();
            case SECOND_FACTOR_REQUIRED -> throw new PortalException(401, "second-factor-required",
                    "Hãy nhập mã xác thực từ ứng dụng (hoặc một mã dự phòng).",
                    "Enter the code from your authenticator app (or a backup code).");
            case SECOND_FACTOR_WRONG -> throw new PortalException(401, "second-factor-wrong",
                    "Mã xác thực không đúng hoặc đã được dùng.", "The code is wrong or was already used.");
            case SIGNED_IN -> {
                // Only now: rehashing before the verdict would make a right password slower to refuse than a wrong one.
                if (hasher.isOutdated(storedHash)) {
                    ledger.upgradePasswordHash(account.id(), storedHash, hasher.rehash(password));
                }
            }
        }
        return sessions.issue(account, channel, ip);
    }

    private static PortalException invalidCredentials() {
        return new PortalException(401, "invalid-credentials",
                "Sai trường, tên đăng nhập hoặc mật khẩu, hoặc tài khoản đang tạm khoá (" + LoginFailures.MAX_FAILURES
                        + " lần sai trong " + LoginFailures.WINDOW.toMinutes() + " phút khoá đăng nhập từ máy này "
                        + LoginFailures.LOCK.toMinutes() + " phút). Nếu quên mật khẩu, hãy liên hệ quản trị.",
                "Wrong school, username or password, or the account is temporarily locked ("
                        + LoginFailures.MAX_FAILURES + " failures within " + LoginFailures.WINDOW.toMinutes()
                        + " minutes lock sign-in from this device for " + LoginFailures.LOCK.toMinutes()
                        + " minutes). If you forgot your password, contact the administrator.");
    }
}
