package vn.eschool.portal.core.transfer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ArchiveCipherTest {

    private static final char[] PASSPHRASE = "cụm mật khẩu thử nghiệm".toCharArray();

    @Test
    void sealedBytesOpenWithTheSamePassphrase() throws IOException {
        byte[] plain = new byte[300_000];
        new Random(13).nextBytes(plain);
        byte[] sealed = seal(plain);
        assertTrue(ArchiveCipher.isSealed(sealed));
        assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains(new String(plain, 0, 64,
                StandardCharsets.ISO_8859_1)));
        assertArrayEquals(plain, open(sealed, PASSPHRASE));
    }

    @Test
    void aWrongPassphraseIsRefused() throws IOException {
        byte[] sealed = seal("bí mật".getBytes(StandardCharsets.UTF_8));
        assertThrows(ArchiveCipher.SealBrokenException.class, () -> open(sealed, "sai mật khẩu rồi".toCharArray()));
    }

    @Test
    void anAlteredByteAnywhereIsRefused() throws IOException {
        byte[] sealed = seal(new byte[1000]);
        for (int position : new int[] {ArchiveCipher.MAGIC.length + 2, ArchiveCipher.MAGIC.length + 20, 200,
                sealed.length - 1}) {
            byte[] altered = sealed.clone();
            altered[position] ^= 1;
            assertThrows(ArchiveCipher.SealBrokenException.class, () -> open(altered, PASSPHRASE), "byte " + position);
        }
        byte[] truncated = java.util.Arrays.copyOf(sealed, sealed.length - 16);
        assertThrows(ArchiveCipher.SealBrokenException.class, () -> open(truncated, PASSPHRASE));
    }

    @Test
    void aPlainZipIsNotSealed() {
        assertFalse(ArchiveCipher.isSealed(new byte[] {'P', 'K', 3, 4}));
    }

    private static byte[] seal(byte[] plain) throws IOException {
        ByteArrayOutputStream sealed = new ByteArrayOutputStream();
        try (OutputStream out = ArchiveCipher.sealing(sealed, PASSPHRASE)) {
            out.write(plain);
        }
        return sealed.toByteArray();
    }

    private static byte[] open(byte[] sealed, char[] passphrase) throws IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ArchiveCipher.open(new ByteArrayInputStream(sealed), passphrase, plain);
        return plain.toByteArray();
    }
}
