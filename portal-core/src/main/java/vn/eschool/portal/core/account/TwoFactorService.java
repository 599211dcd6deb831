package vn.eschool.portal.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.OptionalLong;
import vn.eschool.portal.core.logbook.ActivityLog;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.security.SessionStore;
import vn.eschool.portal.core.security.totp.IssuedBackupCodes;
import vn.eschool.portal.core.security.totp.SecretCipher;
import vn.eschool.portal.core.security.totp.TwoFactor;

/** Enrolment in two-factor sign-in: a secret shown once, confirmed by a first code, then backup codes. */
@ApplicationScoped
public class TwoFactorService {

    public record Enrolment(String secret, String otpauthUri) {
    }

    @Inject
    AccountRepository accounts;

    @Inject
    TwoFactor twoFactor;

    @Inject
    SecretCipher cipher;

    @Inject
    ActivityLog log;

    @Inject
    SessionStore sessions;

    @Transactional
    public Enrolment start(long accountId) {
        Account account = find(accountId);
        if (account.twoFactorEnabled()) {
            throw PortalException.conflict("two-factor-enabled", "Xác thực hai lớp đã được bật.",
                    "Two-factor sign-in is already enabled.");
        }
        String secret = twoFactor.newSecret();
        account.startTwoFactorEnrolment(cipher.seal(secret));
        return new Enrolment(secret, twoFactor.enrolmentUri(secret,
                account.school() == null ? "phong-gd" : account.school().code(), account.username()));
    }

    /** @return the backup codes, shown this once */
    @Transactional
    public List<String> confirm(long accountId, String code) {
        Account account = find(accountId);
        if (account.twoFactorEnabled() || account.totpSecret() == null) {
            throw PortalException.conflict("no-enrolment", "Chưa bắt đầu đăng ký xác thực hai lớp.",
                    "No two-factor enrolment in progress.");
        }
        OptionalLong step = twoFactor.verify(cipher.open(account.totpSecret()), code == null ? "" : code.trim(),
                TwoFactor.NO_STEP_ACCEPTED);
        if (step.isEmpty()) {
            throw PortalException.badRequest("second-factor-wrong", "Mã xác thực không đúng. Hãy thử mã mới.",
                    "The code is wrong. Try a new one.");
        }
        IssuedBackupCodes backup = twoFactor.newBackupCodes();
        account.enableTwoFactor(step.getAsLong(), backup.stored().hashes());
        log.record(account.school(), "two-factor.enabled", account.username(), null);
        return backup.codes();
    }

    /**
     * For a person who lost their phone: they enrol again at the next sign-in. Every session ends, as whoever holds
     * the phone may have signed in with it.
     */
    @Transactional
    public void reset(long accountId) {
        Account account = find(accountId);
        account.resetTwoFactor();
        sessions.revokeAll(accountId);
        log.record(account.school(), "two-factor.reset", account.username(), null);
    }

    /**
     * Encrypts the secrets stored in plaintext before encryption at rest (run once at start-up; later starts
     * find none).
     *
     * @return how many were encrypted
     */
    @Transactional
    public int sealPlaintextSecrets() {
        int sealed = 0;
        for (Account account : accounts.findWithTotpSecret()) {
            if (!SecretCipher.isSealed(account.totpSecret())) {
                account.resealTotpSecret(cipher.seal(account.totpSecret()));
                sealed++;
            }
        }
        return sealed;
    }

    private Account find(long accountId) {
        return accounts.findById(accountId).orElseThrow(() -> PortalException.unauthorized(
                "Tài khoản không còn tồn tại.", "The account no longer exists."));
    }
}
