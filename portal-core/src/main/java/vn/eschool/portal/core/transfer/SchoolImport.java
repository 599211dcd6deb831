package vn.eschool.portal.core.transfer;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import vn.eschool.portal.core.bootstrap.PortalBootstrap;
import vn.eschool.portal.core.content.ContentItem;
import vn.eschool.portal.core.files.FileService;
import vn.eschool.portal.core.files.UploadClaims;
import vn.eschool.portal.core.index.ContentIndexing;
import vn.eschool.portal.core.logbook.LogbookChain;
import vn.eschool.portal.core.logbook.LogbookEntry;
import vn.eschool.portal.core.logbook.LogbookFields;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.security.AuthenticatedUser;
import vn.eschool.portal.core.security.CurrentUser;
import vn.eschool.portal.core.security.PasswordHasher;
import vn.eschool.portal.core.security.SecureTokens;
import vn.eschool.portal.core.security.totp.SecretCipher;

/**
 * Writes a verified archive as a new school, in one transaction: every id is drawn anew from its sequence (a first
 * pass over the keys, so references in any order, even inside attribute values, find their new ids), rows are
 * inserted with their dates, authors and history, and the logbook keeps its chain, extended by one entry for the
 * import. Files go to the content-addressed store first, under upload claims that the caller releases if the
 * transaction rolls back, so a failure at any row leaves neither rows nor files (but a file another row holds).
 */
@ApplicationScoped
public class SchoolImport {

    private static final int BATCH = 500;

    @Resource(lookup = PortalBootstrap.DATASOURCE)
    DataSource dataSource;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    SchoolKinds kinds;

    @Inject
    FileService files;

    @Inject
    UploadClaims claims;

    @Inject
    SecretCipher cipher;

    @Inject
    PasswordHasher passwords;

    @Inject
    CurrentUser currentUser;

    @Inject
    ContentIndexing indexing;

    @Inject
    Clock clock;

    /** Rows per kind and the number of files, as the answer reports them. */
    public record Result(String code, Map<String, Long> counts) {
    }

    /** A file's upload claim taken by an import: released by the caller if the import does not commit. */
    public record Claimed(String claim, String sha256) {
    }

    /** Writes the school; {@code claimed} receives the claims of its files, for the caller to release on failure. */
    @Transactional
    public Result write(ZipFile zip, ArchiveManifest manifest, String code, List<Claimed> claimed)
            throws IOException, SQLException {
        List<SchoolTable> tables = kinds.tables();
        List<String> known = tables.stream().map(SchoolTable::name).toList();
        for (String kind : manifest.counts().keySet()) {
            if (!kind.equals(ArchiveManifest.FILES_COUNT) && !known.contains(kind)) {
                throw ArchiveManifest.rejected("Tệp lưu trữ có dữ liệu " + kind + " mà cổng này không có mô-đun nhận.",
                        "The archive holds " + kind + ", which no module of this portal takes.");
            }
        }
        Connection connection = dataSource.getConnection();
        try {
            IdMap ids = new IdMap();
            Sequences sequences = new Sequences(connection);
            for (SchoolTable table : tables) {
                if (table.idColumn() != null && manifest.counts().containsKey(table.name())) {
                    forEachRow(zip, table, row -> ids.put(table.name(), id(row.get(table.idColumn())),
                            sequences.next(table.sequence())));
                }
            }
            for (DistrictTable district : kinds.districtTables()) {
                if (manifest.entries().containsKey(district.entry())) {
                    mapDistrictRows(connection, zip, district, ids);
                }
            }
            Map<String, Long> counts = new LinkedHashMap<>();
            counts.put(ArchiveManifest.FILES_COUNT, storeFiles(zip, manifest, claimed));
            Rewrites rewrites = new Rewrites(code, manifest.secrets(), kinds.idAttributes(), ids,
                    new BodyLinks(manifest.schoolCode(), code, ids));
            for (SchoolTable table : tables) {
                if (manifest.counts().containsKey(table.name())) {
                    counts.put(table.name(), insert(connection, zip, table, rewrites));
                }
            }
            appendImportEntry(connection, sequences, code, manifest);
            return new Result(code, counts);
        } catch (SQLException e) {
            // A row the database refuses (a constraint, a value too long): the archive is at fault, nothing stays.
            throw ArchiveManifest.rejected("Không nhập được: " + e.getMessage(), "Import failed: " + e.getMessage());
        } finally {
            connection.close();
        }
    }

