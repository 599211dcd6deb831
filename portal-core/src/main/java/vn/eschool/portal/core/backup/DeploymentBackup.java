package vn.eschool.portal.core.backup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.eschool.portal.core.bootstrap.PortalBootstrap;
import vn.eschool.portal.core.config.PortalConfig;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.security.totp.SecretKeyFile;

/**
 * A backup of the whole deployment while it runs, into {@code <data>/backups/<time>/}: the database first (H2's
 * online {@code BACKUP TO}, or {@code pg_dump} for PostgreSQL: each one consistent moment), then the files of the
 * shared directory (a row is written only after its file, and files never change, so every file a row of the dump
 * names is there; they are hard-linked when the file system allows, else copied), then the secret key file. The search index and the
 * thumbnails are not kept: the portal rebuilds them.
 */
@ApplicationScoped
public class DeploymentBackup {

    public static final String DIRECTORY = "backups";
    public static final String H2_FILE = "database.zip";
    public static final String POSTGRES_FILE = "database.dump";
    private static final String KEYS = "keys";
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss");
    private static final long DUMP_TIMEOUT_HOURS = 6;

    @Resource(lookup = PortalBootstrap.DATASOURCE)
    DataSource dataSource;

    @Inject
    PortalConfig config;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "portal.db.password", defaultValue = "portal")
    String databasePassword;

    /** One backup at a time: a second one waits for nothing, it is refused. */
    private final ReentrantLock running = new ReentrantLock();

    public record Result(String directory, String database, String databaseFile, long files, boolean secretKey,
                         OffsetDateTime at) {
    }

    public Result run() throws IOException, SQLException, InterruptedException {
        if (!running.tryLock()) {
            throw PortalException.conflict("backup-running", "Một bản sao lưu đang được tạo.",
                    "A backup is already running.");
        }
        try {
            OffsetDateTime at = OffsetDateTime.now(clock);
            Path data = config.dataDir();
            Path target = data.resolve(DIRECTORY).resolve(NAME.format(at));
            Files.createDirectories(target);
            String database;
            String file;
            try (Connection connection = dataSource.getConnection()) {
                DatabaseMetaData meta = connection.getMetaData();
                database = meta.getDatabaseProductName();
                if (database.toLowerCase().contains("postgres")) {
                    file = POSTGRES_FILE;
                    pgDump(meta.getURL(), meta.getUserName(), target.resolve(file));
                } else {
                    file = H2_FILE;
                    try (Statement backup = connection.createStatement()) {
                        backup.execute("BACKUP TO '" + target.resolve(file).toString().replace("'", "''") + "'");
                    }
                }
            }
            // The files and the key live in the shared directory (the data directory, unless a cluster's nodes
            // share one): laid out as there, so that a restore copies files/ and keys/ back as they are.
            Path shared = config.sharedDir();
            long files = linkFiles(shared.resolve("files"), target.resolve("files"));
            Path key = shared.resolve(KEYS).resolve(SecretKeyFile.FILE_NAME);
            boolean secretKey = Files.exists(key);
            if (secretKey) {
                Files.createDirectories(target.resolve(KEYS));
                Files.copy(key, target.resolve(KEYS).resolve(SecretKeyFile.FILE_NAME),
                        StandardCopyOption.COPY_ATTRIBUTES);
            }
            return new Result(data.relativize(target).toString(), database, file, files, secretKey, at);
        } finally {
            running.unlock();
        }
    }

    private void pgDump(String jdbcUrl, String user, Path file) throws IOException, InterruptedException {
        // jdbc:postgresql://host:port/db?… → a libpq URI; the password goes through the environment, not argv.
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        String dbUri = "postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
                + uri.getPath();
        List<String> command = new ArrayList<>(List.of("pg_dump", "--format=custom", "--no-owner",
                "--file=" + file, "--dbname=" + dbUri));
        if (user != null && !user.isBlank()) {
            command.add("--username=" + user);
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(file.resolveSibling("pg_dump.log").toFile());
        Map<String, String> env = builder.environment();
        env.put("PGPASSWORD", databasePassword);
        Process dump = builder.start();
        if (!dump.waitFor(DUMP_TIMEOUT_HOURS, TimeUnit.HOURS) || dump.exitValue() != 0) {
            dump.destroyForcibly();
            throw new IOException("pg_dump failed: see " + file.resolveSibling("pg_dump.log"));
        }
    }

    private static long linkFiles(Path files, Path target) throws IOException {
        if (!Files.isDirectory(files)) {
            return 0;
        }
        long count = 0;
        try (Stream<Path> all = Files.walk(files)) {
            for (Path blob : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
                Path copy = target.resolve(files.relativize(blob).toString());
                Files.createDirectories(copy.getParent());
                try {
                    Files.createLink(copy, blob);
                } catch (FileAlreadyExistsException e) {
                    continue;
                } catch (UnsupportedOperationException | IOException e) {
                    Files.copy(blob, copy);
                }
                count++;
            }
        }
        return count;
    }
}
