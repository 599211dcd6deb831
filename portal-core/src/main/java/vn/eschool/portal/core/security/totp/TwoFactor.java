package vn.eschool.portal.core.security.totp;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.OptionalLong;

/**
 * Time-based one-time passwords (RFC 6238) from an authenticator app: SHA-1, 6 digits, 30 seconds, the
 * settings every app supports (Google Authenticator ignores the others). A code is accepted one period
 * early or late for phone clock drift, and only once: the caller keeps the accepted time step.
 */
@ApplicationScoped
public class TwoFactor {

    public static final String ISSUER = "Cổng TTĐT trường học";
    public static final int DIGITS = 6;
    public static final int PERIOD_SECONDS = 30;
    /** Periods accepted either side of now. */
    public static final int ALLOWED_DRIFT = 1;
    /** The last accepted time step of an account that has not signed in with a code yet. */
    public static final long NO_STEP_ACCEPTED = Long.MIN_VALUE;

    private final CodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

    @Inject
    Clock clock;

    TwoFactor() {
        // for CDI, which injects the portal's clock
    }

    public TwoFactor(Clock clock) {
        this.clock = clock;
    }

    /** A new shared secret: 32 base32 characters, 160 bits as RFC 4226 recommends. */
    public String newSecret() {
        return new DefaultSecretGenerator().generate();
    }

    /**
     * The {@code otpauth://} URI to show as a QR code. The account reads "school/username" because one
     * person may hold accounts at several schools and the app lists them side by side.
     */
    public String enrolmentUri(String secret, String schoolCode, String username) {
        return new QrData.Builder()
                .label(ISSUER + ":" + schoolCode + "/" + username)
                .issuer(ISSUER)
                .secret(secret)
                .algorithm(HashingAlgorithm.SHA1)
                .digits(DIGITS)
                .period(PERIOD_SECONDS)
                .build()
                .getUri();
    }

    /**
     * The time step of {@code code} if it is valid now and newer than {@code lastAcceptedStep}; the caller
     * stores it as the account's new last accepted step, so a code seen over a shoulder cannot be replayed
     * within its 90-second window. Spaces, as apps display "123 456", are ignored.
     */
    public OptionalLong verify(String secret, String code, long lastAcceptedStep) {
        String digits = code == null ? "" : code.replace(" ", "");
        if (secret == null || !digits.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long now = Math.floorDiv(clock.instant().getEpochSecond(), PERIOD_SECONDS);
        for (long step = now - ALLOWED_DRIFT; step <= now + ALLOWED_DRIFT; step++) {
            if (step > lastAcceptedStep && sameCode(codeAt(secret, step), digits)) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** Ten one-time backup codes for a lost phone: show {@code codes()} once, store only {@code stored()}. */
    public IssuedBackupCodes newBackupCodes() {
        return BackupCodes.issue();
    }

    private String codeAt(String secret, long step) {
        try {
            return generator.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("The stored TOTP secret is not valid base32", e);
        }
    }

    private static boolean sameCode(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                given.getBytes(StandardCharsets.US_ASCII));
    }
}
