package vn.eschool.portal.core.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import vn.eschool.portal.core.config.PortalConfig;
import vn.eschool.portal.core.files.UploadClaims;
import vn.eschool.portal.core.logbook.ActivityLog;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.school.SchoolService;

/**
 * A school's way out and in. An import is spooled to a temporary file (the archive is read twice: verified whole,
 * then written), opened if sealed, verified against its manifest, and only then written in one transaction.
 */
@ApplicationScoped
public class SchoolTransfer {

    /** Long enough that Argon2id, not the passphrase's shortness, is what an attacker must beat. */
    public static final int MIN_PASSPHRASE = 12;

    @Inject
    SchoolExport exporter;

    @Inject
    SchoolImport importer;

    @Inject
    SchoolService schools;

    @Inject
    PortalConfig config;

    @Inject
    ActivityLog log;

    @Inject
    UploadClaims claims;

    /** Refuses secrets without a passphrase, and a passphrase too short to protect them. */
    public static char[] checkPassphrase(String passphrase, boolean secrets) {
        if (passphrase == null || passphrase.isEmpty()) {
            if (secrets) {
                throw PortalException.badRequest("passphrase-required",
                        "Xuất kèm mật khẩu và khóa xác thực phải có cụm mật khẩu (X-Archive-Passphrase) để mã hóa.",
                        "An export with secrets needs a passphrase (X-Archive-Passphrase) to encrypt it.");
            }
            return null;
        }
        if (passphrase.length() < MIN_PASSPHRASE) {
            throw PortalException.badRequest("passphrase-too-short",
                    "Cụm mật khẩu phải có ít nhất " + MIN_PASSPHRASE + " ký tự.",
                    "The passphrase must have at least " + MIN_PASSPHRASE + " characters.");
        }
        return passphrase.toCharArray();
    }

    /** Records the export in the school's logbook and answers the archive's stream. */
    public StreamingOutput export(School school, boolean secrets, char[] passphrase) {
        log.record(school, "school.exported", school.code(), secrets ? "secrets, sealed" : passphrase != null
                ? "sealed" : null);
        return out -> {
            try {
                exporter.write(school, secrets, passphrase, out);
            } catch (SQLException e) {
                throw new IOException("Export of " + school.code() + " failed", e);
            }
        };
    }

    public SchoolImport.Result importArchive(InputStream body, String newCode, char[] passphrase) throws IOException {
        String code = schools.freeCode(newCode);
        Path tmp = config.dataDir().resolve("tmp");
        Files.createDirectories(tmp);
        Path spooled = Files.createTempFile(tmp, "import-", ".part");
        Path opened = null;
        try {
            try (OutputStream out = Files.newOutputStream(spooled)) {
                body.transferTo(out);
            }
            Path archive = spooled;
            byte[] start;
            try (InputStream in = Files.newInputStream(spooled)) {
                start = in.readNBytes(ArchiveCipher.MAGIC.length);
            }
            if (ArchiveCipher.isSealed(start)) {
                if (passphrase == null) {
                    throw PortalException.badRequest("passphrase-required",
                            "Tệp lưu trữ đã được mã hóa: cần cụm mật khẩu (X-Archive-Passphrase).",
                            "The archive is encrypted: a passphrase (X-Archive-Passphrase) is required.");
                }
                opened = Files.createTempFile(tmp, "import-", ".zip.part");
                try (InputStream in = Files.newInputStream(spooled); OutputStream out = Files.newOutputStream(opened)) {
                    ArchiveCipher.open(in, passphrase, out);
                } catch (ArchiveCipher.SealBrokenException e) {
                    throw ArchiveManifest.rejected("Sai cụm mật khẩu hoặc tệp lưu trữ đã bị thay đổi.",
                            "Wrong passphrase, or the archive was altered.");
                }
                archive = opened;
            }
            try (ZipFile zip = new ZipFile(archive.toFile())) {
                ArchiveManifest manifest = ArchiveManifest.read(zip);
                if (manifest.secrets() && archive == spooled) {
                    throw ArchiveManifest.rejected("Tệp lưu trữ có mật khẩu nhưng không được mã hóa.",
                            "The archive carries secrets but is not encrypted.");
                }
                List<SchoolImport.Claimed> claimed = new ArrayList<>();
                SchoolImport.Result result;
                try {
                    result = importer.write(zip, manifest, code, claimed);
                } catch (IOException | SQLException | RuntimeException e) {
                    // Rolled back: its files go (those no row or other upload holds) before the answer says so.
                    claimed.forEach(claim -> claims.release(claim.claim(), claim.sha256()));
                    throw e;
                }
                long schoolId = schools.require(code).id();
                long last = 0;
                do {
                    last = importer.indexPage(schoolId, last);
                } while (last >= 0);
                return result;
            } catch (ZipException e) {
                throw ArchiveManifest.rejected("Tệp gửi lên không phải tệp ZIP hợp lệ.",
                        "The body is not a valid ZIP.");
            } catch (SQLException e) {
                throw new IOException("Import as " + code + " failed", e);
            }
        } finally {
            Files.deleteIfExists(spooled);
            if (opened != null) {
                Files.deleteIfExists(opened);
            }
        }
    }
}
