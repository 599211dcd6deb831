package vn.eschool.portal.layer1.album;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import net.coobird.thumbnailator.Thumbnails;

/**
 * Thumbnails of photos, made once and kept on disk under {@code <dir>/ab/<sha256>-<size>.jpg}: keyed by the
 * original's content hash and the size, so a photo uploaded twice shares its thumbnails and a file never
 * changes once written (it is written to a temporary name and renamed into place). Plain Java: unit-tested.
 */
public final class ThumbnailCache {

    /** The longest side of a grid thumbnail and of the large view. */
    public static final List<Integer> SIZES = List.of(320, 1280);

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /** A thumbnail on disk; {@code generated} when this call made it, false when it came from the cache. */
    public record Thumbnail(Path file, boolean generated) {
    }

    /** An original with more pixels than allowed: decoding it whole could exhaust the heap, so it is never decoded. */
    public static final class TooManyPixels extends IOException {
        TooManyPixels(Path original, long pixels) {
            super("Too many pixels to make a thumbnail (" + pixels + "): " + original);
        }
    }

    private final Path dir;
    private final long maxPixels;

    /** {@code maxPixels}: the most an original may have (read from its header) to be decoded for a thumbnail. */
    public ThumbnailCache(Path dir, long maxPixels) {
        this.dir = dir;
        this.maxPixels = maxPixels;
    }

    public static boolean isSize(int size) {
        return SIZES.contains(size);
    }

    public Path pathOf(String sha256, int size) {
        if (!SHA256.matcher(sha256).matches() || !isSize(size)) {
            throw new IllegalArgumentException("No thumbnail " + sha256 + " at " + size);
        }
        return dir.resolve(sha256.substring(0, 2)).resolve(sha256 + "-" + size + ".jpg");
    }

    /**
     * The thumbnail of {@code original} (whose content hash is {@code sha256}) fitting in {@code size}×{@code size},
     * made now if it is not cached yet. Small originals are not enlarged. Uploads that are not photos (attachments,
     * e-lectures) took any image, so the pixel count is checked here again, from the header, before decoding.
     *
     * @throws TooManyPixels when the original has more than {@code maxPixels}
     * @throws IOException   when the original cannot be read as an image
     */
    public Thumbnail get(String sha256, int size, Path original) throws IOException {
        Path target = pathOf(sha256, size);
        if (Files.isRegularFile(target)) {
            return new Thumbnail(target, false);
        }
        int[] dimensions = dimensions(original);
        long pixels = (long) dimensions[0] * dimensions[1];
        if (pixels > maxPixels) {
            throw new TooManyPixels(original, pixels);
        }
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), "thumb-", ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                Thumbnails.Builder<File> builder = Thumbnails.of(original.toFile());
                (Math.max(dimensions[0], dimensions[1]) <= size ? builder.scale(1.0) : builder.size(size, size))
                        .imageType(BufferedImage.TYPE_INT_RGB).outputFormat("jpg").outputQuality(0.85)
                        .toOutputStream(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException madeMeanwhile) {
                Files.deleteIfExists(temp);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e instanceof IOException io ? io : new IOException("Not an image: " + original, e);
        }
        return new Thumbnail(target, true);
    }

    /** Width and height of an image, read from its header. */
    public static int[] dimensions(Path original) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(original.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new IOException("Not an image: " + original);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        }
    }
}
