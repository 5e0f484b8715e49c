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
    void aWardLevelCategoryGoesToThePeoplesCommitteeOfTheWardWhereItIs() {
        Department tanPhong = new Department("UBND_TAN_PHONG", "UBND phường Tân Phong", "Tan Phong Ward");
        Department doanKet = new Department("UBND_DOAN_KET", "UBND phường Đoàn Kết", "Doan Ket Ward");
        Department samDuong = new Department("UBND_TAM_DUONG", "UBND xã Tam Đường", "Tam Duong Commune");
        ReportCategory waste = new ReportCategory("waste", "Rác thải", "Waste", tanPhong, 24);
        Instant at = Instant.parse("2026-12-07T10:00:00Z");
        waste.routeWard("DOAN_KET", doanKet, "admin", at);
        waste.routeWard("TAM_DUONG", works, "admin", at);
        assertEquals("UBND_DOAN_KET", waste.departmentFor("DOAN_KET").getCode());
        assertEquals("UBND_TAN_PHONG", waste.departmentFor("TAN_PHONG").getCode(), "no route: the category's department");
        assertEquals("UBND_TAN_PHONG", waste.departmentFor(null).getCode(), "no place: the category's department");

        waste.routeWard("TAM_DUONG", samDuong, "admin", at);
        assertEquals("UBND_TAM_DUONG", waste.departmentFor("TAM_DUONG").getCode(), "a route is changed, not doubled");
        assertEquals(2, waste.getWardRoutes().size());
        waste.routeWard("DOAN_KET", null, "admin2", at);
        assertEquals("UBND_TAN_PHONG", waste.departmentFor("DOAN_KET").getCode(), "a removed route: back to the category's");
        waste.routeWard("TAM_DUONG", tanPhong, "admin2", at);
        assertEquals(0, waste.getWardRoutes().size(), "a route to the category's own department is no route");
        assertEquals("admin2", waste.getUpdatedBy());
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
