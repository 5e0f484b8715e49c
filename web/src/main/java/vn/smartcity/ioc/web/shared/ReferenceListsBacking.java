package vn.smartcity.ioc.web.shared;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.smartcity.ioc.city.application.CityDirectory;
import vn.smartcity.ioc.city.application.DepartmentView;
import vn.smartcity.ioc.city.application.WardView;
import vn.smartcity.ioc.report.application.CategoryView;
import vn.smartcity.ioc.report.application.ReportCategories;

/** Reference lists for select menus (#{lists.categories}, #{lists.wards}, #{lists.departments}), read once a request. */
@Named("lists")
@RequestScoped
public class ReferenceListsBacking {

    @Inject
    CityDirectory city;

    @Inject
    ReportCategories reportCategories;

    private List<CategoryView> categories;
    private List<WardView> wards;
    private List<DepartmentView> departments;

    public List<CategoryView> getCategories() {
        if (categories == null) {
            categories = reportCategories.active();
        }
        return categories;
    }

    public List<WardView> getWards() {
        if (wards == null) {
            wards = city.wards();
        }
        return wards;
    }

    public List<DepartmentView> getDepartments() {
        if (departments == null) {
            departments = city.departments();
        }
        return departments;
    }
}
