package vn.eschool.portal.core.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds the files the tests feed the extractor (Tika's own sample documents: {@link TikaSamples}). */
final class TestFiles {

    private TestFiles() {
    }

    /** Writes {@code bytes} under a content-addressed-looking name, as the blob store does: no extension. */
    static Path blob(Path dir, byte[] bytes) throws IOException {
        Path file = Files.createTempFile(dir, "blob-", "");
        Files.write(file, bytes);
        return file;
    }

    /** A zip with the given entries (name → text). */
    static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
