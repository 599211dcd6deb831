package vn.eschool.portal.core.config;

import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Versioned schema migrations with Flyway. The core and each plugin keep their own history table,
 * so a plugin's schema evolves without renumbering anybody else's.
 */
public final class DatabaseMigrator {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    private DatabaseMigrator() {
    }

    public static void migrate(DataSource dataSource, String owner, String location) {
        MigrateResult result = Flyway.configure(Thread.currentThread().getContextClassLoader())
                .dataSource(dataSource)
                .locations(location)
                .table("schema_history_" + owner.replace('-', '_'))
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        LOG.info(() -> "Schema of " + owner + ": " + result.migrationsExecuted + " migration(s) applied, now at "
                + (result.targetSchemaVersion == null ? "current version" : result.targetSchemaVersion));
    }
}
