package vn.eschool.portal.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.eschool.portal.core.extract.TestFiles.blob;
import static vn.eschool.portal.core.extract.TestFiles.zip;
import static vn.eschool.portal.core.extract.TikaSamples.tikaSample;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.eschool.portal.core.extract.Extraction.Reason;

class ContentExtractorTest {

    @TempDir
    Path dir;

    private final ContentExtractor extractor = new ContentExtractor(ExtractionLimits.defaults());

    @AfterEach
    void close() {
        extractor.close();
    }

    // --- media type, text, metadata ---

    @Test
    void typeComesFromTheContentNotTheName() throws Exception {
        Extraction pdf = extractor.extract(blob(dir, tikaSample("testPDF.pdf")), "bai-giang.docx");
        assertEquals("application/pdf", pdf.mediaType());
        assertTrue(pdf.text().contains("Apache Tika is a toolkit"), pdf.text());

        InputStream content = new ByteArrayInputStream(tikaSample("testPPT.pptx"));
        assertEquals("application/vnd.openxmlformats-officedocument.presentationml.presentation",
                extractor.detectType(content, "slides.pdf"));
        assertTrue(content.read() >= 0, "the caller's stream stays open");
    }

    @Test
    void extractsPresentationTextMetadataAndPowerPointVersion() throws Exception {
        Extraction pptx = extractor.extract(blob(dir, tikaSample("testPPT.pptx")), "Attachment Test.pptx");
        assertTrue(pptx.textExtracted());
        assertTrue(pptx.text().contains("This is a test file data"), pptx.text());
        assertEquals("Attachment Test", pptx.metadata().get(Extraction.TITLE));
        assertEquals("Rajiv", pptx.metadata().get(Extraction.AUTHOR));
        assertEquals("2010-05-04T06:43:54Z", pptx.metadata().get(Extraction.CREATED));
        assertEquals("2010-06-29T06:34:35Z", pptx.metadata().get(Extraction.MODIFIED));
        assertEquals("3", pptx.metadata().get(Extraction.SLIDE_COUNT));
        assertEquals(List.of("PowerPoint 2007"), pptx.software());

        Extraction recent = extractor.extract(blob(dir, tikaSample("testPPT_embeddedMP3.pptx")), "a.pptx");
        assertEquals(List.of("PowerPoint 2016"), recent.software());

        Extraction ppt = extractor.extract(blob(dir, tikaSample("testPPT.ppt")), "old.ppt");
        assertEquals("application/vnd.ms-powerpoint", ppt.mediaType());
        assertEquals(List.of("PowerPoint"), ppt.software());
    }

    @Test
    void documentsOfOtherSoftwareHaveNoAuthoringSoftware() throws Exception {
        Extraction doc = extractor.extract(blob(dir, tikaSample("testWORD.doc")), "giao-an.doc");
        assertEquals("Sample Word Document", doc.metadata().get(Extraction.TITLE));
        assertEquals("2", doc.metadata().get(Extraction.PAGE_COUNT));
        assertEquals(List.of(), doc.software());
        assertFalse(doc.legacyEncodingConverted());
    }

    @Test
    void pdfProducerNamesTheSoftware() throws Exception {
        Extraction pdf = extractor.extract(blob(dir, pdf("Microsoft® PowerPoint® 2016", "Microsoft® PowerPoint® 2016",
                "Bai giang")), "bai-giang.pdf");
        assertEquals("1", pdf.metadata().get(Extraction.PAGE_COUNT));
        assertEquals(List.of("PowerPoint 2016"), pdf.software());

        Extraction canva = extractor.extract(blob(dir, pdf("Canva", "Canva", "Poster")), "poster.pdf");
        assertEquals(List.of(AuthoringSoftware.CANVA), canva.software());
    }

    @Test
    void readsWhenAPhotoWasTaken() throws Exception {
        Extraction photo = extractor.extract(blob(dir, jpegTakenAt("2023:09:05 08:30:00")), "le-khai-giang.jpg");
        assertEquals("image/jpeg", photo.mediaType());
        assertTrue(photo.textExtracted());
        assertEquals("2023-09-05T08:30:00", photo.metadata().get(Extraction.PHOTO_TAKEN));
    }

