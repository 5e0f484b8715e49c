package vn.smartcity.ioc.shared.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What can be proved about Oracle without an Oracle server: the migrations, with the Oracle column types,
 * run on H2 in Oracle mode; and the DDL that Hibernate's OracleDialect generates from the entities, run in a
 * second Oracle-mode database, gives the same tables, columns, types, sizes and nullability.
 */
class OracleSchemaTest {

    @TempDir
    Path dir;

    @Test
    void oracleMigrationsAgreeWithTheOracleDdlHibernateGenerates() throws Exception {
        JdbcDataSource migrated = oracleModeH2();
        SchemaMigration.migrate(migrated, DatabaseVendor.ORACLE);

        Path script = dir.resolve("oracle.sql");
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting("hibernate.dialect", "org.hibernate.dialect.OracleDialect")
                .applySetting("jakarta.persistence.database-product-name", "Oracle")
                .applySetting("jakarta.persistence.database-major-version", "19")
                .applySetting("hibernate.boot.allow_jdbc_metadata_access", false)
                .applySetting("jakarta.persistence.schema-generation.scripts.action", "create")
                .applySetting("jakarta.persistence.schema-generation.scripts.create-target", script.toString())
                .applySetting("hibernate.hbm2ddl.delimiter", ";")
                .build();
        MetadataSources sources = new MetadataSources(registry);
        IocEntities.all().forEach(sources::addAnnotatedClass);
        Metadata metadata = sources.buildMetadata();
        SchemaManagementToolCoordinator.process(metadata, registry,
                registry.requireService(ConfigurationService.class).getSettings(), action -> { });
        String ddl = Files.readString(script);
        assertFalse(ddl.isBlank());

        JdbcDataSource generated = oracleModeH2();
        try (Connection c = generated.getConnection(); Statement st = c.createStatement()) {
            for (String statement : ddl.split(";")) {
                if (!statement.isBlank()) {
                    st.execute(statement);
                }
            }
        }
        Map<String, String> expected = columns(generated);
        Map<String, String> actual = columns(migrated);
        assertFalse(expected.isEmpty());
        for (var column : expected.entrySet()) {
            assertEquals(column.getValue(), actual.get(column.getKey()),
                    "column " + column.getKey() + ": Hibernate's Oracle DDL vs the migrations");
        }
        assertEquals(expected.keySet(), tablesOf(expected, actual), "tables the entities map and the migrations make");
    }

    private static java.util.Set<String> tablesOf(Map<String, String> expected, Map<String, String> actual) {
        java.util.Set<String> entityTables = new java.util.TreeSet<>();
        expected.keySet().forEach(k -> entityTables.add(k.substring(0, k.indexOf('.'))));
        java.util.Set<String> columns = new java.util.TreeSet<>();
        actual.keySet().stream().filter(k -> entityTables.contains(k.substring(0, k.indexOf('.')))).forEach(columns::add);
        return columns;
    }

    private static JdbcDataSource oracleModeH2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        return ds;
    }

    /** table.column → "TYPE(length,precision,scale) NULL|NOT NULL" of the PUBLIC schema, without Flyway's table. */
    private static Map<String, String> columns(JdbcDataSource ds) throws SQLException {
        Map<String, String> columns = new TreeMap<>();
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("""
                     SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION,
                            NUMERIC_SCALE, IS_NULLABLE
                     FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC'
                     AND TABLE_NAME <> 'ioc_schema_history'""")) {
            while (rs.next()) {
                columns.put(rs.getString(1).toLowerCase() + "." + rs.getString(2).toLowerCase(),
                        rs.getString(3) + "(" + rs.getObject(4) + "," + rs.getObject(5) + "," + rs.getObject(6) + ") "
                                + ("YES".equals(rs.getString(7)) ? "NULL" : "NOT NULL"));
            }
        }
        return columns;
    }
}
