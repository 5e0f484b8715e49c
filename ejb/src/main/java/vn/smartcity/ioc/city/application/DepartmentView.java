package vn.smartcity.ioc.city.application;

import vn.smartcity.ioc.city.domain.Department;

/** A department as shown to consoles, the portal and the API. */
public record DepartmentView(String code, String nameVi, String nameEn) {

    static DepartmentView of(Department department) {
        return new DepartmentView(department.getCode(), department.getNameVi(), department.getNameEn());
    }
}
