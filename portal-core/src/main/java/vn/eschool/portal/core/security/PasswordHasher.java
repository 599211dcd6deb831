package vn.eschool.portal.core.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.eschool.portal.core.rest.PortalException;

/**
 * Password hashing with the container's PBKDF2 (HMAC-SHA256, {@value #ITERATIONS} iterations as OWASP asks,
 * 32-byte salt). Hashes keep their own parameters ({@code algorithm:iterations:salt:hash}), so older ones still
 * verify and are replaced at the next successful sign-in ({@link #isOutdated}). The integration tests sign in
 * hundreds of times in a JVM without its optimising compiler and lower the count ({@code PORTAL_PASSWORD_ITERATIONS}),
 * never below the {@value #MIN_ITERATIONS} of older hashes.
 */
@ApplicationScoped
public class PasswordHasher {

    public static final int MIN_LENGTH = 8;
    public static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    public static final int ITERATIONS = 600_000;
    public static final int MIN_ITERATIONS = 210_000;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @Inject
    @ConfigProperty(name = "portal.password.iterations", defaultValue = "" + ITERATIONS)
    int iterations;

    /** Verified against when the account does not exist, so timing does not reveal usernames. */
    private String decoyHash;

    @PostConstruct
    void configure() {
        if (iterations < MIN_ITERATIONS) {
            throw new IllegalStateException("portal.password.iterations must be at least " + MIN_ITERATIONS);
        }
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Iterations", String.valueOf(iterations),
                "Pbkdf2PasswordHash.Algorithm", ALGORITHM,
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoyHash = pbkdf2.generate(SecureTokens.newToken().toCharArray());
    }

    public String hash(String password) {
        requireAcceptable(password);
        return pbkdf2.generate(password.toCharArray());
    }

    /** A new hash of a password that has just verified: no length rule, it may predate the rule. */
    public String rehash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return password != null && pbkdf2.verify(password.toCharArray(), storedHash);
    }

    public void burnDecoyVerification(String password) {
        pbkdf2.verify(password == null ? new char[0] : password.toCharArray(), decoyHash);
    }

    /** Whether {@code storedHash} was made with weaker parameters than the configured ones. */
    public boolean isOutdated(String storedHash) {
        return isOutdated(storedHash, iterations);
    }

    /** Whether {@code storedHash} was made with fewer than {@code iterations} (or another algorithm, or is unreadable). */
    static boolean isOutdated(String storedHash, int iterations) {
        String[] parts = storedHash == null ? new String[0] : storedHash.split(":");
        if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
            return true;
        }
        try {
            return Integer.parseInt(parts[1]) < iterations;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    public static void requireAcceptable(String password) {
        if (password == null || password.length() < MIN_LENGTH || password.isBlank()) {
            throw PortalException.badRequest("weak-password",
                    "Mật khẩu phải có ít nhất " + MIN_LENGTH + " ký tự.",
                    "The password must have at least " + MIN_LENGTH + " characters.");
        }
    }
}
