package vn.smartcity.ioc.report.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import vn.smartcity.ioc.city.domain.Department;

class ReportCategoryTest {

    private final Department works = new Department("SXD", "Sở Xây dựng", "Department of Construction");

    @Test
    void aCategoryNeedsAPositiveSla() {
        assertThrows(IllegalArgumentException.class, () -> new ReportCategory("x", "x", "x", works, 0));
    }

    @Test
    void anAdministratorChangesTheSettingsAndIsRecorded() {
        ReportCategory waste = new ReportCategory("waste", "Rác thải", "Waste", works, 24);
        Department ward = new Department("UBND_TAN_PHONG", "UBND phường Tân Phong", "Tan Phong Ward");
        Instant at = Instant.parse("2026-11-25T10:00:00Z");
        waste.changeSettings(ward, 36, false, "admin", at);
        assertEquals(36, waste.getSlaHours());
        assertEquals("UBND_TAN_PHONG", waste.getDepartment().getCode());
        assertEquals(false, waste.isActive());
        assertEquals("admin", waste.getUpdatedBy());
        assertEquals(at, waste.getUpdatedAt());
    }

    @Test
    void anSlaOutsideOneHourToOneYearIsRefusedAndNothingChanges() {
        ReportCategory waste = new ReportCategory("waste", "Rác thải", "Waste", works, 24);
        assertThrows(IllegalArgumentException.class, () -> waste.changeSettings(works, 0, true, "a", Instant.now()));
        assertThrows(IllegalArgumentException.class,
                () -> waste.changeSettings(works, ReportCategory.MAX_SLA_HOURS + 1, true, "a", Instant.now()));
        assertEquals(24, waste.getSlaHours());
        assertEquals(null, waste.getUpdatedBy());
    }

    @Test
    void theNameFollowsTheLanguage() {
        ReportCategory flooding = new ReportCategory("flooding", "Ngập úng", "Flooding", works, 24);
        assertEquals("Ngập úng", flooding.name("vi"));
        assertEquals("Flooding", flooding.name("en"));
    }
}
