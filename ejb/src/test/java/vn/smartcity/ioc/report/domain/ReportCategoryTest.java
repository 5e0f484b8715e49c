package vn.smartcity.ioc.report.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import vn.smartcity.ioc.city.domain.Department;

class ReportCategoryTest {

    private final Department works = new Department("SXD", "Sở Xây dựng", "Department of Construction");

    @Test
    void aCategoryNeedsAPositiveSla() {
        assertThrows(IllegalArgumentException.class, () -> new ReportCategory("x", "x", "x", works, 0));
    }

    @Test
    void theNameFollowsTheLanguage() {
        ReportCategory flooding = new ReportCategory("flooding", "Ngập úng", "Flooding", works, 24);
        assertEquals("Ngập úng", flooding.name("vi"));
        assertEquals("Flooding", flooding.name("en"));
    }
}
