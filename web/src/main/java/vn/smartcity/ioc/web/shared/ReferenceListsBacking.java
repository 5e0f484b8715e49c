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

    /** A category's name in the page language, or its code when unknown (retired). */
    public String categoryName(String code, String language) {
        return getCategories().stream().filter(c -> c.code().equals(code)).findFirst()
                .map(c -> "en".equals(language) ? c.nameEn() : c.nameVi()).orElse(code);
    }

    /** A ward's name, or its code when unknown; empty for none. */
    public String wardName(String code) {
        if (code == null) {
            return "";
        }
        return getWards().stream().filter(w -> w.code().equals(code)).findFirst().map(WardView::name).orElse(code);
    }
}
