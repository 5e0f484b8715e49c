import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.postgresql.PGConnection;

/**
 * The yardsticks next to the violation-processing job (bench/violations.sh, docs/perf.md): the rows the job
 * wrote to {@code violation}, inserted again into an empty copy of the table (same columns, indexes and
 * constraints but the foreign key) by
 *   1. a plain JDBC batch insert (batches of 1,000, a commit every 10,000), the rows read into memory first;
 *   2. PostgreSQL COPY FROM STDIN (the rows exported with COPY TO STDOUT first, not timed).
 * Only the insert is timed: none of the job's reading, checking, look-ups, candidate updates or audit rows.
 *
 * java -cp postgresql.jar bench/ViolationInsert.java jdbc:postgresql://127.0.0.1:5432/db
 */
public class ViolationInsert {

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(args[0], "postgres", "")) {
            List<String> columns = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getColumns(null, "public", "violation", null)) {
                while (rs.next()) {
                    columns.add(rs.getString("COLUMN_NAME"));
                }
            }
            c.setAutoCommit(false);
            List<Object[]> rows = new ArrayList<>();
            try (Statement s = c.createStatement()) {
                s.setFetchSize(10_000);
                try (ResultSet rs = s.executeQuery("SELECT " + String.join(", ", columns) + " FROM violation ORDER BY id")) {
                    while (rs.next()) {
                        Object[] row = new Object[columns.size()];
                        for (int i = 0; i < row.length; i++) {
                            row[i] = rs.getObject(i + 1);
                        }
                        rows.add(row);
                    }
                }
            }
            c.commit();
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS bench_violation_jdbc");
                s.execute("DROP TABLE IF EXISTS bench_violation_copy");
                s.execute("CREATE TABLE bench_violation_jdbc (LIKE violation INCLUDING ALL)");
                s.execute("CREATE TABLE bench_violation_copy (LIKE violation INCLUDING ALL)");
            }
            c.commit();

            String insert = "INSERT INTO bench_violation_jdbc (" + String.join(", ", columns) + ") VALUES ("
                    + "?, ".repeat(columns.size() - 1) + "?)";
            long start = System.nanoTime();
            try (PreparedStatement ps = c.prepareStatement(insert)) {
                int n = 0;
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        ps.setObject(i + 1, row[i]);
                    }
                    ps.addBatch();
                    if (++n % 1_000 == 0) {
                        ps.executeBatch();
                    }
                    if (n % 10_000 == 0) {
                        c.commit();
                    }
                }
                ps.executeBatch();
                c.commit();
            }
            report("JDBC batch insert", rows.size(), start);

            ByteArrayOutputStream export = new ByteArrayOutputStream();
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            copy.copyOut("COPY violation (" + String.join(", ", columns) + ") TO STDOUT", export);
            c.commit();
            start = System.nanoTime();
            long copied = copy.copyIn("COPY bench_violation_copy (" + String.join(", ", columns) + ") FROM STDIN",
                    new ByteArrayInputStream(export.toByteArray()));
            c.commit();
            report("PostgreSQL COPY", copied, start);
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE bench_violation_jdbc");
                s.execute("DROP TABLE bench_violation_copy");
            }
            c.commit();
        }
    }

    private static void report(String what, long rows, long start) {
        double secs = (System.nanoTime() - start) / 1e9;
        System.out.printf("%-20s %,d rows in %.1f s: %,.0f rows/s%n", what + ":", rows, secs, rows / secs);
    }
}
