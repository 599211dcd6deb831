package vn.eschool.portal.core.transfer;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import vn.eschool.portal.core.bootstrap.PortalBootstrap;
import vn.eschool.portal.core.files.FileService;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.security.totp.SecretCipher;

/**
 * Streams a school's archive: each kind as JSON Lines read through a cursor, then every file once (named by its
 * SHA-256), then the manifest. Nothing but the current row and a copy buffer is held, whatever the school's size;
 * all is read in one read-only transaction, so the archive is one consistent moment of the school.
 */
@ApplicationScoped
public class SchoolExport {

    /** Columns that are secrets: left out unless asked for, and then only in a sealed archive. */
    static final Set<String> SECRET_COLUMNS = Set.of("password_hash", "totp_secret", "backup_codes");

    @Resource(lookup = PortalBootstrap.DATASOURCE)
    DataSource dataSource;

    @Inject
    SchoolKinds kinds;

    @Inject
    FileService files;

    @Inject
    SecretCipher cipher;

    @Inject
    Clock clock;

    /** Writes the archive; with {@code passphrase} (required for secrets) the whole of it sealed. */
    public void write(School school, boolean secrets, char[] passphrase, OutputStream target)
            throws IOException, SQLException {
        OutputStream out = passphrase == null ? target : ArchiveCipher.sealing(target, passphrase);
        Map<String, String> hashes = new LinkedHashMap<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
             ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            int isolation = connection.getTransactionIsolation();
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                for (SchoolTable table : kinds.tables()) {
                    String entry = ArchiveManifest.kindEntry(table.name());
                    counts.put(table.name(), writeEntry(zip, entry, hashes,
                            stream -> writeRows(connection, table, school.id(), secrets, stream)));
                }
                for (DistrictTable district : kinds.districtTables()) {
                    writeEntry(zip, district.entry(), hashes,
                            stream -> writeDistrictRows(connection, district, school.id(), stream));
                }
                long fileCount = 0;
                try (PreparedStatement query = connection.prepareStatement(
                        "SELECT sha256 FROM attachment WHERE school_id = ? UNION SELECT text_sha256 FROM attachment"
                                + " WHERE school_id = ? AND text_sha256 IS NOT NULL")) {
                    query.setLong(1, school.id());
                    query.setLong(2, school.id());
                    query.setFetchSize(500);
                    try (ResultSet shas = query.executeQuery()) {
                        while (shas.next()) {
                            String sha = shas.getString(1);
                            if (files.blobs().exists(sha)) {
                                writeEntry(zip, ArchiveManifest.FILES + sha, hashes, stream -> {
                                    try (InputStream blob = files.blobs().open(sha)) {
                                        blob.transferTo(stream);
                                    }
                                    return 1;
                                });
                                fileCount++;
                            }
                        }
                    }
                }
                counts.put(ArchiveManifest.FILES_COUNT, fileCount);
            } finally {
                // The connection goes back to the pool: as it came.
                connection.rollback();
                connection.setTransactionIsolation(isolation);
                connection.setReadOnly(false);
                connection.setAutoCommit(true);
            }
            ArchiveManifest manifest = new ArchiveManifest(ArchiveManifest.FORMAT_VERSION, portalVersion(),
                    school.code(), school.name(), OffsetDateTime.now(clock).toString(), secrets, counts, hashes);
            zip.putNextEntry(new ZipEntry(ArchiveManifest.NAME));
            zip.write(manifest.toJson().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    private long writeRows(Connection connection, SchoolTable table, long schoolId, boolean secrets,
                           OutputStream out) throws SQLException, IOException {
        String order = table.idColumn() != null ? table.idColumn() : String.join(", ", table.references().keySet());
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT * FROM " + table.name() + " WHERE " + table.owned() + " ORDER BY " + order)) {
            query.setLong(1, schoolId);
            query.setFetchSize(500);
            try (ResultSet rows = query.executeQuery()) {
                Columns columns = Columns.of(rows.getMetaData());
                long count = 0;
                while (rows.next()) {
                    JsonObjectBuilder json = Json.createObjectBuilder();
                    int index = 1;
                    for (String column : columns.kinds().keySet()) {
                        if (!SECRET_COLUMNS.contains(column) || secrets) {
                            columns.read(rows, index, column, json);
                        }
                        index++;
                    }
                    if (secrets && table.name().equals(CoreSchoolData.ACCOUNT)) {
                        openSecret(json, rows);
                    }
                    out.write(json.build().toString().getBytes(StandardCharsets.UTF_8));
                    out.write('\n');
                    count++;
                }
                return count;
            }
        }
    }

    /** The district's rows of {@code district} that a row of the school refers to: their id and key (no secret). */
    private long writeDistrictRows(Connection connection, DistrictTable district, long schoolId, OutputStream out)
            throws SQLException, IOException {
        List<String> referring = new ArrayList<>();
        int schools = 0;
        for (SchoolTable table : kinds.tables()) {
            for (Map.Entry<String, String> reference : table.references().entrySet()) {
                if (reference.getValue().equals(district.name())) {
                    referring.add("SELECT " + reference.getKey() + " FROM " + table.name() + " WHERE " + table.owned());
                    schools++;
                }
            }
        }
        if (referring.isEmpty()) {
            return 0;
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT id, " + String.join(", ", district.key())
                + " FROM " + district.name() + " WHERE " + district.districtRows()
                + " AND id IN (" + String.join(" UNION ", referring) + ") ORDER BY id")) {
            for (int i = 1; i <= schools; i++) {
                query.setLong(i, schoolId);
            }
            try (ResultSet rows = query.executeQuery()) {
                Columns columns = Columns.of(rows.getMetaData());
                long count = 0;
                while (rows.next()) {
                    JsonObjectBuilder json = Json.createObjectBuilder();
                    int index = 1;
                    for (String column : columns.kinds().keySet()) {
                        columns.read(rows, index++, column, json);
                    }
                    out.write(json.build().toString().getBytes(StandardCharsets.UTF_8));
                    out.write('\n');
                    count++;
                }
                return count;
            }
        }
    }

    /** Authenticator secrets are sealed with this deployment's key: the archive carries them open (it is sealed). */
    private void openSecret(JsonObjectBuilder json, ResultSet row) throws SQLException {
        String sealed = row.getString("totp_secret");
        if (sealed != null && SecretCipher.isSealed(sealed)) {
            json.add("totp_secret", cipher.open(sealed));
        }
    }

    private interface EntryWriter {
        long write(OutputStream out) throws IOException, SQLException;
    }

    private static long writeEntry(ZipOutputStream zip, String name, Map<String, String> hashes, EntryWriter writer)
            throws IOException, SQLException {
        zip.putNextEntry(new ZipEntry(name));
        MessageDigest digest = ArchiveManifest.digest();
        // The entry's stream must not close the archive's.
        OutputStream entry = new DigestOutputStream(new FilterOutputStream(zip) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() {
            }
        }, digest);
        java.io.BufferedOutputStream buffered = new java.io.BufferedOutputStream(entry, 64 * 1024);
        long count = writer.write(buffered);
        buffered.flush();
        zip.closeEntry();
        hashes.put(name, HexFormat.of().formatHex(digest.digest()));
        return count;
    }

    static String portalVersion() {
        String version = SchoolExport.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
