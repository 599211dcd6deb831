package vn.eschool.portal.core.transfer;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.io.CipherOutputStream;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * A whole archive sealed with a passphrase: AES-256-GCM (Bouncy Castle's streaming GCM, so an archive of any size
 * passes through a fixed buffer) under a key derived by Argon2id (RFC 9106's second recommended setting: 64 MiB,
 * 3 passes). The header is {@code magic ‖ memory KiB ‖ passes ‖ lanes ‖ salt ‖ nonce}, all authenticated as
 * associated data, so the parameters can grow without breaking older archives and cannot be lowered by an attacker.
 */
public final class ArchiveCipher {

    static final byte[] MAGIC = "ESCHOOL-SEALED-1".getBytes(StandardCharsets.US_ASCII);
    private static final int SALT_BYTES = 16;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int MEMORY_KIB = 64 * 1024;
    private static final int PASSES = 3;
    private static final int LANES = 1;
    /** A header asking for more than this is refused before any work: 1 GiB, 10 passes. */
    private static final int MAX_MEMORY_KIB = 1024 * 1024;
    private static final int MAX_PASSES = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ArchiveCipher() {
    }

    /** Thrown for a wrong passphrase, an altered archive or a header this version cannot read. */
    public static class SealBrokenException extends IOException {
        SealBrokenException(String message) {
            super(message);
        }
    }

    /** Whether a stream starting with these bytes is a sealed archive. */
    public static boolean isSealed(byte[] start) {
        return start.length >= MAGIC.length && Arrays.equals(Arrays.copyOf(start, MAGIC.length), MAGIC);
    }

    /** Writes the header to {@code out} and answers the stream to write the plaintext into; closing it seals. */
    public static OutputStream sealing(OutputStream out, char[] passphrase) throws IOException {
        byte[] salt = random(SALT_BYTES);
        byte[] nonce = random(NONCE_BYTES);
        byte[] header = header(MEMORY_KIB, PASSES, LANES, salt, nonce);
        out.write(header);
        GCMModeCipher gcm = GCMBlockCipher.newInstance(AESEngine.newInstance());
        gcm.init(true, new AEADParameters(new KeyParameter(key(passphrase, salt, MEMORY_KIB, PASSES, LANES)),
                TAG_BITS, nonce, header));
        return new CipherOutputStream(out, gcm);
    }

    /**
     * Copies the plaintext of a sealed stream to {@code plain}. Callers must treat what was written as untrusted
     * until this returns: GCM authenticates at the end.
     */
    public static void open(InputStream sealed, char[] passphrase, OutputStream plain) throws IOException {
        DataInputStream in = new DataInputStream(sealed);
        byte[] magic = new byte[MAGIC.length];
        int memory;
        int passes;
        int lanes;
        byte[] salt = new byte[SALT_BYTES];
        byte[] nonce = new byte[NONCE_BYTES];
        try {
            in.readFully(magic);
            memory = in.readInt();
            passes = in.readInt();
            lanes = in.readInt();
            in.readFully(salt);
            in.readFully(nonce);
        } catch (EOFException e) {
            throw new SealBrokenException("truncated header");
        }
        if (!Arrays.equals(magic, MAGIC) || memory < 8 || memory > MAX_MEMORY_KIB || passes < 1
                || passes > MAX_PASSES || lanes < 1 || lanes > 16) {
            throw new SealBrokenException("not a sealed archive of a known format");
        }
        GCMModeCipher gcm = GCMBlockCipher.newInstance(AESEngine.newInstance());
        gcm.init(false, new AEADParameters(new KeyParameter(key(passphrase, salt, memory, passes, lanes)), TAG_BITS,
                nonce, header(memory, passes, lanes, salt, nonce)));
        byte[] buffer = new byte[64 * 1024];
        byte[] output = new byte[buffer.length + 32];
        int read;
        while ((read = in.read(buffer)) != -1) {
            int produced = gcm.processBytes(buffer, 0, read, output, 0);
            plain.write(output, 0, produced);
        }
        try {
            int produced = gcm.doFinal(output, 0);
            plain.write(output, 0, produced);
        } catch (InvalidCipherTextException e) {
            throw new SealBrokenException("wrong passphrase or altered archive");
        }
    }

    private static byte[] header(int memory, int passes, int lanes, byte[] salt, byte[] nonce) {
        return ByteBuffer.allocate(MAGIC.length + 12 + SALT_BYTES + NONCE_BYTES).put(MAGIC).putInt(memory)
                .putInt(passes).putInt(lanes).put(salt).put(nonce).array();
    }

    private static byte[] key(char[] passphrase, byte[] salt, int memory, int passes, int lanes) {
        Argon2BytesGenerator argon2 = new Argon2BytesGenerator();
        argon2.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt).withMemoryAsKB(memory).withIterations(passes).withParallelism(lanes).build());
        byte[] key = new byte[32];
        argon2.generateBytes(passphrase, key);
        return key;
    }

    private static byte[] random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return value;
    }
}
