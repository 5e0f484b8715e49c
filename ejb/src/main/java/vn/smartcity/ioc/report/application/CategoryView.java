package vn.smartcity.ioc.report.application;

import vn.smartcity.ioc.report.domain.ReportCategory;

/** A report category as shown to the portal, the console and the API. */
public record CategoryView(String code, String nameVi, String nameEn, String departmentCode,
                           String departmentNameVi, String departmentNameEn, int slaHours, boolean active) {

    static CategoryView of(ReportCategory c) {
        return new CategoryView(c.getCode(), c.getNameVi(), c.getNameEn(), c.getDepartment().getCode(),
                c.getDepartment().getNameVi(), c.getDepartment().getNameEn(), c.getSlaHours(), c.isActive());
    }
}
