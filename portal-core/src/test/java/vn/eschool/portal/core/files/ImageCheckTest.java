package vn.eschool.portal.core.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageCheckTest {

    private static final long LIMIT = 40_000_000;

    @TempDir
    Path dir;

    private Path file(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private static byte[] encoded(int width, int height, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    /** A valid PNG header declaring {@code width × height} (grey, 1 bit) followed by a few rows of real data. */
    static byte[] pngDeclaring(int width, int height) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream ihdr = new DataOutputStream(header);
        ihdr.writeInt(width);
        ihdr.writeInt(height);
        ihdr.write(new byte[] {1, 0, 0, 0, 0});
        chunk(png, "IHDR", header.toByteArray());
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[4 * (1 + (width + 7) / 8)]);
        deflater.finish();
        byte[] compressed = new byte[4096];
        chunk(png, "IDAT", Arrays.copyOf(compressed, deflater.deflate(compressed)));
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
        DataOutputStream out = new DataOutputStream(png);
        out.writeInt(data.length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }

    @Test
    void realPhotosPass() throws IOException {
        assertEquals(Optional.empty(), ImageCheck.check(file("a.png", encoded(64, 48, "png")), "image/png", LIMIT));
        assertEquals(Optional.empty(), ImageCheck.check(file("a.jpg", encoded(3000, 2000, "jpg")), "image/jpeg", LIMIT),
                "a 6 MP photo is checked subsampled");
        assertEquals(Optional.empty(), ImageCheck.check(file("a.gif", encoded(10, 10, "gif")), "image/gif", LIMIT));
        assertEquals(Optional.empty(), ImageCheck.check(file("a.bmp", encoded(10, 10, "bmp")), "image/bmp", LIMIT));
    }

    @Test
    void tooManyPixelsAreRefusedFromTheHeaderAlone() throws IOException {
        byte[] huge = pngDeclaring(20_000, 20_000);
        assertTrue(huge.length < 200, "a tiny file: " + huge.length);
        long started = System.nanoTime();
        assertEquals(Optional.of(ImageCheck.Problem.TOO_MANY_PIXELS),
                ImageCheck.check(file("huge.png", huge), "image/png", LIMIT));
        assertTrue(System.nanoTime() - started < 2_000_000_000L, "nothing was decoded");
        assertEquals(Optional.of(ImageCheck.Problem.TOO_MANY_PIXELS),
                ImageCheck.check(file("b.png", encoded(64, 48, "png")), "image/png", 64 * 48 - 1));
        assertEquals(Optional.empty(), ImageCheck.check(file("c.png", encoded(64, 48, "png")), "image/png", 64 * 48));
    }

    @Test
    void dataThatDoesNotDecodeIsRefused() throws IOException {
        byte[] truncated = Arrays.copyOf(encoded(200, 200, "png"), 60);
        assertEquals(Optional.of(ImageCheck.Problem.UNDECODABLE),
                ImageCheck.check(file("t.png", truncated), "image/png", LIMIT));
        byte[] garbage = "\u0089PNG\r\n\u001a\nnot really an image".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(Optional.of(ImageCheck.Problem.UNDECODABLE),
                ImageCheck.check(file("g.png", garbage), "image/png", LIMIT));
        assertEquals(Optional.of(ImageCheck.Problem.UNDECODABLE),
                ImageCheck.check(file("e.jpg", new byte[0]), "image/jpeg", LIMIT));
    }

    @Test
    void svgAndOtherNonRasterTypesAreNoImages() throws IOException {
        Path svg = file("x.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(Optional.of(ImageCheck.Problem.NOT_RASTER), ImageCheck.check(svg, "image/svg+xml", LIMIT));
        assertEquals(Optional.of(ImageCheck.Problem.NOT_RASTER), ImageCheck.check(svg, "text/html", LIMIT));
        assertEquals(Optional.of(ImageCheck.Problem.NOT_RASTER), ImageCheck.check(svg, null, LIMIT));
    }
}
