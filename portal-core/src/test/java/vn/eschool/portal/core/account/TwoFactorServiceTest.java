package vn.eschool.portal.core.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.eschool.portal.core.security.totp.SecretCipher;

class TwoFactorServiceTest {

    private static final String PLAIN = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    private static Account account(String username) {
        return new Account(null, username, "Thử", Role.DISTRICT_ADMIN, "hash", OffsetDateTime.now());
    }

    @Test
    void secretsStoredBeforeEncryptionAreSealedOnceAndSealedOnesLeftAlone() {
        SecretCipher cipher = new SecretCipher(new byte[32]);
        Account legacy = account("cu");
        legacy.startTwoFactorEnrolment(PLAIN);
        Account current = account("moi");
        String sealed = cipher.seal(PLAIN);
        current.startTwoFactorEnrolment(sealed);

        TwoFactorService service = new TwoFactorService();
        service.cipher = cipher;
        service.accounts = (AccountRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {AccountRepository.class}, (proxy, method, args) -> {
                    if (method.getName().equals("findWithTotpSecret")) {
                        return List.of(legacy, current);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });

        assertEquals(1, service.sealPlaintextSecrets());
        assertTrue(SecretCipher.isSealed(legacy.totpSecret()));
        assertEquals(PLAIN, cipher.open(legacy.totpSecret()));
        assertEquals(sealed, current.totpSecret());
        assertEquals(0, service.sealPlaintextSecrets(), "the next start finds nothing to do");
    }
}
