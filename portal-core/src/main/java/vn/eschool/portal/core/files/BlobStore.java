package vn.eschool.portal.core.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Content-addressed files on disk: {@code files/ab/cd/abcd…} named by SHA-256, written by streaming into
 * {@code tmp/} and renamed into place only when complete, so a crash mid-upload leaves at worst a temp file
 * (swept at start-up) and never a half-written blob. Plain Java, no container: unit-tested directly.
 */
public class BlobStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    /** In the name of a blob moved aside by {@link #discardUnless} (left behind only by a crash there). */
    private static final String DISCARDING = ".discarding-";

    /** Thrown when an upload exceeds the size limit; nothing of it is kept. */
    public static class TooLargeException extends IOException {
        public TooLargeException(long limit) {
            super("Upload exceeds " + limit + " bytes");
        }
    }

    private final Path files;
    private final Path tmp;
    /** The node writing through this store: its temp files carry its id, for {@link #deleteTemporaryFiles}. */
    private final String node;

    public BlobStore(Path dataDir, String node) {
        this.files = dataDir.resolve("files");
        this.tmp = dataDir.resolve("tmp");
        this.node = node;
    }

    public StoredBlob store(InputStream in, long maxBytes) throws IOException {
        return store(in, maxBytes, sha256 -> { });
    }

    /** Stores {@code in}; {@code beforePublishing} learns its SHA-256 before the blob appears in the store. */
    public StoredBlob store(InputStream in, long maxBytes, Consumer<String> beforePublishing) throws IOException {
        Files.createDirectories(tmp);
        Path temp = Files.createTempFile(tmp, tempPrefix(node), ".part");
        try {
            MessageDigest digest = sha256();
            long size;
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = new DigestOutputStream(Channels.newOutputStream(channel), digest)) {
                size = copy(in, out, maxBytes);
                out.flush();
                channel.force(true);
            }
            String sha = HexFormat.of().formatHex(digest.digest());
            beforePublishing.accept(sha);
            Path target = pathOf(sha);
            Files.createDirectories(target.getParent());
            if (Files.exists(target)) {
                Files.delete(temp);
            } else {
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException concurrentTwin) {
                    Files.delete(temp);
                }
            }
            return new StoredBlob(sha, size);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /**
     * Removes a blob nothing held, unless {@code held} finds it held once the blob is out of sight. An upload of the
     * same content claims it before it looks for the blob: if it looked before the blob was moved aside, its claim
     * is seen here and the blob is put back; if after, it found no blob and stores its own.
     */
    public void discardUnless(String sha256, BooleanSupplier held) throws IOException {
        Path blob = pathOf(sha256);
        Path aside = blob.resolveSibling(sha256 + DISCARDING + UUID.randomUUID());
        try {
            Files.move(blob, aside, StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException gone) {
            return;
        }
        if (held.getAsBoolean()) {
            // The same bytes: should the upload have stored its own meanwhile, either copy will do.
            Files.move(aside, blob, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } else {
            Files.delete(aside);
        }
    }

    public boolean exists(String sha256) {
        return SHA256.matcher(sha256).matches() && Files.isRegularFile(pathOf(sha256));
    }

    public InputStream open(String sha256) throws IOException {
        return Files.newInputStream(pathOf(sha256));
    }

    public Path pathOf(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("Not a SHA-256: " + sha256);
        }
        return files.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    /**
     * Removes what a crash or a rolled-back transaction left behind: temp files, and blobs no row refers to.
     * Only files older than {@code grace} go, so uploads in flight are never touched.
     *
     * @return how many files were removed
     */
    public int sweep(Predicate<String> referenced, Duration grace) throws IOException {
        Instant cutoff = Instant.now().minus(grace);
        int removed = 0;
        removed += deleteOld(tmp, cutoff, p -> true);
        removed += deleteOld(files, cutoff, p -> {
            String name = p.getFileName().toString();
            return name.contains(DISCARDING) || SHA256.matcher(name).matches() && !referenced.test(name);
        });
        return removed;
    }

    /** Deletes the temp files of {@code node}'s uploads, which are over (the node restarted, or died). */
    public void deleteTemporaryFiles(String node) throws IOException {
        if (!Files.isDirectory(tmp)) {
            return;
        }
        try (Stream<Path> list = Files.list(tmp)) {
            for (Path p : (Iterable<Path>) list.filter(p -> p.getFileName().toString().startsWith(tempPrefix(node)))
                    ::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static String tempPrefix(String node) {
        return "upload-" + node + "-";
    }

    public Set<Path> temporaryFiles() throws IOException {
        if (!Files.isDirectory(tmp)) {
            return Set.of();
        }
        try (Stream<Path> list = Files.list(tmp)) {
            return list.collect(Collectors.toSet());
        }
    }

    private static int deleteOld(Path dir, Instant cutoff, Predicate<Path> eligible) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int removed = 0;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                if (eligible.test(p) && Files.getLastModifiedTime(p).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(p);
                    removed++;
                }
            }
        }
        return removed;
    }

    private static long copy(InputStream in, OutputStream out, long maxBytes) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            total += read;
            if (total > maxBytes) {
                throw new TooLargeException(maxBytes);
            }
            out.write(buffer, 0, read);
        }
        return total;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
