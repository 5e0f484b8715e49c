package vn.smartcity.ioc.shared.infrastructure.persistence;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The databases the IOC runs on, with the column types that the migrations use through Flyway placeholders
 * ({@code ${id}}, {@code ${varchar}(n${chars})} ...), so that one script serves all three.
 * The types are the ones Hibernate expects for the entities' Java types on each database.
 */
public enum DatabaseVendor {
    H2(types("id", "BIGINT", "int", "INTEGER", "tinyint", "TINYINT", "bool", "BOOLEAN", "varchar", "VARCHAR",
            "chars", "", "clob", "CLOB", "double", "DOUBLE PRECISION", "timestamp", "TIMESTAMP(6) WITH TIME ZONE",
            "true", "TRUE", "false", "FALSE", "bytes", "VARBINARY(6000000)", "date", "DATE")),
    POSTGRESQL(types("id", "BIGINT", "int", "INTEGER", "tinyint", "SMALLINT", "bool", "BOOLEAN", "varchar", "VARCHAR",
            "chars", "", "clob", "TEXT", "double", "DOUBLE PRECISION", "timestamp", "TIMESTAMP(6) WITH TIME ZONE",
            "true", "TRUE", "false", "FALSE", "bytes", "BYTEA", "date", "DATE")),
    ORACLE(types("id", "NUMBER(19,0)", "int", "NUMBER(10,0)", "tinyint", "NUMBER(3,0)", "bool", "NUMBER(1,0)",
            "varchar", "VARCHAR2", "chars", " CHAR", "clob", "CLOB", "double", "FLOAT(53)",
            "timestamp", "TIMESTAMP(6) WITH TIME ZONE", "true", "1", "false", "0", "bytes", "BLOB", "date", "DATE"));

    private final Map<String, String> columnTypes;

    DatabaseVendor(Map<String, String> columnTypes) {
        this.columnTypes = columnTypes;
    }

    /** Flyway placeholders: column types of this vendor. */
    public Map<String, String> placeholders() {
        return columnTypes;
    }

    /** The vendor for a JDBC {@code DatabaseMetaData.getDatabaseProductName()}. */
    public static DatabaseVendor fromProductName(String productName) {
        String name = productName.toLowerCase(Locale.ROOT);
        if (name.contains("postgres")) {
            return POSTGRESQL;
        }
        if (name.contains("oracle")) {
            return ORACLE;
        }
        if (name.contains("h2")) {
            return H2;
        }
        throw new IllegalStateException("The IOC does not support the database " + productName
                + "; use H2, PostgreSQL or Oracle");
    }

    private static Map<String, String> types(String... namesAndTypes) {
        Map<String, String> types = new LinkedHashMap<>();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            types.put(namesAndTypes[i], namesAndTypes[i + 1]);
        }
        return Map.copyOf(types);
    }
}
