package vn.smartcity.ioc.web.console.supervisor;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.smartcity.ioc.report.application.CategoryView;
import vn.smartcity.ioc.report.application.ReportCategories;

/** /console/supervisor/sla.xhtml: every report category with its department and SLA. */
@Named
@RequestScoped
public class SlaBacking {

    @Inject
    ReportCategories categories;

    private List<CategoryView> all;

    public List<CategoryView> getCategories() {
        if (all == null) {
            all = categories.all();
        }
        return all;
    }
}
