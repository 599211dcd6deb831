package vn.eschool.portal.benchmarks;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.eschool.portal.core.logbook.LogbookChain;
import vn.eschool.portal.core.logbook.LogbookEntry;
import vn.eschool.portal.core.logbook.LogbookFields;
import vn.eschool.portal.core.transfer.ArchiveManifest;

/**
 * Writes a school's archive of {@code items} content items (a file for one item in ten, 4 KB of text each, a
 * revision-free news/document mix), in the portal's own format, so that {@code POST /api/v1/schools/import} and the
 * export of the imported school can be timed on a school of any size without a database to fill first.
 *
 * <pre>java -cp … vn.eschool.portal.benchmarks.ArchiveGenerator target/gen-100k.zip 100000</pre>
 */
public final class ArchiveGenerator {

    private static final String CODE = "gen-school";
    private static final OffsetDateTime START = OffsetDateTime.of(2024, 9, 5, 7, 0, 0, 0, ZoneOffset.ofHours(7));
    private static final int ACCOUNTS = 40;

    private final ZipOutputStream zip;
    private final Map<String, String> hashes = new LinkedHashMap<>();
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private final Random random = new Random(13);

    private ArchiveGenerator(ZipOutputStream zip) {
        this.zip = zip;
    }

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "target/gen-school.zip");
        int items = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
            new ArchiveGenerator(zip).write(items);
        }
        System.out.printf("%s: %d items, %.1f MB%n", target, items, Files.size(target) / 1e6);
    }

    private void write(int items) throws IOException {
        rows("school", 1, i -> Json.createObjectBuilder().add("id", 1).add("code", CODE)
                .add("name", "Trường THCS Sinh Dữ Liệu").add("level", "THCS").add("created_at", START.toString())
                .add("require_two_factor", false));
        rows("account", ACCOUNTS, i -> Json.createObjectBuilder().add("id", i + 1).add("school_id", 1)
                .add("login_scope", CODE).add("username", "gv" + i).add("full_name", "Giáo Viên " + i)
                .add("role", i == 0 ? "SCHOOL_ADMIN" : "TEACHER").add("enabled", true)
                .add("must_change_password", false).add("created_at", START.toString())
                .add("totp_enabled", false).add("teaches", i != 0));
        int files = items / 10;
        byte[][] contents = new byte[files][];
        String[] shas = new String[files];
        for (int i = 0; i < files; i++) {
            contents[i] = text(4096, i).getBytes(StandardCharsets.UTF_8);
            shas[i] = HexFormat.of().formatHex(sha256().digest(contents[i]));
        }
        rows("attachment", files, i -> Json.createObjectBuilder().add("id", i + 1).add("school_id", 1)
                .add("sha256", shas[i]).add("size_bytes", contents[i].length).add("filename", "tai-lieu-" + i + ".txt")
                .add("media_type", "text/plain").add("uploaded_by", 2 + i % (ACCOUNTS - 1))
                .add("uploaded_at", START.plusHours(i).toString()));
        rows("content_item", items, i -> {
            OffsetDateTime at = START.plusMinutes(7L * i);
            JsonObjectBuilder row = Json.createObjectBuilder().add("id", i + 1).add("school_id", 1)
                    .add("type", i % 10 == 0 ? "DOCUMENT" : "NEWS").add("category", "Tin tức - Sự kiện")
                    .add("title", "Bài viết số " + i + " về hoạt động của trường").add("summary", text(200, i))
                    .add("body", "<p>" + text(1500, i) + "</p>").add("author_id", 2 + i % (ACCOUNTS - 1))
                    .add("status", "PUBLISHED").add("visibility", "PUBLIC").add("created_at", at.toString())
                    .add("published_at", at.toString()).add("row_version", 1);
            if (i % 10 == 0) {
                row.add("attachment_id", i / 10 + 1);
            }
            return row;
        });
        LogbookEntry[] previous = {null};
        rows("logbook_entry", 1000, i -> {
            LogbookEntry entry = LogbookChain.next(previous[0], new LogbookFields(CODE,
                    Instant.parse("2024-09-05T00:00:00Z").plusSeconds(3600L * i), "gv0", "post.published",
                    "Bài viết số " + i, null, "10.0.0.1"));
            previous[0] = entry;
            return Json.createObjectBuilder().add("id", i + 1).add("scope", CODE).add("seq_no", entry.sequence())
                    .add("occurred_at", OffsetDateTime.ofInstant(entry.fields().time(), ZoneOffset.UTC).toString())
                    .add("actor", "gv0").add("action", "post.published").add("target", "Bài viết số " + i)
                    .add("ip", "10.0.0.1").add("previous_hash", entry.previousHash()).add("hash", entry.hash());
        });
        for (int i = 0; i < files; i++) {
            entry(ArchiveManifest.FILES + shas[i], contents[i]);
        }
        counts.put(ArchiveManifest.FILES_COUNT, (long) files);
        zip.putNextEntry(new ZipEntry(ArchiveManifest.NAME));
        zip.write(new ArchiveManifest(ArchiveManifest.FORMAT_VERSION, "generator", CODE, "Trường THCS Sinh Dữ Liệu",
                START.toString(), false, counts, hashes).toJson().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private interface Row {
        JsonObjectBuilder of(int index);
    }

    private void rows(String kind, int n, Row row) throws IOException {
        zip.putNextEntry(new ZipEntry(ArchiveManifest.kindEntry(kind)));
        MessageDigest digest = sha256();
        OutputStream out = new DigestOutputStream(zip, digest);
        for (int i = 0; i < n; i++) {
            out.write(row.of(i).build().toString().getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        }
        zip.closeEntry();
        hashes.put(ArchiveManifest.kindEntry(kind), HexFormat.of().formatHex(digest.digest()));
        counts.put(kind, (long) n);
    }

    private void entry(String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
        hashes.put(name, HexFormat.of().formatHex(sha256().digest(content)));
    }

    private static final String[] WORDS = {"học", "sinh", "giáo", "viên", "trường", "lớp", "hoạt", "động", "ngoại",
        "khóa", "thi", "đua", "khen", "thưởng", "văn", "nghệ", "thể", "thao", "phụ", "huynh", "năm", "học"};

    /** Vietnamese-looking text of about {@code chars} characters, different per {@code seed}. */
    private String text(int chars, int seed) {
        StringBuilder text = new StringBuilder(chars + 16).append(seed).append(' ');
        while (text.length() < chars) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        return text.toString().strip();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
