package vn.smartcity.ioc.shared.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The text of the statements the violation job's set-based chunk writes: lists, COPY rows. */
class BulkStatementsTest {

    @Test
    void anInListIsPaddedToOneOfAFewSizesSoThatHibernateKeepsItsTranslation() {
        assertEquals(16, InList.size(1));
        assertEquals(16, InList.size(16));
        assertEquals(32, InList.size(17));
        assertEquals(512, InList.size(500));
        assertEquals(1000, InList.size(513), "never more than Oracle's 1,000");
        assertEquals(1000, InList.size(1000));
        assertEquals("select c from C c where c.x in (:xs0, :xs1, :xs2) and c.y = :y",
                InList.expand("select c from C c where c.x in :xs and c.y = :y", "xs", 3));
        assertThrows(IllegalArgumentException.class, () -> InList.expand("select c from C c where c.x = :xs", "xs", 3),
                "no list to expand");
        assertThrows(IllegalArgumentException.class, () -> InList.expand("select c from C c where c.x in :xsOther", "xs", 3),
                "another parameter whose name starts the same");
    }

    @Test
    void aSqlListIsOneArrayParameterWhereTheDatabaseHasArraysAndInListsOfAtMostAThousandOnOracle() {
        assertEquals("plate = any(?)", SqlList.of(DatabaseVendor.POSTGRESQL, "varchar", List.of("a", "b")).condition("plate"));
        assertEquals("plate = any(?)", SqlList.of(DatabaseVendor.H2, "varchar", List.of("a")).condition("plate"));
        assertEquals("(plate in (?, ?, ?))", SqlList.of(DatabaseVendor.ORACLE, "varchar", List.of("a", "b", "c")).condition("plate"));
        String many = SqlList.of(DatabaseVendor.ORACLE, "bigint", java.util.stream.LongStream.range(0, 1001).boxed().toList())
                .condition("id");
        assertEquals(1001, many.chars().filter(c -> c == '?').count());
        assertEquals(2, many.split(" or ").length, "a second list from the 1,001st value: " + many.substring(0, 40));
        assertEquals("1 = 0", SqlList.of(DatabaseVendor.POSTGRESQL, "varchar", List.of()).condition("plate"), "nothing matches");
    }

    @Test
    void copyTextEscapesWhatWouldEndAFieldOrARowAndWritesNullAsBackslashN() {
        StringBuilder text = new StringBuilder();
        PostgresCopy.value(text, "Ngã tư\tHoàng\\Liên\nSơn\r");
        text.append('|');
        PostgresCopy.value(text, null);
        text.append('|');
        PostgresCopy.value(text, 18_000_000L);
        text.append('|');
        PostgresCopy.value(text, Instant.parse("2026-11-21T01:00:00Z"));
        text.append('|');
        PostgresCopy.value(text, new byte[] {0x01, (byte) 0xab});
        assertEquals("Ngã tư\\tHoàng\\\\Liên\\nSơn\\r|\\N|18000000|2026-11-21T01:00:00Z|\\\\x01ab", text.toString());
        assertThrows(IllegalArgumentException.class, () -> PostgresCopy.value(new StringBuilder(), new Object()));
    }
}
