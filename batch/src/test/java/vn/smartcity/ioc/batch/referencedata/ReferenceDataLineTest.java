package vn.smartcity.ioc.batch.referencedata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReferenceDataLineTest {

    @Test
    void aCategoryBecomesOneCsvLine() {
        assertEquals("category;flooding;Ngập úng;Flooding;SXD;24",
                new ReferenceDataLine("category", "flooding", "Ngập úng", "Flooding", "SXD", 24).toCsv());
    }

    @Test
    void fieldsWithSeparatorsOrQuotesAreQuoted() {
        assertEquals("department;X;\"A; B\";\"say \"\"hi\"\"\";;",
                new ReferenceDataLine("department", "X", "A; B", "say \"hi\"", null, null).toCsv());
    }
}
