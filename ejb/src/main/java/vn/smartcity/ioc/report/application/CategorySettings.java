package vn.smartcity.ioc.report.application;

import java.time.Instant;
import java.util.List;

import vn.smartcity.ioc.report.domain.ReportCategory;

/**
 * What an administrator edits of a category, with the version the edit is based on: its department, SLA and
 * status, and the wards or communes where another department answers it.
 */
public record CategorySettings(String code, String nameVi, String nameEn, String departmentCode, int slaHours,
                               boolean active, int version, String updatedBy, Instant updatedAt, List<Route> wardRoutes) {

    /** In the ward or commune {@code wardCode}, department {@code departmentCode} answers the category. */
    public record Route(String wardCode, String departmentCode) {
    }

    static CategorySettings of(ReportCategory c) {
        return new CategorySettings(c.getCode(), c.getNameVi(), c.getNameEn(), c.getDepartment().getCode(),
                c.getSlaHours(), c.isActive(), c.getVersion(), c.getUpdatedBy(), c.getUpdatedAt(),
                c.getWardRoutes().stream().map(r -> new Route(r.getWardCode(), r.getDepartment().getCode())).toList());
    }
}
