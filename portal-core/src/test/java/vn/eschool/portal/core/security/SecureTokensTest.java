package vn.eschool.portal.core.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecureTokensTest {

    @Test
    void tokensAreLongRandomAndStoredOnlyAsTheirHash() {
        String a = SecureTokens.newToken();
        String b = SecureTokens.newToken();
        assertNotEquals(a, b);
        assertEquals(43, a.length(), "256 bits, base64url");
        assertEquals(64, SecureTokens.sha256Hex(a).length());
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", SecureTokens.sha256Hex("abc"));
    }

    @Test
    void initialPasswordsAvoidLookAlikeCharacters() {
        for (int i = 0; i < 200; i++) {
            String password = SecureTokens.newInitialPassword();
            assertEquals(12, password.length());
            assertTrue(password.chars().noneMatch(c -> "0O1lI".indexOf(c) >= 0), password);
        }
    }
}
