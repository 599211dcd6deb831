package vn.eschool.portal.core.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.OptionalLong;
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.security.totp.BackupCodes;
import vn.eschool.portal.core.security.totp.SecretCipher;
import vn.eschool.portal.core.security.totp.TwoFactor;

/** Checks the second factor of a sign-in: an authenticator code, or else one of the backup codes. */
@ApplicationScoped
public class SecondFactor {

    /** What a successful check used up, to be saved with the sign-in. */
    public interface Accepted {
        Accepted NOTHING = account -> { };

        void applyTo(Account account);
    }

    @Inject
    TwoFactor twoFactor;

    @Inject
    SecretCipher cipher;

    public Optional<Accepted> check(Account account, String code) {
        if (!account.twoFactorEnabled()) {
            return Optional.of(Accepted.NOTHING);
        }
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        OptionalLong step = twoFactor.verify(cipher.open(account.totpSecret()), code.trim(), account.totpLastStep());
        if (step.isPresent()) {
            long accepted = step.getAsLong();
            return Optional.of(a -> a.acceptedTotpStep(accepted));
        }
        return new BackupCodes(account.backupCodeHashes()).consume(code)
                .map(remaining -> a -> a.replaceBackupCodes(remaining.hashes()));
    }
}
