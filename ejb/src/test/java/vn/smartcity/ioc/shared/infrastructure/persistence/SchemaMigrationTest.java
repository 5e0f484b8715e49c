package vn.smartcity.ioc.shared.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import vn.smartcity.ioc.city.domain.Ward;
import vn.smartcity.ioc.report.domain.ReportCategory;

class SchemaMigrationTest {

    @Test
    void migrationsOnAnEmptyH2GiveASchemaHibernateValidates() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try (SessionFactory sessions = IocEntities.validatedSessionFactory(h2)) {
            assertReferenceDataLoaded(sessions);
        }
        assertEquals(0, SchemaMigration.migrate(h2), "a second start applies nothing");
    }

    @Test
    void migrationsOnAnEmptyPostgresqlSchemaGiveASchemaHibernateValidates() throws SQLException {
        String url = System.getProperty("ioc.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
        String user = System.getProperty("ioc.test.postgres.user", "postgres");
        String schema = "ioc_migration_" + Long.toHexString(System.nanoTime());
        try (Connection admin = connectOrSkip(url, user); Statement st = admin.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
            try {
                PGSimpleDataSource pg = new PGSimpleDataSource();
                pg.setURL(url);
                pg.setUser(user);
                pg.setCurrentSchema(schema);
                try (SessionFactory sessions = IocEntities.validatedSessionFactory(pg)) {
                    assertReferenceDataLoaded(sessions);
                }
            } finally {
                st.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    @Test
    void hibernateRefusesASchemaThatDoesNotMatchTheEntities() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        SchemaMigration.migrate(h2);
        try (Connection c = h2.getConnection(); Statement st = c.createStatement()) {
            st.execute("ALTER TABLE ward DROP COLUMN latitude");
        }
        assertThrows(Exception.class, () -> IocEntities.validatedSessionFactory(h2).close());
    }

    private static void assertReferenceDataLoaded(SessionFactory sessions) {
        sessions.inTransaction(session -> {
            Ward tanPhong = session.createQuery("from Ward where code = 'TAN_PHONG'", Ward.class).getSingleResult();
            assertEquals("Phường Tân Phong", tanPhong.getName());
            assertEquals("25", tanPhong.getProvince().getPlateCode());
            var categories = session.createQuery("from ReportCategory c join fetch c.department", ReportCategory.class)
                    .getResultList();
            assertFalse(categories.isEmpty());
            categories.forEach(c -> assertEquals(true, c.getSlaHours() > 0));
        });
    }

    private static Connection connectOrSkip(String url, String user) throws SQLException {
        try {
            return DriverManager.getConnection(url, user, "");
        } catch (SQLException e) {
            if (Boolean.getBoolean("ioc.test.postgres.required")) {
                throw e;
            }
            Assumptions.abort("PostgreSQL not reachable at " + url + " (" + e.getMessage() + ")");
            throw e;
        }
    }
}
