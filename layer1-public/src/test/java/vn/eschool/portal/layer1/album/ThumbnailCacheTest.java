package vn.eschool.portal.layer1.album;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThumbnailCacheTest {

    private static final String SHA = "ab".repeat(32);
    private static final long MAX_PIXELS = 40_000_000;

    @Test
    void makesAThumbnailOnceThenServesItFromDisk(@TempDir Path dir) throws IOException {
        Path original = dir.resolve("original.jpg");
        Files.write(original, SampleJpeg.scene(1600, 1000, 1, "Khai giảng"));
        ThumbnailCache cache = new ThumbnailCache(dir.resolve("thumbs"), MAX_PIXELS);

        ThumbnailCache.Thumbnail first = cache.get(SHA, 320, original);
        assertTrue(first.generated());
        assertEquals(dir.resolve("thumbs").resolve("ab").resolve(SHA + "-320.jpg"), first.file());
        BufferedImage image = ImageIO.read(first.file().toFile());
        assertEquals(320, image.getWidth(), "the longest side fits the size");
        assertEquals(200, image.getHeight(), "the aspect ratio is kept");

        Files.delete(original);
        ThumbnailCache.Thumbnail second = cache.get(SHA, 320, original);
        assertFalse(second.generated(), "the second request never reads the original");
        assertEquals(first.file(), second.file());
    }

    @Test
    void eachSizeIsItsOwnFileAndSmallPhotosAreNotEnlarged(@TempDir Path dir) throws IOException {
        Path original = dir.resolve("small.jpg");
        Files.write(original, SampleJpeg.scene(400, 300, 2, "Nhỏ"));
        ThumbnailCache cache = new ThumbnailCache(dir, MAX_PIXELS);
        ThumbnailCache.Thumbnail large = cache.get(SHA, 1280, original);
        ThumbnailCache.Thumbnail small = cache.get(SHA, 320, original);
        assertTrue(large.generated() && small.generated(), "each size is made on its own");
        assertEquals(400, ImageIO.read(large.file().toFile()).getWidth());
        assertEquals(320, ImageIO.read(small.file().toFile()).getWidth());
    }

    @Test
    void refusesWhatIsNotAnImageAndLeavesNothingBehind(@TempDir Path dir) throws IOException {
        Path text = dir.resolve("note.jpg");
        Files.writeString(text, "không phải ảnh", StandardCharsets.UTF_8);
        ThumbnailCache cache = new ThumbnailCache(dir.resolve("thumbs"), MAX_PIXELS);
        assertThrows(IOException.class, () -> cache.get(SHA, 320, text));
        try (var files = Files.walk(dir)) {
            assertEquals(List.of(text), files.filter(Files::isRegularFile).toList());
        }
    }

    /**
     * Only the header of a PNG declaring 20000 × 20000 (decoded, 1.6 GB): refused as too large, not as unreadable,
     * so it was judged before any decoding.
     */
    @Test
    void anOriginalWithTooManyPixelsIsNeverDecoded(@TempDir Path dir) throws IOException {
        Path original = dir.resolve("huge.png");
        byte[] header = ByteBuffer.allocate(13).putInt(20_000).putInt(20_000).put(new byte[] {8, 0, 0, 0, 0}).array();
        CRC32 crc = new CRC32();
        crc.update("IHDR".getBytes(StandardCharsets.US_ASCII));
        crc.update(header);
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        Files.write(original, ByteBuffer.allocate(33).put(signature).putInt(13)
                .put("IHDR".getBytes(StandardCharsets.US_ASCII)).put(header).putInt((int) crc.getValue()).array());
        ThumbnailCache cache = new ThumbnailCache(dir.resolve("thumbs"), MAX_PIXELS);
        assertThrows(ThumbnailCache.TooManyPixels.class, () -> cache.get(SHA, 320, original));
        assertFalse(Files.exists(dir.resolve("thumbs")), "nothing written");
    }

    @Test
    void onlyKnownSizesAndHashesNameAFile(@TempDir Path dir) {
        ThumbnailCache cache = new ThumbnailCache(dir, MAX_PIXELS);
        assertThrows(IllegalArgumentException.class, () -> cache.pathOf(SHA, 321));
        assertThrows(IllegalArgumentException.class, () -> cache.pathOf("../../etc/passwd", 320));
    }
}
