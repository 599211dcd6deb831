package vn.eschool.portal.layer1.album;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.eschool.portal.core.extract.ContentExtractor;
import vn.eschool.portal.core.extract.Extraction;
import vn.eschool.portal.core.extract.ExtractionLimits;

class PhotoDateTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void readsTheFormsExtractionAndCamerasWrite() {
        LocalDateTime expected = LocalDateTime.of(2025, 9, 5, 7, 45, 12);
        assertEquals(Optional.of(expected), PhotoDate.parse("2025-09-05T07:45:12", HANOI));
        assertEquals(Optional.of(expected), PhotoDate.parse(" 2025:09:05 07:45:12 ", HANOI));
        assertEquals(Optional.of(expected), PhotoDate.parse("2025-09-05T00:45:12Z", HANOI), "UTC turned local");
    }

    @Test
    void unreadableOrImplausibleDatesAreNoDate() {
        assertTrue(PhotoDate.parse(null, HANOI).isEmpty());
        assertTrue(PhotoDate.parse("  ", HANOI).isEmpty());
        assertTrue(PhotoDate.parse("0000:00:00 00:00:00", HANOI).isEmpty());
        assertTrue(PhotoDate.parse("1970:01:01 00:00:00", HANOI).isEmpty(), "a camera with a flat clock battery");
        assertTrue(PhotoDate.parse("hôm qua", HANOI).isEmpty());
    }

    @Test
    void theExifDateWrittenIntoAGeneratedJpegComesBackThroughTika(@TempDir Path dir) throws Exception {
        LocalDateTime taken = LocalDateTime.of(2025, 11, 20, 8, 15, 30);
        Path file = dir.resolve("le-20-11.jpg");
        Files.write(file, SampleJpeg.withTakenDate(SampleJpeg.scene(320, 200, 7, "20/11"), taken));
        try (ContentExtractor tika = new ContentExtractor(ExtractionLimits.defaults())) {
            Extraction extraction = tika.extract(file, "le-20-11.jpg");
            assertEquals("image/jpeg", extraction.mediaType());
            assertEquals(Optional.of(taken), PhotoDate.parse(extraction.metadata().get(Extraction.PHOTO_TAKEN), HANOI),
                    "metadata: " + extraction.metadata());
        }
    }

    @Test
    void aJpegWithoutExifHasNoDate(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("plain.jpg");
        Files.write(file, SampleJpeg.scene(320, 200, 8, "plain"));
        try (ContentExtractor tika = new ContentExtractor(ExtractionLimits.defaults())) {
            Extraction extraction = tika.extract(file, "plain.jpg");
            assertTrue(PhotoDate.parse(extraction.metadata().get(Extraction.PHOTO_TAKEN), HANOI).isEmpty());
        }
    }
}
