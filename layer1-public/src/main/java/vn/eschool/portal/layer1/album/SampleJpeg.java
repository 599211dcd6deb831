package vn.eschool.portal.layer1.album;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Small generated photographs (Java2D, written as JPEG) for the demo school's albums and the tests, so that no
 * binary image is committed. {@link #withTakenDate} adds the EXIF DateTimeOriginal a camera would write.
 */
public final class SampleJpeg {

    private static final DateTimeFormatter EXIF = DateTimeFormatter.ofPattern("uuuu:MM:dd HH:mm:ss");

    private SampleJpeg() {
    }

    /** A schoolyard scene: sky, flag pole, a row of pupils, and a label; {@code seed} varies it. */
    public static byte[] scene(int width, int height, long seed, String label) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Color sky = Color.getHSBColor(0.55f + random.nextFloat() * 0.08f, 0.45f, 0.95f);
            g.setPaint(new GradientPaint(0, 0, sky, 0, height * 0.6f, Color.WHITE));
            g.fillRect(0, 0, width, height);
            g.setColor(new Color(0x7a, 0xa8, 0x5c));
            g.fillRect(0, (int) (height * 0.62), width, height);
            g.setColor(new Color(0xc8, 0x9b, 0x4a));
            g.fillRect((int) (width * 0.08), (int) (height * 0.3), (int) (width * 0.35), (int) (height * 0.32));
            g.setStroke(new BasicStroke(Math.max(2, width / 160f)));
            g.setColor(Color.DARK_GRAY);
            int pole = (int) (width * 0.8);
            g.drawLine(pole, (int) (height * 0.12), pole, (int) (height * 0.65));
            g.setColor(new Color(0xda, 0x25, 0x1d));
            g.fillRect(pole, (int) (height * 0.12), width / 8, height / 12);
            int pupils = 6 + random.nextInt(6);
            for (int i = 0; i < pupils; i++) {
                int x = (int) (width * (0.06 + 0.88 * i / pupils));
                int y = (int) (height * (0.7 + random.nextFloat() * 0.08));
                int size = Math.max(6, height / 14);
                g.setColor(new Color(0xf2, 0xc6, 0x9b));
                g.fillOval(x, y - size, size, size);
                g.setColor(random.nextBoolean() ? Color.WHITE : new Color(0x1f, 0x4e, 0x99));
                g.fillRect(x - size / 4, y, size + size / 2, size * 2);
            }
            g.setColor(new Color(0, 0, 0, 150));
            g.fillRect(0, height - height / 8, width, height / 8);
            g.setColor(Color.WHITE);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(10, height / 16)));
            g.drawString(label, width / 40, height - height / 32);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The JPEG with an EXIF segment (APP1) right after its start marker, holding DateTimeOriginal: TIFF header,
     * IFD0 with one pointer to the Exif IFD, and the Exif IFD with the date (big-endian, as many cameras write).
     */
    public static byte[] withTakenDate(byte[] jpeg, LocalDateTime taken) {
        if (jpeg.length < 2 || (jpeg[0] & 0xff) != 0xff || (jpeg[1] & 0xff) != 0xd8) {
            throw new IllegalArgumentException("Not a JPEG");
        }
        byte[] date = (EXIF.format(taken) + "\0").getBytes(StandardCharsets.US_ASCII);
        int ifd0 = 8;
        int exifIfd = ifd0 + 2 + 12 + 4;
        int dateAt = exifIfd + 2 + 12 + 4;
        ByteBuffer tiff = ByteBuffer.allocate(dateAt + date.length);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(ifd0);
        tiff.putShort((short) 1).putShort((short) 0x8769).putShort((short) 4).putInt(1).putInt(exifIfd).putInt(0);
        tiff.putShort((short) 1).putShort((short) 0x9003).putShort((short) 2).putInt(date.length).putInt(dateAt)
                .putInt(0);
        tiff.put(date);
        byte[] header = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
        int length = 2 + header.length + tiff.capacity();
        ByteBuffer out = ByteBuffer.allocate(jpeg.length + 2 + length);
        out.put(jpeg, 0, 2).put((byte) 0xff).put((byte) 0xe1).putShort((short) length).put(header).put(tiff.array())
                .put(jpeg, 2, jpeg.length - 2);
        return out.array();
    }
}
