package vn.eschool.portal.core.security.totp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretCipherTest {

    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    private static byte[] key(int fill) {
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, (byte) fill);
        return key;
    }

    private final SecretCipher cipher = new SecretCipher(key(7));

    @Test
    void aSealedSecretOpensAgainAndDoesNotShowThePlaintext() {
        String sealed = cipher.seal(SECRET);
        assertTrue(SecretCipher.isSealed(sealed));
        assertFalse(sealed.contains(SECRET));
        assertTrue(sealed.length() <= 200, "fits the column");
        assertEquals(SECRET, cipher.open(sealed));
    }

    @Test
    void everySealingUsesItsOwnIv() {
        assertNotEquals(cipher.seal(SECRET), cipher.seal(SECRET));
    }

    @Test
    void anotherKeyOrAnAlteredValueDoesNotOpen() {
        String sealed = cipher.seal(SECRET);
        assertThrows(IllegalStateException.class, () -> new SecretCipher(key(8)).open(sealed));
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(SecretCipher.PREFIX.length()));
        bytes[bytes.length - 20] ^= 1;
        assertThrows(IllegalStateException.class,
                () -> cipher.open(SecretCipher.PREFIX + Base64.getEncoder().encodeToString(bytes)));
        assertThrows(IllegalStateException.class, () -> cipher.open(SecretCipher.PREFIX + "!!"));
        assertThrows(IllegalStateException.class, () -> cipher.open(SecretCipher.PREFIX + "AAAA"));
    }

    @Test
    void aPlaintextSecretIsToldApartAndNotOpened() {
        assertFalse(SecretCipher.isSealed(SECRET));
        assertFalse(SecretCipher.isSealed(null));
        assertThrows(IllegalStateException.class, () -> cipher.open(SECRET));
    }

    @Test
    void onlyA256BitKeyIsAccepted() {
        assertThrows(IllegalArgumentException.class, () -> new SecretCipher(new byte[16]));
        assertThrows(IllegalStateException.class,
                () -> SecretKeyFile.decode(Base64.getEncoder().encodeToString(new byte[16])));
        assertThrows(IllegalStateException.class, () -> SecretKeyFile.decode("not base64 !"));
        assertArrayEquals(key(7), SecretKeyFile.decode(Base64.getEncoder().encodeToString(key(7)) + "\n"));
    }

    @Test
    void theKeyFileIsCreatedOnceReadableByItsOwnerOnly(@TempDir Path dataDir) throws Exception {
        Path file = dataDir.resolve("keys").resolve(SecretKeyFile.FILE_NAME);
        byte[] first = SecretKeyFile.loadOrCreate(file);
        assertEquals(32, first.length);
        assertArrayEquals(first, SecretKeyFile.loadOrCreate(file), "the same key at the next start");
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
        }
        String sealed = new SecretCipher(first).seal(SECRET);
        assertEquals(SECRET, new SecretCipher(SecretKeyFile.loadOrCreate(file)).open(sealed));
    }
}
