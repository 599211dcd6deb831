package vn.eschool.portal.layer1.cache;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Brotli compression of cached pages through brotli4j's native encoder, loaded once. Where it has no build for the
 * platform the pages are sent gzip-compressed only (browsers that accept br accept gzip too).
 */
final class Brotli {

    private static final Logger LOG = Logger.getLogger(Brotli.class.getName());
    /** Quality 11 is for files compressed once for ever; a page is compressed again when it ages (60 s). */
    private static final Encoder.Parameters PAGE = new Encoder.Parameters().setQuality(9).setMode(Encoder.Mode.TEXT);
    private static final boolean AVAILABLE = load();

    private Brotli() {
    }

    static boolean available() {
        return AVAILABLE;
    }

    /** The bytes brotli-compressed, or null when the encoder is not available. */
    static byte[] compress(byte[] bytes) {
        if (!AVAILABLE) {
            return null;
        }
        try {
            return Encoder.compress(bytes, PAGE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean load() {
        try {
            Brotli4jLoader.ensureAvailability();
            return true;
        } catch (Throwable unavailable) { // UnsatisfiedLinkError too: no native build for this platform
            LOG.log(Level.INFO, "Brotli is not available here; cached pages are sent gzip-compressed only",
                    unavailable);
            return false;
        }
    }
}
