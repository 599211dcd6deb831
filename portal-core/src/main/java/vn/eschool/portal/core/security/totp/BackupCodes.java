package vn.eschool.portal.core.security.totp;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.eschool.portal.core.security.SecureTokens;

/**
 * The unused backup codes of an account, as SHA-256 hashes. An unsalted fast hash is enough because each
 * code carries 16 random characters of a 31-letter alphabet (79 bits): a leaked table cannot be reversed
 * by guessing, unlike a password. Immutable: {@link #consume} returns what is left, which the caller
 * saves in the same transaction, under the account's row lock, so that a code works exactly once.
 */
public record BackupCodes(List<String> hashes) {

    public static final int COUNT = 10;
    static final int LENGTH = 16;
    /** No 0/o, 1/l/i: codes are printed and typed back from paper. */
    private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    public BackupCodes {
        hashes = List.copyOf(hashes);
    }

    static IssuedBackupCodes issue() {
        List<String> codes = new ArrayList<>(COUNT);
        List<String> hashes = new ArrayList<>(COUNT);
        while (codes.size() < COUNT) {
            String code = newCode();
            if (!codes.contains(code)) {
                codes.add(code);
                hashes.add(hashOf(code));
            }
        }
        return new IssuedBackupCodes(codes, new BackupCodes(hashes));
    }

    /** The codes left once {@code code} is used, or empty when it is not one of them (or already used). */
    public Optional<BackupCodes> consume(String code) {
        String hash = hashOf(normalise(code));
        if (!hashes.contains(hash)) {
            return Optional.empty();
        }
        List<String> left = new ArrayList<>(hashes);
        left.remove(hash);
        return Optional.of(new BackupCodes(left));
    }

    public int remaining() {
        return hashes.size();
    }

    /** Grouped by four, "abcd-efgh-jkmn-pqrs", to be copied without losing one's place. */
    private static String newCode() {
        StringBuilder code = new StringBuilder(LENGTH + 3);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    private static String normalise(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    private static String hashOf(String code) {
        return SecureTokens.sha256Hex(normalise(code));
    }
}
