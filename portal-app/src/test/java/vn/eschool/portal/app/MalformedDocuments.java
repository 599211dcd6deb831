package vn.eschool.portal.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Real and malformed documents, made here so the corpus needs no binary files: damaged PDFs and Office files,
 * zip bombs, an encrypted PDF, files whose name lies about their type, images with absurd headers. Each is small
 * (the IT schools' quota is 3 MB). Keyed by the name it is uploaded under.
 */
final class MalformedDocuments {

    private MalformedDocuments() {
    }

    static Map<String, byte[]> corpus() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        byte[] pdf = pdf();
        files.put("bai-giang.pdf", pdf);
        files.put("cat-ngang.pdf", Arrays.copyOf(pdf, pdf.length / 2));
        files.put("chi-dau.pdf", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        files.put("hong-xref.pdf", new String(pdf, StandardCharsets.ISO_8859_1).replace("xref", "xrex")
                .getBytes(StandardCharsets.ISO_8859_1));
        files.put("co-mat-khau.pdf", pdf("mat-khau"));
        files.put("hong.docx", zip(Map.of("[Content_Types].xml", "<Types><Override", "word/document.xml",
                "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>")));
        files.put("hong.xlsx", zip(Map.of("[Content_Types].xml", "<?xml version=\"1.0\"?><Types/>",
                "xl/workbook.xml", "<workbook><sheets><sheet name=\"&undefined;\"/>", "xl/worksheets/sheet1.xml",
                "<<<<")));
        files.put("hong.pptx", zip(Map.of("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/"
                + "package/2006/content-types\"><Override PartName=\"/ppt/presentation.xml\" ContentType=\"application/"
                + "vnd.openxmlformats-officedocument.presentationml.presentation.main+xml\"/></Types>",
                "ppt/presentation.xml",
                "<p:presentation><!DOCTYPE x [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>&x;")));
        files.put("hong.odt", zip(Map.of("mimetype", "application/vnd.oasis.opendocument.text", "content.xml",
                "<office:document-content><office:body><text:p>Bài")));
        files.put("bom-ti-le-cao.zip", bomb());
        files.put("bom-long-nhau.zip", nestedZips(12));
        files.put("bom-ten-docx.docx", bomb());
        files.put("bai-giang.rtf", "{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} B\\u224?i gi\\u7843?ng}"
                .getBytes(StandardCharsets.US_ASCII));
        files.put("hong.rtf", "{\\rtf1 {{{{{{{{{{{{{{{{{{{{\\bin99999 ".getBytes(StandardCharsets.US_ASCII));
        files.put("trang.html", "<html><body onload=alert(1)><script>alert(1)</script>Bài giảng</body></html>"
                .getBytes(StandardCharsets.UTF_8));
        files.put("mot-byte.docx", new byte[] {0x50});
        files.put("xuong-dong.pdf", new byte[] {'\n'});
        files.put("anh-that-la-pdf.docx", pdf);
        files.put("zip-that-la.pdf", zip(Map.of("a.txt", "Bài giảng")));
        files.put("van-ban-that-la.pptx", "Chỉ là văn bản".getBytes(StandardCharsets.UTF_8));
        files.put("khong-lo.png", HardeningIT.pngDeclaring(20_000, 20_000));
        files.put("cat-ngang.png", Arrays.copyOf(HardeningIT.pngDeclaring(64, 64), 40));
        byte[] jpeg = new byte[4096];
        new Random(8265).nextBytes(jpeg);
        System.arraycopy(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0}, 0, jpeg, 0, 4);
        files.put("rac.jpg", jpeg);
        byte[] noise = new byte[8192];
        new Random(2021).nextBytes(noise);
        files.put("nhieu.doc", noise);
        files.put("ole-hong.xls", Arrays.copyOf(new byte[] {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1,
                (byte) 0xb1, 0x1a, (byte) 0xe1}, 2048));
        return files;
    }

    /** A one-page PDF with a line of text. */
    static byte[] pdf() throws IOException {
        return pdf(null);
    }

    private static byte[] pdf(String password) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 720);
                text.showText("Bai giang Toan 6");
                text.endText();
            }
            if (password != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy(password, password,
                        new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toByteArray();
    }

    /** 64 MB of zeros in a few tens of kilobytes. */
    private static byte[] bomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] nestedZips(int levels) throws IOException {
        byte[] inner = bomb();
        for (int level = levels; level >= 1; level--) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                zip.putNextEntry(new ZipEntry("tang-" + level + ".zip"));
                zip.write(inner);
            }
            inner = bytes.toByteArray();
        }
        return inner;
    }
}
