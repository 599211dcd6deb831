package vn.eschool.portal.core.files;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Whether a stored file is an image the portal can show and shrink: a raster type, no more pixels than allowed
 * (read from the header, before any decoding, so a small file declaring 20000 × 20000 costs nothing), and data
 * that really decodes (read subsampled, so checking a large photo keeps little in memory).
 */
public final class ImageCheck {

    /** The raster types photos and covers may be: what the JDK decodes and every browser shows. */
    public static final Set<String> RASTER_TYPES = Set.of("image/jpeg", "image/png", "image/gif", "image/bmp");

    /** Decoding checks keep at most about this many pixels in memory. */
    private static final long CHECK_PIXELS = 1 << 20;

    public enum Problem { NOT_RASTER, TOO_MANY_PIXELS, UNDECODABLE }

    private ImageCheck() {
    }

    public static boolean isRaster(String mediaType) {
        return mediaType != null && RASTER_TYPES.contains(mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT));
    }

    /** What is wrong with the image in {@code file} of this detected type, if anything. */
    public static Optional<Problem> check(Path file, String mediaType, long maxPixels) {
        if (!isRaster(mediaType)) {
            return Optional.of(Problem.NOT_RASTER);
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return Optional.of(Problem.UNDECODABLE);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    return Optional.of(Problem.UNDECODABLE);
                }
                if (width * height > maxPixels) {
                    return Optional.of(Problem.TOO_MANY_PIXELS);
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = (int) Math.max(1, Math.ceil(Math.sqrt((double) width * height / CHECK_PIXELS)));
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage decoded = reader.read(0, param);
                return decoded == null ? Optional.of(Problem.UNDECODABLE) : Optional.empty();
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            // ImageIO reports broken data as IOException, and some decoders as runtime exceptions.
            return Optional.of(Problem.UNDECODABLE);
        }
    }
}
