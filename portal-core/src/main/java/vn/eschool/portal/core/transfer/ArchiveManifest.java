package vn.eschool.portal.core.transfer;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import vn.eschool.portal.core.rest.PortalException;

/**
 * The archive's table of contents, written last (every entry's hash is known only once it is streamed): the format
 * and portal versions, the school, the kinds in the order they are imported with their row counts, and the SHA-256
 * of every other entry. {@link #read} checks every entry against it before anything is written.
 */
public record ArchiveManifest(int formatVersion, String portalVersion, String schoolCode, String schoolName,
                              String exportedAt, boolean secrets, Map<String, Long> counts,
                              Map<String, String> entries) {

    public static final String NAME = "manifest.json";
    public static final String FORMAT = "eschool-school-archive";
    public static final int FORMAT_VERSION = 1;
    public static final String FILES = "files/";
    /** The count of files beside the kinds' row counts. */
    public static final String FILES_COUNT = "files";
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public ArchiveManifest {
        counts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    public static String kindEntry(String kind) {
        return kind + ".jsonl";
    }

    public String toJson() {
        JsonObjectBuilder countsJson = Json.createObjectBuilder();
        counts.forEach(countsJson::add);
        JsonObjectBuilder entriesJson = Json.createObjectBuilder();
        entries.forEach(entriesJson::add);
        return Json.createObjectBuilder().add("format", FORMAT).add("formatVersion", formatVersion)
                .add("portalVersion", portalVersion)
                .add("school", Json.createObjectBuilder().add("code", schoolCode).add("name", schoolName))
                .add("exportedAt", exportedAt).add("secrets", secrets).add("counts", countsJson)
                .add("sha256", entriesJson).build().toString();
    }

    /**
     * Reads the manifest of an archive and verifies it: a known format, every listed entry present with its hash,
     * no entry unlisted, files named by their hash, a row count for every kind listed.
     */
    public static ArchiveManifest read(ZipFile zip) throws IOException {
        ZipEntry manifestEntry = zip.getEntry(NAME);
        if (manifestEntry == null) {
            throw rejected("Tệp lưu trữ không có manifest.json.", "The archive has no manifest.json.");
        }
        ArchiveManifest manifest;
        try (InputStream in = zip.getInputStream(manifestEntry)) {
            manifest = parse(new String(in.readNBytes(16 * 1024 * 1024), StandardCharsets.UTF_8));
        }
        Set<String> seen = new HashSet<>();
        for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements();) {
            ZipEntry entry = all.nextElement();
            if (entry.getName().equals(NAME)) {
                continue;
            }
            String expected = manifest.entries.get(entry.getName());
            if (expected == null || !seen.add(entry.getName())) {
                throw rejected("Mục " + entry.getName() + " không có trong manifest.",
                        "Entry " + entry.getName() + " is not listed in the manifest.");
            }
            String actual = sha256(zip, entry);
            if (!actual.equals(expected) || entry.getName().startsWith(FILES)
                    && !entry.getName().equals(FILES + actual)) {
                throw rejected("Mục " + entry.getName() + " đã bị thay đổi (mã SHA-256 không khớp).",
                        "Entry " + entry.getName() + " was altered (its SHA-256 differs).");
            }
        }
        for (String listed : manifest.entries.keySet()) {
            if (!seen.contains(listed)) {
                throw rejected("Thiếu mục " + listed + " trong tệp lưu trữ.", "Entry " + listed + " is missing.");
            }
        }
        for (String kind : manifest.counts.keySet()) {
            if (!kind.equals(FILES_COUNT) && !manifest.entries.containsKey(kindEntry(kind))) {
                throw rejected("Thiếu dữ liệu của " + kind + ".", "The rows of " + kind + " are missing.");
            }
        }
        return manifest;
    }

    /** The files of the archive, by SHA-256. */
    public List<String> files() {
        List<String> files = new ArrayList<>();
        for (String name : entries.keySet()) {
            if (name.startsWith(FILES)) {
                files.add(name.substring(FILES.length()));
            }
        }
        return files;
    }

    static ArchiveManifest parse(String json) {
        try {
            JsonObject o = Json.createReader(new StringReader(json)).readObject();
            if (!FORMAT.equals(o.getString("format", null))) {
                throw rejected("Không phải tệp lưu trữ của cổng.", "Not an archive of the portal.");
            }
            int version = o.getInt("formatVersion");
            if (version != FORMAT_VERSION) {
                throw rejected("Phiên bản định dạng " + version + " chưa được hỗ trợ.",
                        "Format version " + version + " is not supported.");
            }
            Map<String, Long> counts = new LinkedHashMap<>();
            o.getJsonObject("counts").forEach((kind, n) -> counts.put(kind, ((jakarta.json.JsonNumber) n).longValue()));
            Map<String, String> entries = new LinkedHashMap<>();
            for (Map.Entry<String, JsonValue> e : o.getJsonObject("sha256").entrySet()) {
                String sha = ((JsonString) e.getValue()).getString();
                if (!SHA256.matcher(sha).matches() || e.getKey().contains("..") || e.getKey().startsWith("/")) {
                    throw rejected("Manifest không hợp lệ.", "The manifest is malformed.");
                }
                entries.put(e.getKey(), sha);
            }
            JsonObject school = o.getJsonObject("school");
            return new ArchiveManifest(version, o.getString("portalVersion"), school.getString("code"),
                    school.getString("name"), o.getString("exportedAt"), o.getBoolean("secrets"), counts, entries);
        } catch (JsonException | ClassCastException | NullPointerException e) {
            throw rejected("Manifest không hợp lệ.", "The manifest is malformed.");
        }
    }

    static String sha256(ZipFile zip, ZipEntry entry) throws IOException {
        MessageDigest digest = digest();
        try (InputStream in = new DigestInputStream(zip.getInputStream(entry), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static PortalException rejected(String vi, String en) {
        return PortalException.badRequest("archive-rejected", vi, en);
    }
}
