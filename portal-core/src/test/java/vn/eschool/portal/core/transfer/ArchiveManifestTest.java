package vn.eschool.portal.core.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.eschool.portal.core.rest.PortalException;

class ArchiveManifestTest {

    private static final byte[] ROWS = "{\"id\":1}\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] FILE = "ảnh".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void anArchiveAsWrittenVerifies() throws IOException {
        Map<String, byte[]> entries = entries();
        try (ZipFile zip = zip(entries, manifest(entries))) {
            ArchiveManifest manifest = ArchiveManifest.read(zip);
            assertEquals("thcs-a", manifest.schoolCode());
            assertEquals(java.util.List.of(sha256(FILE)), manifest.files());
            assertEquals(1L, manifest.counts().get("school"));
        }
    }

    @Test
    void anAlteredEntryIsRefused() throws IOException {
        Map<String, byte[]> entries = entries();
        String manifest = manifest(entries);
        entries.put("school.jsonl", "{\"id\":2}\n".getBytes(StandardCharsets.UTF_8));
        assertRefused(entries, manifest);
    }

    @Test
    void anEntryMissingOrUnlistedIsRefused() throws IOException {
        Map<String, byte[]> entries = entries();
        String manifest = manifest(entries);
        Map<String, byte[]> fewer = new LinkedHashMap<>(entries);
        fewer.remove("files/" + sha256(FILE));
        assertRefused(fewer, manifest);
        Map<String, byte[]> more = new LinkedHashMap<>(entries);
        more.put("extra.jsonl", ROWS);
        assertRefused(more, manifest);
    }

    @Test
    void aFileNamedByAnotherHashIsRefused() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("school.jsonl", ROWS);
        entries.put("files/" + sha256(ROWS), FILE);
        // The manifest lists the file's real hash under a name that is not it.
        Map<String, String> hashes = new LinkedHashMap<>();
        hashes.put("school.jsonl", sha256(ROWS));
        hashes.put("files/" + sha256(ROWS), sha256(FILE));
        assertRefused(entries, new ArchiveManifest(1, "dev", "thcs-a", "A", "2026-01-01T00:00Z", false,
                Map.of("school", 1L), hashes).toJson());
    }

    @Test
    void anUnknownFormatVersionIsRefused() throws IOException {
        Map<String, byte[]> entries = entries();
        assertRefused(entries, manifest(entries).replace("\"formatVersion\":1", "\"formatVersion\":2"));
    }

    private void assertRefused(Map<String, byte[]> entries, String manifest) throws IOException {
        try (ZipFile zip = zip(entries, manifest)) {
            PortalException refused = assertThrows(PortalException.class, () -> ArchiveManifest.read(zip));
            assertEquals(400, refused.status());
        }
    }

    private static Map<String, byte[]> entries() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("school.jsonl", ROWS);
        entries.put("files/" + sha256(FILE), FILE);
        return entries;
    }

    private static String manifest(Map<String, byte[]> entries) {
        Map<String, String> hashes = new LinkedHashMap<>();
        entries.forEach((name, content) -> hashes.put(name, sha256(content)));
        return new ArchiveManifest(1, "dev", "thcs-a", "Trường A", "2026-01-01T00:00Z", false,
                Map.of("school", 1L, "files", 1L), hashes).toJson();
    }

    private ZipFile zip(Map<String, byte[]> entries, String manifest) throws IOException {
        Path path = Files.createTempFile(dir, "archive", ".zip");
        try (OutputStream file = Files.newOutputStream(path); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
            }
            zip.putNextEntry(new ZipEntry(ArchiveManifest.NAME));
            zip.write(manifest.getBytes(StandardCharsets.UTF_8));
        }
        return new ZipFile(path.toFile());
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
