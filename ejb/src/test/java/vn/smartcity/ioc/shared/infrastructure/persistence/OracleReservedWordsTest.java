package vn.smartcity.ioc.shared.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * H2 in Oracle mode accepts column names that Oracle refuses (LEVEL, NUMBER, SIZE, COMMENT, …): no migration
 * may name a column or a table with one of Oracle's reserved words (V$RESERVED_WORDS, reserved = 'Y').
 */
class OracleReservedWordsTest {

    static final Set<String> RESERVED = Set.of("ACCESS", "ADD", "ALL", "ALTER", "AND", "ANY", "AS", "ASC", "AUDIT",
            "BETWEEN", "BY", "CHAR", "CHECK", "CLUSTER", "COLUMN", "COMMENT", "COMPRESS", "CONNECT", "CREATE", "CURRENT",
            "DATE", "DECIMAL", "DEFAULT", "DELETE", "DESC", "DISTINCT", "DROP", "ELSE", "EXCLUSIVE", "EXISTS", "FILE",
            "FLOAT", "FOR", "FROM", "GRANT", "GROUP", "HAVING", "IDENTIFIED", "IMMEDIATE", "IN", "INCREMENT", "INDEX",
            "INITIAL", "INSERT", "INTEGER", "INTERSECT", "INTO", "IS", "LEVEL", "LIKE", "LOCK", "LONG", "MAXEXTENTS",
            "MINUS", "MLSLABEL", "MODE", "MODIFY", "NOAUDIT", "NOCOMPRESS", "NOT", "NOWAIT", "NULL", "NUMBER", "OF",
            "OFFLINE", "ON", "ONLINE", "OPTION", "OR", "ORDER", "PCTFREE", "PRIOR", "PUBLIC", "RAW", "RENAME",
            "RESOURCE", "REVOKE", "ROW", "ROWID", "ROWNUM", "ROWS", "SELECT", "SESSION", "SET", "SHARE", "SIZE",
            "SMALLINT", "START", "SUCCESSFUL", "SYNONYM", "SYSDATE", "TABLE", "THEN", "TO", "TRIGGER", "UID", "UNION",
            "UNIQUE", "UPDATE", "USER", "VALIDATE", "VALUES", "VARCHAR", "VARCHAR2", "VIEW", "WHENEVER", "WHERE", "WITH");
    static final Pattern COLUMN = Pattern.compile("^\\s+([a-z_0-9]+)\\s+\\$\\{", Pattern.MULTILINE);
    static final Pattern ADDED = Pattern.compile("ALTER TABLE \\w+ ADD ([a-z_0-9]+)");
    static final Pattern TABLE = Pattern.compile("CREATE TABLE ([a-z_0-9]+)");

    @Test
    void noMigrationUsesAnOracleReservedWordAsAName() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src", "main", "resources", "db", "migration"))) {
            for (Path f : files.sorted().toList()) {
                String sql = Files.readString(f);
                for (Pattern p : List.of(COLUMN, ADDED, TABLE)) {
                    Matcher m = p.matcher(sql);
                    while (m.find()) {
                        if (RESERVED.contains(m.group(1).toUpperCase(Locale.ROOT))) {
                            found.add(f.getFileName() + ": " + m.group(1));
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }
}
