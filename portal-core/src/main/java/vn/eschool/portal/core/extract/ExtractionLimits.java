package vn.eschool.portal.core.extract;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds on the work one upload may cost, so that a hostile or broken file cannot exhaust memory, disk or CPU.
 *
 * @param maxTextChars         extracted text is cut after this many characters ({@link Extraction#textTruncated()})
 * @param maxParseTime         one deadline for the whole extraction (type detection, zip checks, parse), waiting
 *                             for a thread included: past it the work is abandoned ({@link Extraction.Reason#TIMEOUT})
 * @param maxZipEntries        a zip-based file with more entries than this is not parsed
 * @param maxUncompressedBytes a zip-based file whose entries really inflate to more than this is not parsed
 * @param threads              extractions running at once
 * @param queued               extractions waiting for a thread; one more is refused ({@link ExtractionBusyException})
 */
public record ExtractionLimits(int maxTextChars, Duration maxParseTime, int maxZipEntries, long maxUncompressedBytes,
                               int threads, int queued) {

    public ExtractionLimits {
        Objects.requireNonNull(maxParseTime, "maxParseTime");
        if (maxTextChars <= 0 || maxZipEntries <= 0 || maxUncompressedBytes <= 0 || threads <= 0 || queued <= 0
                || maxParseTime.isNegative() || maxParseTime.isZero()) {
            throw new IllegalArgumentException("Extraction limits must be positive: " + maxTextChars + ", "
                    + maxParseTime + ", " + maxZipEntries + ", " + maxUncompressedBytes + ", " + threads + ", "
                    + queued);
        }
    }

    /**
     * Two million characters is several hundred pages, more than any lesson plan; a minute is far above what a
     * large lecture takes on one core; e-lecture packages (iSpring, Violet) have a few thousand entries and stay
     * under 2 GiB unpacked even with video. Parsing is CPU-bound: one thread per core, and a queue a few times
     * that, so that a burst of uploads waits a little rather than being refused.
     */
    public static ExtractionLimits defaults() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new ExtractionLimits(2_000_000, Duration.ofSeconds(60), 20_000, 2L * 1024 * 1024 * 1024,
                cores, 4 * cores);
    }
}
