package vn.smartcity.ioc.web.portal;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.smartcity.ioc.city.application.CityDirectory;
import vn.smartcity.ioc.city.application.WardView;
import vn.smartcity.ioc.report.application.CategoryView;
import vn.smartcity.ioc.report.application.ReportCategories;

/** /portal/index.xhtml: what citizens can report and where the IOC serves. */
@Named
@RequestScoped
public class PortalHomeBacking {

    @Inject
    ReportCategories categories;

    @Inject
    CityDirectory city;

    private List<CategoryView> active;
    private List<WardView> wards;

    public List<CategoryView> getCategories() {
        if (active == null) {
            active = categories.active();
        }
        return active;
    }

    public List<WardView> getWards() {
        if (wards == null) {
            wards = city.wards();
        }
        return wards;
    }
}
