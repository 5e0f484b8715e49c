package vn.smartcity.ioc.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.smartcity.ioc.analytics.application.DashboardFigures;
import vn.smartcity.ioc.analytics.application.OperationsDashboard;

/** /console/index.xhtml: live figures, re-read from the database at each refresh. */
@Named
@RequestScoped
public class DashboardBacking {

    @Inject
    OperationsDashboard dashboard;

    private DashboardFigures figures;

    public DashboardFigures getFigures() {
        if (figures == null) {
            figures = dashboard.figures();
        }
        return figures;
    }
}
