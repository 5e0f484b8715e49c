package vn.smartcity.ioc.shared.infrastructure.persistence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;

import org.postgresql.PGConnection;

/**
 * PostgreSQL's {@code COPY … FROM STDIN} (text format) through the driver's CopyManager, on the transaction's
 * own connection (WildFly's wrapper unwraps to the driver's). Loaded only on PostgreSQL: the driver's classes come
 * from the server module {@code org.postgresql}, an optional dependency of the application
 * (jboss-deployment-structure.xml); without it, {@link BulkInsert} falls back to a JDBC batch.
 */
final class PostgresCopy {

    /** The connection is not (a wrapper of) a PostgreSQL driver connection the application can see. */
    static final class NotAvailable extends Exception {
        NotAvailable(String message) {
            super(message);
        }
    }

    private PostgresCopy() {
    }

    static void copy(Connection connection, String table, List<String> columns, List<Object[]> rows)
            throws SQLException, NotAvailable {
        if (!connection.isWrapperFor(PGConnection.class)) {
            throw new NotAvailable("the connection is not a " + PGConnection.class.getName());
        }
        StringBuilder text = new StringBuilder(rows.size() * 200);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    text.append('\t');
                }
                value(text, row[i]);
            }
            text.append('\n');
        }
        String sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN";
        try {
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn(sql, new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new SQLException("COPY into " + table + " failed", e);
        }
    }

    /** One value in COPY's text format: \N for null; backslash, tab, newline and carriage return escaped. */
    static void value(StringBuilder text, Object value) {
        if (value == null) {
            text.append("\\N");
        } else if (value instanceof String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '\\' -> text.append("\\\\");
                    case '\t' -> text.append("\\t");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    default -> text.append(c);
                }
            }
        } else if (value instanceof Number || value instanceof Boolean || value instanceof Instant
                || value instanceof OffsetDateTime || value instanceof LocalDate) {
            text.append(value);   // ISO-8601 for the time types, which PostgreSQL reads as they are
        } else if (value instanceof byte[] bytes) {
            text.append("\\\\x").append(HexFormat.of().formatHex(bytes));
        } else {
            throw new IllegalArgumentException("No COPY text for a " + value.getClass().getName());
        }
    }
}
