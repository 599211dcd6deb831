package vn.eschool.portal.core.security.totp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The portal's 256-bit secret key: given as base64 in {@code PORTAL_SECRET_KEY}, or else generated once
 * into a file readable by the portal's user only ({@code rw-------} in a {@code rwx------} directory).
 * Back the file up with the database: without it the authenticator secrets cannot be read and everyone
 * enrolled must enrol again.
 */
public final class SecretKeyFile {

    public static final String FILE_NAME = "portal-secret.key";
    static final int KEY_BYTES = 32;
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private SecretKeyFile() {
    }

    /** The key in {@code file}, created with a new random key when there is none. */
    public static byte[] loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return decode(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the secret key file " + file, e);
        }
    }

    /** A base64 256-bit key, as in {@code PORTAL_SECRET_KEY} and the key file. */
    public static byte[] decode(String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The secret key is not base64 (PORTAL_SECRET_KEY or "
                    + FILE_NAME + ")", e);
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException("The secret key must be " + KEY_BYTES * 8 + " bits (" + KEY_BYTES
                    + " bytes in base64, e.g. `openssl rand -base64 32`), not " + key.length + " bytes");
        }
        return key;
    }

    private static void create(Path file) throws IOException {
        Files.createDirectories(file.getParent(), ownerOnly("rwx------"));
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        try {
            // CREATE_NEW: when two instances start together, one writes and the other reads its key.
            Files.write(Files.createFile(file, ownerOnly("rw-------")),
                    Base64.getEncoder().encode(key), StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException raced) {
            // the other instance's key is read by the caller
        }
    }

    private static FileAttribute<?>[] ownerOnly(String permissions) {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString(permissions))} : new FileAttribute<?>[0];
    }
}
