package vn.smartcity.ioc.shared.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * A list of values in a hand-written JDBC statement, as cheaply as each database allows: on PostgreSQL and H2 one
 * array parameter ({@code column = any(?)}: one statement text, planned once, one value to bind); elsewhere
 * (Oracle) {@code column in (?, …)}, in lists of at most 1,000 joined by {@code or}. For the few statements run
 * once per chunk of a batch job over hundreds of values, where binding them one by one through Hibernate's query
 * machinery cost more than the database's work (docs/perf.md, issue #5).
 */
public final class SqlList {

    private final DatabaseVendor vendor;
    private final String sqlType;
    private final List<?> values;

    private SqlList(DatabaseVendor vendor, String sqlType, List<?> values) {
        this.vendor = vendor;
        this.sqlType = sqlType;
        this.values = values;
    }

    /**
     * @param sqlType the values' SQL type, as {@link Connection#createArrayOf} names it ("varchar", "bigint")
     */
    public static SqlList of(Connection connection, String sqlType, List<?> values) throws SQLException {
        return of(DatabaseVendor.fromProductName(connection.getMetaData().getDatabaseProductName()), sqlType, values);
    }

    static SqlList of(DatabaseVendor vendor, String sqlType, List<?> values) {
        return new SqlList(vendor, sqlType, List.copyOf(values));
    }

    private boolean array() {
        return vendor != DatabaseVendor.ORACLE;
    }

    /** The condition "the column's value is one of the list" (false for an empty list). */
    public String condition(String column) {
        if (values.isEmpty()) {
            return "1 = 0";
        }
        if (array()) {
            return column + " = any(?)";
        }
        StringBuilder sql = new StringBuilder("(");
        for (int i = 0; i < values.size(); i++) {
            sql.append(i == 0 ? column + " in (?" : i % InList.MAX == 0 ? ") or " + column + " in (?" : ", ?");
        }
        return sql.append("))").toString();
    }

    /** Binds the list from parameter {@code index} on; returns the index of the next parameter. */
    public int bind(PreparedStatement statement, int index) throws SQLException {
        if (values.isEmpty()) {
            return index;
        }
        if (array()) {
            statement.setArray(index, statement.getConnection().createArrayOf(sqlType, values.toArray()));
            return index + 1;
        }
        for (Object value : values) {
            statement.setObject(index++, value);
        }
        return index;
    }
}
