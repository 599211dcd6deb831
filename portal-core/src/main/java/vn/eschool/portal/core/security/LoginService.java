package vn.eschool.portal.core.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.account.AccountRepository;
import vn.eschool.portal.core.account.LoginFailures;
import vn.eschool.portal.core.config.ClockProducer;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.school.SchoolRepository;

/** Checks credentials, applies the lockout policy and records every attempt. */
@ApplicationScoped
public class LoginService {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

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
    SecondFactor secondFactor;

    @Inject
    Clock clock;

    /**
     * Signs in and issues a session token; throws a 401, 403 or 423 {@link PortalException} otherwise.
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
            throw badCredentials();
        }
        Account account = found.get();
        if (account.failures().lockedAt(now)) {
            ledger.recordFailure(account, now, ip, channel, LoginEvent.Outcome.LOCKED);
            throw locked(account.failures());
        }
        if (!account.enabled()) {
            ledger.recordFailure(account, now, ip, channel, LoginEvent.Outcome.DISABLED);
            throw new PortalException(403, "account-disabled", "Tài khoản đã bị vô hiệu hóa. Hãy liên hệ quản trị.",
                    "This account is disabled. Contact the administrator.");
        }
        if (!hasher.matches(password, account.passwordHash())) {
            LoginFailures failures = ledger.recordFailure(account, now, ip, channel,
                    LoginEvent.Outcome.BAD_PASSWORD);
            throw failures.lockedAt(now) ? locked(failures) : badCredentials();
        }
        if (account.twoFactorEnabled() && (code == null || code.isBlank())) {
            throw new PortalException(401, "second-factor-required",
                    "Hãy nhập mã xác thực từ ứng dụng (hoặc một mã dự phòng).",
                    "Enter the code from your authenticator app (or a backup code).");
        }
        SecondFactor.Accepted accepted = secondFactor.check(account, code).orElse(null);
        if (accepted == null) {
            LoginFailures failures = ledger.recordFailure(account, now, ip, channel,
                    LoginEvent.Outcome.BAD_SECOND_FACTOR);
            throw failures.lockedAt(now) ? locked(failures) : new PortalException(401, "second-factor-wrong",
                    "Mã xác thực không đúng hoặc đã được dùng.", "The code is wrong or was already used.");
        }
        ledger.recordSuccess(account, now, ip, channel, accepted);
        return sessions.issue(account, channel, ip);
    }

    private static PortalException badCredentials() {
        return PortalException.unauthorized("Sai trường, tên đăng nhập hoặc mật khẩu.",
                "Wrong school, username or password.");
    }

    private static PortalException locked(LoginFailures failures) {
        String until = failures.lockedUntil().atZoneSameInstant(ClockProducer.SCHOOL_ZONE).format(TIME);
        return new PortalException(423, "account-locked",
                "Tài khoản tạm khóa đến " + until + " vì đăng nhập sai " + LoginFailures.MAX_FAILURES
                        + " lần trong " + LoginFailures.WINDOW.toMinutes() + " phút.",
                "Account locked until " + until + " after " + LoginFailures.MAX_FAILURES
                        + " failed logins in " + LoginFailures.WINDOW.toMinutes() + " minutes.");
    }
}
