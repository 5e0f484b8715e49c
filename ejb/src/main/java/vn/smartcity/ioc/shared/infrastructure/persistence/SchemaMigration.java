package vn.smartcity.ioc.shared.infrastructure.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a database to the IOC's current schema with the versioned migrations in
 * {@code db/migration} (Flyway), using the column types of its vendor.
 */
public final class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());
    static final String LOCATION = "classpath:db/migration";
    static final String HISTORY_TABLE = "ioc_schema_history";

    private SchemaMigration() {
    }

    /** Applies the pending migrations; returns how many were applied. */
    public static int migrate(DataSource dataSource) {
        return migrate(dataSource, vendorOf(dataSource));
    }

    /** Applies the pending migrations with the column types of the given vendor. */
    public static int migrate(DataSource dataSource, DatabaseVendor vendor) {
        Flyway flyway = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .table(HISTORY_TABLE)
                .placeholders(vendor.placeholders())
                // JBeret may have created its job repository tables first: start the history at 0
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .validateMigrationNaming(true)
                .load();
        MigrateResult result = flyway.migrate();
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion
                : String.valueOf(flyway.info().current() == null ? "none" : flyway.info().current().getVersion());
        LOG.info(() -> "IOC schema on " + vendor + ": " + result.migrationsExecuted
                + " migration(s) applied, at version " + version);
        return result.migrationsExecuted;
    }

    static DatabaseVendor vendorOf(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return DatabaseVendor.fromProductName(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the IOC database to migrate its schema: " + e.getMessage(), e);
        }
    }
}
