package vn.smartcity.ioc.report.application;

import java.time.Instant;

import vn.smartcity.ioc.report.domain.ReportCategory;

/** What an administrator edits of a category, with the version the edit is based on. */
public record CategorySettings(String code, String nameVi, String nameEn, String departmentCode, int slaHours,
                               boolean active, int version, String updatedBy, Instant updatedAt) {

    static CategorySettings of(ReportCategory c) {
        return new CategorySettings(c.getCode(), c.getNameVi(), c.getNameEn(), c.getDepartment().getCode(),
                c.getSlaHours(), c.isActive(), c.getVersion(), c.getUpdatedBy(), c.getUpdatedAt());
    }
}
