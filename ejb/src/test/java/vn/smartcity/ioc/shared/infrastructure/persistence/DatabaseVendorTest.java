package vn.smartcity.ioc.shared.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DatabaseVendorTest {

    @Test
    void theVendorIsRecognisedFromTheJdbcProductName() {
        assertEquals(DatabaseVendor.H2, DatabaseVendor.fromProductName("H2"));
        assertEquals(DatabaseVendor.POSTGRESQL, DatabaseVendor.fromProductName("PostgreSQL"));
        assertEquals(DatabaseVendor.ORACLE, DatabaseVendor.fromProductName("Oracle"));
    }

    @Test
    void anUnsupportedDatabaseIsRefusedWithItsName() {
        var e = assertThrows(IllegalStateException.class, () -> DatabaseVendor.fromProductName("MySQL"));
        assertEquals(true, e.getMessage().contains("MySQL"));
    }

    @Test
    void everyVendorFillsEveryPlaceholder() {
        for (DatabaseVendor vendor : DatabaseVendor.values()) {
            assertEquals(DatabaseVendor.H2.placeholders().keySet(), vendor.placeholders().keySet(), vendor.name());
        }
    }
}