    /**
     * Hands one page of the imported school's items (ids above {@code afterId}) to the index, as any saved item is,
     * after this page's commit: pages keep the pending documents few, whatever the school's size.
     * Answers the last id of the page, or -1 when there was none.
     */
    @Transactional
    public long indexPage(long schoolId, long afterId) {
        List<ContentItem> items = em.createQuery("select c from ContentItem c where c.school.id = :school"
                        + " and c.id > :after order by c.id", ContentItem.class).setParameter("school", schoolId)
                .setParameter("after", afterId).setMaxResults(BATCH).getResultList();
        items.forEach(indexing::changed);
        return items.isEmpty() ? -1 : items.get(items.size() - 1).id();
    }

    /**
     * Stores the archive's files, each under an upload claim taken before the store is looked at, as an upload's
     * ({@link UploadClaims}): should the import roll back, the caller releases the claims, and a file goes only if
     * no row and no other claim holds it (an upload of the same bytes meanwhile keeps it).
     */
    private long storeFiles(ZipFile zip, ArchiveManifest manifest, List<Claimed> claimed) throws IOException {
        long count = 0;
        for (String sha : manifest.files()) {
            Claimed claim = new Claimed(claims.claim(sha), sha);
            claimed.add(claim);
            if (!files.blobs().exists(sha)) {
                // Its entry's hash was verified: the blob is named by its content.
                try (InputStream in = zip.getInputStream(zip.getEntry(ArchiveManifest.FILES + sha))) {
                    files.blobs().store(in, Long.MAX_VALUE);
                }
            }
            claims.settleOnCommit(claim.claim());
            count++;
        }
        return count;
    }

    private long insert(Connection connection, ZipFile zip, SchoolTable table, Rewrites rewrites)
            throws IOException, SQLException {
        Columns columns = Columns.of(connection, table.name());
        Map<String, PreparedStatement> statements = new HashMap<>();
        long[] count = {0};
        try {
            forEachRow(zip, table, row -> {
                Map<String, JsonValue> values = rewrites.apply(table, row, columns);
                List<String> names = new ArrayList<>(values.keySet());
                for (String name : names) {
                    if (!columns.has(name)) {
                        throw ArchiveManifest.rejected("Cột " + table.name() + "." + name + " không có ở cổng này.",
                                "Column " + table.name() + "." + name + " does not exist in this portal.");
                    }
                }
                String key = String.join(",", names);
                PreparedStatement insert = statements.get(key);
                if (insert == null) {
                    insert = connection.prepareStatement("INSERT INTO " + table.name() + " (" + key + ") VALUES ("
                            + "?,".repeat(names.size() - 1) + "?)");
                    statements.put(key, insert);
                }
                for (int i = 0; i < names.size(); i++) {
                    columns.bind(insert, i + 1, names.get(i), values.get(names.get(i)));
                }
                insert.addBatch();
                if (++count[0] % BATCH == 0) {
                    insert.executeBatch();
                }
            });
            for (PreparedStatement insert : statements.values()) {
                insert.executeBatch();
            }
        } finally {
            for (PreparedStatement insert : statements.values()) {
                insert.close();
            }
        }
        return count[0];
    }

