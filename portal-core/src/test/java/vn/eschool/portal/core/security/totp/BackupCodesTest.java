package vn.eschool.portal.core.security.totp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.eschool.portal.core.security.SecureTokens;

class BackupCodesTest {

    private final IssuedBackupCodes issued = new TwoFactor(Clock.systemUTC()).newBackupCodes();

    @Test
    void tenDistinctReadableCodesOfWhichOnlyHashesAreKept() {
        List<String> codes = issued.codes();
        assertEquals(BackupCodes.COUNT, codes.size());
        assertEquals(BackupCodes.COUNT, new HashSet<>(codes).size());
        codes.forEach(code -> assertTrue(code.matches("([a-hjkmnp-z2-9]{4}-){3}[a-hjkmnp-z2-9]{4}"), code));
        assertEquals(BackupCodes.COUNT, issued.stored().remaining());
        for (String code : codes) {
            assertFalse(issued.stored().hashes().contains(code));
            assertTrue(issued.stored().hashes().contains(SecureTokens.sha256Hex(code.replace("-", ""))));
        }
    }

    @Test
    void aCodeWorksExactlyOnce() {
        String code = issued.codes().get(3);
        BackupCodes left = issued.stored().consume(code).orElseThrow();
        assertEquals(BackupCodes.COUNT - 1, left.remaining());
        assertTrue(left.consume(code).isEmpty());
        assertTrue(left.consume(issued.codes().get(4)).isPresent());
    }

    @Test
    void typingVariationsAreForgivenButWrongCodesAreNot() {
        String code = issued.codes().get(0);
        String typed = " " + code.replace("-", " ").toUpperCase(Locale.ROOT) + " ";
        assertTrue(issued.stored().consume(typed).isPresent());
        assertTrue(issued.stored().consume("aaaa-bbbb-cccc-dddd").isEmpty());
        assertTrue(issued.stored().consume(null).isEmpty());
    }
}
