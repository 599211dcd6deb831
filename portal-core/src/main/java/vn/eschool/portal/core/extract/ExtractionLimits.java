package vn.eschool.portal.core.extract;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds on the work one upload may cost, so that a hostile or broken file cannot exhaust memory, disk or CPU.
 *
 * @param maxTextChars         extracted text is cut after this many characters ({@link Extraction#textTruncated()})
 * @param maxParseTime         a parse still running after this long is abandoned ({@link Extraction.Reason#TIMEOUT})
 * @param maxZipEntries        a zip-based file with more entries than this is not parsed
 * @param maxUncompressedBytes a zip-based file whose entries unpack to more than this is not parsed
 */
public record ExtractionLimits(int maxTextChars, Duration maxParseTime, int maxZipEntries, long maxUncompressedBytes) {

    public ExtractionLimits {
        Objects.requireNonNull(maxParseTime, "maxParseTime");
        if (maxTextChars <= 0 || maxZipEntries <= 0 || maxUncompressedBytes <= 0
                || maxParseTime.isNegative() || maxParseTime.isZero()) {
            throw new IllegalArgumentException("Extraction limits must be positive: " + maxTextChars + ", "
                    + maxParseTime + ", " + maxZipEntries + ", " + maxUncompressedBytes);
        }
    }

    /**
     * Two million characters is several hundred pages, more than any lesson plan; a minute is far above what a
     * large lecture takes on one core; e-lecture packages (iSpring, Violet) have a few thousand entries and stay
     * under 2 GiB unpacked even with video.
     */
    public static ExtractionLimits defaults() {
        return new ExtractionLimits(2_000_000, Duration.ofSeconds(60), 20_000, 2L * 1024 * 1024 * 1024);
    }
}
