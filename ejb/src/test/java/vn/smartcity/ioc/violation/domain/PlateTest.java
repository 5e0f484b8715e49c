package vn.smartcity.ioc.violation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlateTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "25A-123.45   | 25A-123.45 | false",
            "25a 12345    | 25A-123.45 | false",
            "25A12345     | 25A-123.45 | false",
            "30LD-123.45  | 30LD-123.45 | false",
            "25A-1234     | 25A-1234   | false",
            "25-B1 123.45 | 25-B1 123.45 | true",
            "25B112345    | 25-B1 123.45 | true",
            "25 - b1 - 1234 | 25-B1 1234 | true",
            "29-MĐ1 123.45 | 29-MĐ1 123.45 | true",
    })
    void typedPlatesBecomeOneCanonicalForm(String typed, String canonical, boolean motorbike) {
        Plate plate = Plate.parse(typed).orElseThrow();
        assertEquals(canonical, plate.canonical());
        assertEquals(motorbike, plate.motorbike());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ABC-123", "25A-12", "25A-1234567", "00A-123.45", "2SA-123.45", "25-123.45"})
    void textThatIsNoPlateIsRefused(String typed) {
        assertTrue(Plate.parse(typed).isEmpty(), typed);
    }

    @org.junit.jupiter.api.Test
    void theProvinceComesFromTheCodeAndDiplomaticSeriesAreSpecial() {
        assertEquals("Lai Châu", Plate.parse("25A-123.45").orElseThrow().provinceName());
        Plate diplomatic = Plate.parse("80NG-123.45").orElseThrow();
        assertTrue(diplomatic.special());
        assertFalse(diplomatic.motorbike());
    }
}