    /**
     * Each district row the school refers to, as this deployment numbers it: the row with the same key. A row this
     * deployment does not have refuses the archive (the district creates it first, e.g. the prescribed folder).
     */
    private static void mapDistrictRows(Connection connection, ZipFile zip, DistrictTable district, IdMap ids)
            throws IOException, SQLException {
        Columns columns = Columns.of(connection, district.name());
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                zip.getInputStream(zip.getEntry(district.entry())), StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null;) {
                if (line.isBlank()) {
                    continue;
                }
                JsonObject row = Json.createReader(new StringReader(line)).readObject();
                // "= ?" or "IS NULL" per value: a parameter compared with NULL has no type PostgreSQL can infer.
                StringBuilder sql = new StringBuilder("SELECT id FROM " + district.name() + " WHERE "
                        + district.districtRows());
                List<String> bound = new ArrayList<>();
                for (String column : district.key()) {
                    if (row.getOrDefault(column, JsonValue.NULL).getValueType() == JsonValue.ValueType.NULL) {
                        sql.append(" AND ").append(column).append(" IS NULL");
                    } else {
                        sql.append(" AND ").append(column).append(" = ?");
                        bound.add(column);
                    }
                }
                try (PreparedStatement find = connection.prepareStatement(sql.toString())) {
                    for (int i = 0; i < bound.size(); i++) {
                        columns.bind(find, i + 1, bound.get(i), row.get(bound.get(i)));
                    }
                    try (ResultSet found = find.executeQuery()) {
                        if (found.next()) {
                            ids.put(district.name(), id(row.get("id")), found.getLong(1));
                        } else if (district.missingAsNull()) {
                            ids.putMissing(district.name(), id(row.get("id")), keyOf(row, district));
                        } else {
                            throw missingDistrictRow(district.name(), keyOf(row, district));
                        }
                    }
                }
            }
        }
    }

    private static PortalException missingDistrictRow(String table, String key) {
        return ArchiveManifest.rejected("Cổng này không có " + table + " " + key
                        + " mà trường dùng; quận cần tạo trước khi nhập.",
                "This portal has no " + table + " " + key + ", which the school uses; the district creates it first.");
    }

    private static String keyOf(JsonObject row, DistrictTable district) {
        return district.key().stream().map(column -> String.valueOf(row.get(column))).toList().toString();
    }

    /** The logbook of the new code ends where the archive's did, plus the import. */
    private void appendImportEntry(Connection connection, Sequences sequences, String code, ArchiveManifest manifest)
            throws SQLException {
        long sequence = LogbookChain.FIRST_SEQUENCE - 1;
        String hash = LogbookChain.GENESIS_HASH;
        try (PreparedStatement last = connection.prepareStatement(
                "SELECT seq_no, hash FROM logbook_entry WHERE scope = ? ORDER BY seq_no DESC")) {
            last.setString(1, code);
            last.setMaxRows(1);
            try (ResultSet row = last.executeQuery()) {
                if (row.next()) {
                    sequence = row.getLong(1);
                    hash = row.getString(2);
                }
            }
        }
        AuthenticatedUser user = currentUser.get().orElseThrow();
        LogbookEntry entry = LogbookChain.after(sequence, hash, new LogbookFields(code, clock.instant(),
                user.principalName(), "school.imported", code,
                "Từ / from " + manifest.schoolCode() + ", " + manifest.exportedAt() + ", " + manifest.portalVersion(),
                currentUser.clientIp()));
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO logbook_entry (id, scope, seq_no,"
                + " occurred_at, actor, action, target, details, ip, previous_hash, hash)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
            LogbookFields f = entry.fields();
            insert.setLong(1, sequences.next("logbook_entry_seq"));
            insert.setString(2, code);
            insert.setLong(3, entry.sequence());
            insert.setObject(4, OffsetDateTime.ofInstant(f.time(), ZoneOffset.UTC));
            insert.setString(5, f.actor());
            insert.setString(6, f.action());
            insert.setString(7, f.target());
            insert.setString(8, f.details());
            insert.setString(9, f.ip());
            insert.setString(10, entry.previousHash());
            insert.setString(11, entry.hash());
            insert.executeUpdate();
        }
        try (PreparedStatement head = connection.prepareStatement(
                "INSERT INTO logbook_head (scope, seq_no, hash) VALUES (?, ?, ?)")) {
            head.setString(1, code);
            head.setLong(2, entry.sequence());
            head.setString(3, entry.hash());
            head.executeUpdate();
        }
    }

    private interface RowAction {
        void accept(JsonObject row) throws SQLException;
    }

    private static void forEachRow(ZipFile zip, SchoolTable table, RowAction action) throws IOException, SQLException {
        ZipEntry entry = zip.getEntry(ArchiveManifest.kindEntry(table.name()));
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(zip.getInputStream(entry),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (!line.isBlank()) {
                    JsonObject row;
                    try {
                        row = Json.createReader(new StringReader(line)).readObject();
                    } catch (JsonException e) {
                        throw ArchiveManifest.rejected("Một dòng của " + table.name() + " không phải JSON.",
                                "A line of " + table.name() + " is not JSON.");
                    }
                    action.accept(row);
                }
            }
        }
    }

    static long id(JsonValue value) {
        if (!(value instanceof JsonNumber number)) {
            throw ArchiveManifest.rejected("Thiếu mã dòng.", "A row has no id.");
        }
        return number.longValueExact();
    }

    /** What changes in a row on its way in: keys, references, the code, and the secrets. */
    private final class Rewrites {
        private final String code;
        private final boolean secrets;
        private final Map<String, String> idAttributes;
        private final IdMap ids;
        private final BodyLinks bodyLinks;
        private String unusablePassword;

        Rewrites(String code, boolean secrets, Map<String, String> idAttributes, IdMap ids, BodyLinks bodyLinks) {
            this.code = code;
            this.secrets = secrets;
            this.idAttributes = idAttributes;
            this.ids = ids;
            this.bodyLinks = bodyLinks;
        }

        Map<String, JsonValue> apply(SchoolTable table, JsonObject row, Columns columns) {
            Map<String, JsonValue> values = new LinkedHashMap<>(row);
            if (table.idColumn() != null) {
                long oldId = id(row.get(table.idColumn()));
                values.put(table.idColumn(), Json.createValue(ids.newId(table.name(), oldId)));
            }
            table.references().forEach((column, kind) -> {
                if (values.get(column) instanceof JsonNumber number) {
                    Long newId = ids.reference(kind, number.longValueExact());
                    if (newId == null && !columns.nullable(column)) {
                        throw missingDistrictRow(kind, ids.missingKey(kind, number.longValueExact()));
                    }
                    values.put(column, newId == null ? JsonValue.NULL : Json.createValue(newId));
                }
            });
            // The texts of items and of their revisions show the school's own pictures and link its own pages.
            if (values.get("body") instanceof JsonString body) {
                values.put("body", Json.createValue(bodyLinks.rewrite(body.getString())));
            }
            for (String column : table.codeTexts()) {
                if (values.get(column) instanceof JsonString text) {
                    values.put(column, Json.createValue(bodyLinks.rewriteJson(text.getString())));
                }
            }
            switch (table.name()) {
                case CoreSchoolData.SCHOOL -> {
                    values.put("code", Json.createValue(code));
                    values.put("host_names", JsonValue.NULL);
                }
                case CoreSchoolData.ACCOUNT -> account(values);
                case CoreSchoolData.ATTRIBUTE -> {
                    String kind = idAttributes.get(((JsonString) values.get("name")).getString());
                    if (kind != null && values.get("attr_value") instanceof JsonString old) {
                        values.put("attr_value", Json.createValue(
                                Long.toString(ids.reference(kind, Long.parseLong(old.getString())))));
                    }
                }
                case CoreSchoolData.LOGBOOK -> {
                    // The chain was hashed under the old code: kept beside the new scope so that it still verifies.
                    JsonValue hashed = values.get("hashed_scope");
                    if (hashed == null || hashed.getValueType() == JsonValue.ValueType.NULL) {
                        values.put("hashed_scope", values.get("scope"));
                    }
                    values.put("scope", Json.createValue(code));
                }
                default -> {
                }
            }
            return values;
        }

        private void account(Map<String, JsonValue> values) {
            values.put("login_scope", Json.createValue(code));
            if (!secrets) {
                // Nobody knows this password: an admin sets a new one (or the archive is exported with secrets).
                if (unusablePassword == null) {
                    unusablePassword = passwords.hash(SecureTokens.newToken());
                }
                values.put("password_hash", Json.createValue(unusablePassword));
                values.put("must_change_password", JsonValue.TRUE);
                values.put("totp_enabled", JsonValue.FALSE);
            } else if (values.get("totp_secret") instanceof JsonString plain) {
                values.put("totp_secret", Json.createValue(cipher.seal(plain.getString())));
            }
        }
    }

    /** Ids from the tables' sequences, 50 at a time as JPA allocates them (a value is the top of its block). */
    private static final class Sequences {
        private static final int BLOCK = 50;
        private final Connection connection;
        private final boolean postgres;
        private final Map<String, long[]> blocks = new HashMap<>();

        Sequences(Connection connection) throws SQLException {
            this.connection = connection;
            this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }

        long next(String sequence) throws SQLException {
            long[] block = blocks.get(sequence);
            if (block == null || block[0] > block[1]) {
                try (Statement statement = connection.createStatement();
                     ResultSet value = statement.executeQuery(postgres ? "SELECT nextval('" + sequence + "')"
                             : "SELECT NEXT VALUE FOR " + sequence)) {
                    value.next();
                    long top = value.getLong(1);
                    block = new long[] {top - BLOCK + 1, top};
                    blocks.put(sequence, block);
                }
            }
            return block[0]++;
        }
    }
}
