package vn.eschool.portal.core.security.totp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class TwoFactorTest {

    private static final Instant NOW = Instant.parse("2026-09-05T01:00:10Z");
    private static final long STEP = NOW.getEpochSecond() / 30;

    private final TwoFactor twoFactor = new TwoFactor(Clock.fixed(NOW, ZoneOffset.UTC));
    private final String secret = twoFactor.newSecret();

    private String codeAt(long step) throws Exception {
        return new DefaultCodeGenerator().generate(secret, step);
    }

    @Test
    void theCurrentCodeIsAcceptedAndItsStepReturned() throws Exception {
        assertEquals(OptionalLong.of(STEP), twoFactor.verify(secret, codeAt(STEP), TwoFactor.NO_STEP_ACCEPTED));
        String current = codeAt(STEP);
        String spaced = current.substring(0, 3) + " " + current.substring(3);
        assertEquals(OptionalLong.of(STEP), twoFactor.verify(secret, spaced, TwoFactor.NO_STEP_ACCEPTED));
    }

    @Test
    void onePeriodOfDriftEitherWayIsTolerated() throws Exception {
        assertEquals(OptionalLong.of(STEP - 1), twoFactor.verify(secret, codeAt(STEP - 1), TwoFactor.NO_STEP_ACCEPTED));
        assertEquals(OptionalLong.of(STEP + 1), twoFactor.verify(secret, codeAt(STEP + 1), TwoFactor.NO_STEP_ACCEPTED));
    }

    @Test
    void twoPeriodsOfDriftAreNot() throws Exception {
        assertTrue(twoFactor.verify(secret, codeAt(STEP - 2), TwoFactor.NO_STEP_ACCEPTED).isEmpty());
        assertTrue(twoFactor.verify(secret, codeAt(STEP + 2), TwoFactor.NO_STEP_ACCEPTED).isEmpty());
    }

    @Test
    void aCodeIsAcceptedOnlyOnce() throws Exception {
        long accepted = twoFactor.verify(secret, codeAt(STEP), TwoFactor.NO_STEP_ACCEPTED).orElseThrow();
        assertTrue(twoFactor.verify(secret, codeAt(STEP), accepted).isEmpty());
        assertTrue(twoFactor.verify(secret, codeAt(STEP - 1), accepted).isEmpty());
        assertEquals(OptionalLong.of(STEP + 1), twoFactor.verify(secret, codeAt(STEP + 1), accepted));
    }

    @Test
    void malformedCodesAndOtherSecretsAreRejected() throws Exception {
        assertTrue(twoFactor.verify(secret, null, TwoFactor.NO_STEP_ACCEPTED).isEmpty());
        assertTrue(twoFactor.verify(secret, "12345", TwoFactor.NO_STEP_ACCEPTED).isEmpty());
        assertTrue(twoFactor.verify(secret, "12345a", TwoFactor.NO_STEP_ACCEPTED).isEmpty());
        assertTrue(twoFactor.verify(twoFactor.newSecret(), codeAt(STEP), TwoFactor.NO_STEP_ACCEPTED).isEmpty());
    }

    @Test
    void matchesTheRfc6238TestVector() {
        // RFC 6238 appendix B: ASCII secret "12345678901234567890", T = 59 s gives 94287082 (8 digits).
        TwoFactor at59 = new TwoFactor(Clock.fixed(Instant.ofEpochSecond(59), ZoneOffset.UTC));
        String rfcSecret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
        assertEquals(OptionalLong.of(1), at59.verify(rfcSecret, "287082", TwoFactor.NO_STEP_ACCEPTED));
    }

    @Test
    void secretsAreBase32With160Bits() {
        assertTrue(secret.matches("[A-Z2-7]{32}"), secret);
    }

    @Test
    void theEnrolmentUriNamesIssuerAndSchoolAccount() {
        String uri = twoFactor.enrolmentUri("JBSWY3DPEHPK3PXP", "th-ngoc-thuy", "huongntt");
        String issuer = "C%E1%BB%95ng%20TT%C4%90T%20tr%C6%B0%E1%BB%9Dng%20h%E1%BB%8Dc";
        assertEquals("otpauth://totp/" + issuer + "%3Ath-ngoc-thuy%2Fhuongntt?secret=JBSWY3DPEHPK3PXP&issuer="
                + issuer + "&algorithm=SHA1&digits=6&period=30", uri);
    }
}
