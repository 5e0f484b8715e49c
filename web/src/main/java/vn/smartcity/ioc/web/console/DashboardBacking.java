package vn.smartcity.ioc.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.smartcity.ioc.analytics.application.OperationsPicture;
import vn.smartcity.ioc.analytics.application.OperationsDashboard;

/** /console/index.xhtml: what needs the staff member now, re-read from the database at each refresh. */
@Named
@RequestScoped
public class DashboardBacking {

    @Inject
    OperationsDashboard dashboard;

    private OperationsPicture picture;

    /** What needs the staff member now, read once a request (the page's poll asks again every 15 s). */
    public OperationsPicture getPicture() {
        if (picture == null) {
            picture = dashboard.picture();
        }
        return picture;
    }
}
