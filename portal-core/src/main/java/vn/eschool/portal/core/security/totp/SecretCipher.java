package vn.eschool.portal.core.security.totp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import vn.eschool.portal.core.config.PortalConfig;

/**
 * Encrypts secrets kept in the database (the authenticator secrets) with AES-256-GCM: a fresh random
 * 96-bit IV for every value, the 128-bit tag detecting any change. A sealed value reads
 * {@code v1:} + base64(IV ‖ ciphertext ‖ tag); base32 secrets never contain a colon, so a legacy plaintext
 * value is told apart. The key comes from {@code PORTAL_SECRET_KEY} or the data directory's key file
 * ({@link SecretKeyFile}); without it a database copy alone does not give the secrets away.
 */
@ApplicationScoped
public class SecretCipher {

    static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    /** Binds a ciphertext to its use: a sealed value copied into another column does not open. */
    private static final byte[] PURPOSE = "eschool-totp-secret".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    PortalConfig config;

    private volatile SecretKey key;

    SecretCipher() {
        // for CDI: the key is read from the configuration on first use
    }

    public SecretCipher(byte[] key) {
        this.key = keyOf(key);
    }

    public String seal(String plaintext) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv);
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(IV_BYTES + sealed.length)
                    .put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** @throws IllegalStateException when the value is not sealed, was altered, or was sealed with another key */
    public String open(String sealed) {
        if (!isSealed(sealed)) {
            throw new IllegalStateException("The stored secret is not encrypted");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The stored secret is damaged", e);
        }
        if (bytes.length <= IV_BYTES) {
            throw new IllegalStateException("The stored secret is damaged");
        }
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, java.util.Arrays.copyOf(bytes, IV_BYTES));
            return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The stored secret does not open with this key (altered, or another"
                    + " PORTAL_SECRET_KEY)", e);
        }
    }

    public static boolean isSealed(String value) {
        return value != null && value.startsWith(PREFIX);
    }

    private Cipher cipher(int mode, byte[] iv) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key(), new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(PURPOSE);
        return cipher;
    }

    private SecretKey key() {
        SecretKey current = key;
        if (current == null) {
            synchronized (this) {
                if (key == null) {
                    key = keyOf(config.secretKey().map(SecretKeyFile::decode)
                            .orElseGet(() -> SecretKeyFile.loadOrCreate(config.sharedDir().resolve("keys")
                                    .resolve(SecretKeyFile.FILE_NAME))));
                }
                current = key;
            }
        }
        return current;
    }

    private static SecretKey keyOf(byte[] bytes) {
        if (bytes.length != SecretKeyFile.KEY_BYTES) {
            throw new IllegalArgumentException("The secret key must be " + SecretKeyFile.KEY_BYTES * 8 + " bits");
        }
        return new SecretKeySpec(bytes, "AES");
    }
}