    @Test
    void videoIsRecognisedThoughItHasNoText() throws Exception {
        byte[] mp4 = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'm', 'p', '4', '2', 0, 0, 0, 0, 'm', 'p', '4', '2', 'i', 's',
            'o', 'm', 0, 0, 0, 8, 'm', 'o', 'o', 'v'};
        Extraction video = extractor.extract(blob(dir, mp4), "tiet-hoc.mp4");
        assertEquals("video/mp4", video.mediaType());
        assertEquals(List.of(AuthoringSoftware.VIDEO), video.software());
        assertEquals(Reason.UNSUPPORTED_TYPE, video.notExtractedReason());
    }

    @Test
    void readsTheTextInsideAnISpringPackage() throws Exception {
        Path file = blob(dir, zip(Map.of(
                "index.html", "<html><body><p>Bài 5: Phép cộng trong phạm vi 10</p></body></html>",
                "data/player.js", "// iSpring Suite HTML5 player")));
        Extraction lecture = extractor.extract(file, "bai5.zip");
        assertEquals("application/zip", lecture.mediaType());
        assertTrue(lecture.text().contains("Phép cộng trong phạm vi 10"), lecture.text());
        assertEquals(List.of(AuthoringSoftware.ISPRING), lecture.software());
    }

    // --- legacy Vietnamese ---

    @Test
    void convertsTcvn3TextAndTitleToUnicode() throws Exception {
        Extraction doc = extractor.extract(blob(dir, docx(".VnTime", "Gi¸o ¸n",
                "Bµi gi¶ng ®iÖn tö m«n TiÕng ViÖt líp n¨m cña tr\u00ADêng tiÓu häc NguyÔn ThÞ H\u00AD¬ng")), "giao-an.docx");
        assertTrue(doc.legacyEncodingConverted());
        assertTrue(doc.text().contains(
                "Bài giảng điện tử môn Tiếng Việt lớp năm của trường tiểu học Nguyễn Thị Hương"), doc.text());
        assertEquals("Giáo án", doc.metadata().get(Extraction.TITLE));
    }

    @Test
    void convertsVniTextToUnicode() throws Exception {
        Extraction doc = extractor.extract(blob(dir, docx("VNI-Times", "Baøi hoïc",
                "Tröôøng hoïc ñieän töû cuûa chuùng toâi coù nhieàu baøi giaûng hay")), "bai.docx");
        assertTrue(doc.legacyEncodingConverted());
        assertTrue(doc.text().contains("Trường học điện tử của chúng tôi có nhiều bài giảng hay"), doc.text());
        assertEquals("Bài học", doc.metadata().get(Extraction.TITLE));
    }

    @Test
    void leavesUnicodeVietnameseAlone() throws Exception {
        String text = "Trường học điện tử của chúng tôi có nhiều bài giảng hay và các em học sinh rất thích.";
        Extraction doc = extractor.extract(blob(dir, docx("Times New Roman", "Giáo án", text)), "giao-an.docx");
        assertFalse(doc.legacyEncodingConverted());
        assertTrue(doc.text().contains(text), doc.text());
    }

    // --- refusals ---

    @Test
    void refusesAWindowsProgramCalledPdf() {
        byte[] exe = new byte[256];
        exe[0] = 'M';
        exe[1] = 'Z';
        byte[] stub = "This program cannot be run in DOS mode".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, exe, 78, stub.length);
        RefusedFileException refused = assertThrows(RefusedFileException.class,
                () -> extractor.extract(blob(dir, exe), "bai-giang.pdf"));
        assertEquals("executable", refused.code());
        assertEquals("application/x-msdownload", refused.mediaType());
        assertTrue(refused.messageVi().contains("chương trình"), refused.messageVi());
        assertTrue(refused.messageEn().contains("executable"), refused.messageEn());
        assertEquals(415, refused.toPortalException().status());
    }

    @Test
    void refusesALinuxProgramCalledDocx() {
        byte[] elf = new byte[64];
        elf[0] = 0x7f;
        elf[1] = 'E';
        elf[2] = 'L';
        elf[3] = 'F';
        elf[4] = 2;
        elf[5] = 1;
        elf[6] = 1;
        elf[16] = 2;
        assertEquals("executable", assertThrows(RefusedFileException.class,
                () -> extractor.extract(blob(dir, elf), "giao-an.docx")).code());
    }

    @Test
    void refusesScripts() {
        assertEquals("script", assertThrows(RefusedFileException.class, () -> extractor.extract(
                blob(dir, "#!/bin/sh\nrm -rf ~\n".getBytes()), "giao-an.doc")).code());
        assertEquals("script", assertThrows(RefusedFileException.class, () -> extractor.extract(
                blob(dir, "document.write('x');".getBytes()), "menu.js")).code());
        RefusedFileException byName = assertThrows(RefusedFileException.class, () -> extractor.extract(
                blob(dir, "Remove-Item C:\\ -Recurse".getBytes()), "diem.ps1"));
        assertEquals("script", byName.code());
        assertTrue(byName.messageEn().contains(".ps1"), byName.messageEn());
    }

    @Test
    void jsonIsDataNotAScript() throws Exception {
        Extraction json = extractor.extract(blob(dir, "{\"lop\": \"5A\", \"si_so\": 32}".getBytes()), "lop.json");
        assertEquals("application/json", json.mediaType());
        assertTrue(json.textExtracted());
    }

    // --- bad files come back with a reason, never as an exception ---

    @Test
    void encryptedFilesHaveNoText() throws Exception {
        for (String name : List.of("testPPT_protected_passtika.pptx", "testWORD_protected_passtika.doc",
                "testPDF_no_extract_no_accessibility_owner_user.pdf")) {
            Extraction encrypted = extractor.extract(blob(dir, tikaSample(name)), name);
            assertFalse(encrypted.textExtracted(), name);
            assertEquals(Reason.ENCRYPTED, encrypted.notExtractedReason(), name);
            assertEquals("encrypted", encrypted.notExtractedReason().code());
        }
    }

    @Test
    void truncatedFilesAreCorrupt() throws Exception {
        Extraction docx = extractor.extract(blob(dir, tikaSample("testWORD_truncated.docx")), "a.docx");
        assertEquals(Reason.CORRUPT, docx.notExtractedReason());
        Extraction pdf = extractor.extract(blob(dir, Arrays.copyOf(tikaSample("testPDF.pdf"), 5000)), "a.pdf");
        assertEquals(Reason.CORRUPT, pdf.notExtractedReason());
    }

    @Test
    void emptyFilesAreEmpty() throws Exception {
        assertEquals(Reason.EMPTY, extractor.extract(blob(dir, new byte[0]), "a.docx").notExtractedReason());
    }

    /** Every damaged, truncated or protected sample Tika ships. */
    @ParameterizedTest
    @MethodSource("damagedSamples")
    void neverThrowsOnDamagedOrProtectedSamples(String name) throws Exception {
        Extraction extraction = extractor.extract(blob(dir, tikaSample(name)), name);
        assertTrue(extraction.textExtracted() || extraction.notExtractedReason() != null);
    }

    static Stream<String> damagedSamples() throws IOException {
        return TikaSamples.damaged().stream();
    }

    // --- limits ---

    @Test
    void cutsTextAtTheLimit() throws Exception {
        try (ContentExtractor small = new ContentExtractor(limits(100, Duration.ofSeconds(60), 1_000, 1 << 20))) {
            Extraction doc = small.extract(blob(dir, tikaSample("testWORD.doc")), "a.doc");
            assertTrue(doc.textExtracted());
            assertTrue(doc.textTruncated());
            assertTrue(doc.text().length() <= 100, doc.text());
        }
    }

    @Test
    void abandonsAParseThatTakesTooLong() throws Exception {
        try (ContentExtractor hasty = new ContentExtractor(limits(1_000, Duration.ofNanos(1), 1_000, 1 << 20))) {
            Extraction slow = hasty.extract(blob(dir, tikaSample("testPPT.pptx")), "a.pptx");
            assertFalse(slow.textExtracted());
            assertEquals(Reason.TIMEOUT, slow.notExtractedReason());
        }
    }

    @Test
    void doesNotUnpackMoreThanTheLimit() throws Exception {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("zeros.txt"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 32; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertTrue(bomb.size() < 1 << 20, "32 MiB of zeros packs small");
        try (ContentExtractor bounded = new ContentExtractor(limits(1_000, Duration.ofSeconds(60), 1_000, 16 << 20))) {
            Extraction extraction = bounded.extract(blob(dir, bomb.toByteArray()), "bai-giang.zip");
            assertEquals(Reason.TOO_LARGE, extraction.notExtractedReason());
        }
    }

    @Test
    void countsTheBytesReallyInflatedNotTheSizesTheZipDeclares() throws Exception {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(packed)) {
            zip.putNextEntry(new ZipEntry("zeros.txt"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 32; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        byte[] lying = packed.toByteArray();
        // The central directory's uncompressed size (offset 24 of its header, little-endian) says 100 bytes.
        int central = indexOf(lying, new byte[] {'P', 'K', 1, 2});
        ByteBuffer.wrap(lying, central + 24, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(100);
        Path bomb = blob(dir, lying);
        try (ZipFile zip = new ZipFile(bomb.toFile())) {
            assertEquals(100, zip.entries().nextElement().getSize(), "the archive lies about its size");
        }
        assertTrue(ContentExtractor.exceedsPackageLimits(bomb, limits(1_000, Duration.ofSeconds(60), 10, 16 << 20)));
        assertFalse(ContentExtractor.exceedsPackageLimits(bomb, limits(1_000, Duration.ofSeconds(60), 10, 64 << 20)));
    }

    @Test
    void aTimedOutExtractionNeverTrustsTheDeclaredType() throws Exception {
        try (ContentExtractor hasty = new ContentExtractor(limits(1_000, Duration.ofNanos(1), 1_000, 1 << 20))) {
            Extraction slow = hasty.extract(blob(dir, tikaSample("testPPT.pptx")), "a.png");
            assertEquals(Reason.TIMEOUT, slow.notExtractedReason());
            assertFalse(slow.mediaType().startsWith("image/"), slow.mediaType());
        }
    }

    private static int indexOf(byte[] bytes, byte[] signature) {
        outer:
        for (int i = 0; i <= bytes.length - signature.length; i++) {
            for (int j = 0; j < signature.length; j++) {
                if (bytes[i + j] != signature[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("signature not found");
    }

    @Test
    void doesNotOpenPackagesWithTooManyEntries() throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        for (int i = 0; i < 50; i++) {
            entries.put("slide" + i + ".html", "<p>slide " + i + "</p>");
        }
        try (ContentExtractor bounded = new ContentExtractor(limits(1_000, Duration.ofSeconds(60), 10, 1 << 20))) {
            assertEquals(Reason.TOO_LARGE, bounded.extract(blob(dir, zip(entries)), "a.zip").notExtractedReason());
        }
    }

    @Test
    void readsAZipInAZipButNothingNestedDeeper() throws Exception {
        Extraction nested = extractor.extract(blob(dir, nestedZips(6)), "nested.zip");
        assertTrue(nested.textExtracted());
        assertTrue(nested.text().contains("text at level 2"), nested.text());
        assertFalse(nested.text().contains("text at level 3"), nested.text());
    }

    // --- the bounded pool ---

    /**
     * One thread and one place in the queue: the first extraction holds the thread, the second waits, the third is
     * refused at once. The held extractions read named pipes, which block until the test writes to them, so the
     * state is reached without sleeping; {@link #await} waits on the pool's own counts.
     */
    @Test
    @EnabledOnOs(OS.LINUX)
    void refusesAtOnceWhenTheThreadAndTheQueueAreTaken() throws Exception {
        ExtractionLimits oneAndOne = new ExtractionLimits(1_000, Duration.ofSeconds(60), 1_000, 1 << 20, 1, 1);
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try (ContentExtractor pool = new ContentExtractor(oneAndOne)) {
            Path first = fifo("erste.txt");
            Path second = fifo("zweite.txt");
            Future<Extraction> running = callers.submit(() -> pool.extract(first, "a.txt"));
            await(() -> pool.running() == 1);
            Future<Extraction> waiting = callers.submit(() -> pool.extract(second, "b.txt"));
            await(() -> pool.waiting() == 1);

            assertThrows(ExtractionBusyException.class, () -> pool.extract(blob(dir, "ba".getBytes()), "c.txt"));

            release(first, "Bài giảng thứ nhất");
            assertEquals("Bài giảng thứ nhất", running.get(60, TimeUnit.SECONDS).text().strip());
            release(second, "Bài giảng thứ hai");
            assertEquals("Bài giảng thứ hai", waiting.get(60, TimeUnit.SECONDS).text().strip());
            await(() -> pool.running() == 0 && pool.waiting() == 0);
            assertTrue(pool.extract(blob(dir, "lại được".getBytes(StandardCharsets.UTF_8)), "d.txt").textExtracted(),
                    "free again once they are done");
        } finally {
            callers.shutdownNow();
        }
    }

    private Path fifo(String name) throws Exception {
        Path path = dir.resolve(name);
        assertEquals(0, new ProcessBuilder("mkfifo", path.toString()).start().waitFor());
        return path;
    }

    /**
     * Lets the extraction blocked on opening {@code fifo} go on: once a writer is connected the pipe is replaced by a
     * regular file holding {@code text}, which every later read of the path finds, and the pipe is closed empty.
     */
    private static void release(Path fifo, String text) throws IOException {
        Path file = Files.writeString(fifo.resolveSibling(fifo.getFileName() + ".txt"), text);
        try (var pipe = Files.newOutputStream(fifo)) {
            // Atomic: a read of the path between the two finds the pipe or the file, never nothing.
            Files.move(file, fifo, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "the pool did not reach the expected state");
            Thread.onSpinWait();
        }
    }

    // --- test files ---

    private static ExtractionLimits limits(int chars, Duration time, int entries, long bytes) {
        return new ExtractionLimits(chars, time, entries, bytes, 2, 8);
    }

    /** Each level holds a text file and the next level's zip. */
    private static byte[] nestedZips(int levels) throws IOException {
        byte[] inner = null;
        for (int level = levels; level >= 1; level--) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                zip.putNextEntry(new ZipEntry("level-" + level + ".txt"));
                zip.write(("text at level " + level).getBytes(StandardCharsets.UTF_8));
                if (inner != null) {
                    zip.putNextEntry(new ZipEntry("level-" + (level + 1) + ".zip"));
                    zip.write(inner);
                }
            }
            inner = bytes.toByteArray();
        }
        return inner;
    }

    private static byte[] pdf(String producer, String creator, String text) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(50, 700);
                content.showText(text);
                content.endText();
            }
            PDDocumentInformation info = document.getDocumentInformation();
            info.setProducer(producer);
            info.setCreator(creator);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        }
    }

    /** A Word file as one typed in a legacy font leaves it: the font's bytes stored as windows-1252 characters. */
    private static byte[] docx(String font, String title, String text) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFRun run = document.createParagraph().createRun();
            run.setFontFamily(font);
            run.setText(text);
            document.getProperties().getCoreProperties().setTitle(title);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.write(bytes);
            return bytes.toByteArray();
        }
    }

    /** A small JPEG with an EXIF block holding only DateTimeOriginal ("yyyy:MM:dd HH:mm:ss"). */
    private static byte[] jpegTakenAt(String dateTimeOriginal) throws IOException {
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "jpg", jpeg);
        byte[] image = jpeg.toByteArray();

        // TIFF structure, little-endian: header, IFD0 pointing to the Exif IFD, Exif IFD with tag 0x9003.
        ByteBuffer tiff = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        tiff.putShort((short) 1).putShort((short) 0x8769).putShort((short) 4).putInt(1).putInt(26).putInt(0);
        tiff.putShort((short) 1).putShort((short) 0x9003).putShort((short) 2).putInt(20).putInt(44).putInt(0);
        tiff.put((dateTimeOriginal + "\0").getBytes(StandardCharsets.US_ASCII));

        ByteArrayOutputStream withExif = new ByteArrayOutputStream();
        withExif.write(image, 0, 2); // SOI
        int length = 2 + 6 + tiff.position();
        withExif.write(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length});
        withExif.write("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        withExif.write(tiff.array(), 0, tiff.position());
        withExif.write(image, 2, image.length - 2);
        return withExif.toByteArray();
    }
}
