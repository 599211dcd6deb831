package vn.eschool.portal.core.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private static boolean outdated(String algorithmAndIterations) {
        return PasswordHasher.isOutdated(algorithmAndIterations + ":c2FsdA==:aGFzaA==", PasswordHasher.ITERATIONS);
    }

    @Test
    void owaspsCountForPbkdf2Sha256IsTheDefault() {
        assertEquals(600_000, PasswordHasher.ITERATIONS);
    }

    @Test
    void hashesWithFewerIterationsThanConfiguredAreOutdated() {
        assertTrue(outdated("PBKDF2WithHmacSHA256:210000"));
        assertFalse(outdated("PBKDF2WithHmacSHA256:600000"));
        assertFalse(outdated("PBKDF2WithHmacSHA256:1000000"), "never downgraded");
    }

    @Test
    void anotherAlgorithmOrAnUnreadableHashIsOutdated() {
        assertTrue(outdated("PBKDF2WithHmacSHA1:600000"));
        assertTrue(outdated("PBKDF2WithHmacSHA256:many"));
        assertTrue(PasswordHasher.isOutdated("not a hash", PasswordHasher.ITERATIONS));
        assertTrue(PasswordHasher.isOutdated(null, PasswordHasher.ITERATIONS));
    }
}
