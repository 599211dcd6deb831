package vn.eschool.portal.core.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import vn.eschool.portal.core.rest.PortalException;

/** Password hashing with the container's PBKDF2 (HMAC-SHA256, 210,000 iterations, 32-byte salt). */
@ApplicationScoped
public class PasswordHasher {

    public static final int MIN_LENGTH = 8;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** Verified against when the account does not exist, so timing does not reveal usernames. */
    private String decoyHash;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoyHash = pbkdf2.generate(SecureTokens.newToken().toCharArray());
    }

    public String hash(String password) {
        requireAcceptable(password);
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return password != null && pbkdf2.verify(password.toCharArray(), storedHash);
    }

    public void burnDecoyVerification(String password) {
        pbkdf2.verify(password == null ? new char[0] : password.toCharArray(), decoyHash);
    }

    public static void requireAcceptable(String password) {
        if (password == null || password.length() < MIN_LENGTH || password.isBlank()) {
            throw PortalException.badRequest("weak-password",
                    "Mật khẩu phải có ít nhất " + MIN_LENGTH + " ký tự.",
                    "The password must have at least " + MIN_LENGTH + " characters.");
        }
    }
}
