package vn.smartcity.ioc.web.console.supervisor;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.smartcity.ioc.incident.application.IncidentQueue;
import vn.smartcity.ioc.incident.application.IncidentSummary;
import vn.smartcity.ioc.report.application.CategoryView;
import vn.smartcity.ioc.report.application.ReportCategories;

/** /console/supervisor/sla.xhtml: every report category with its department and SLA. */
@Named
@RequestScoped
public class SlaBacking {

    @Inject
    ReportCategories categories;

    @Inject
    IncidentQueue queue;

    private List<CategoryView> all;
    private List<IncidentSummary> escalations;

    /** Open incidents past their due time, escalated by the SLA watch. */
    public List<IncidentSummary> getEscalations() {
        if (escalations == null) {
            escalations = queue.escalations();
        }
        return escalations;
    }

    public List<CategoryView> getCategories() {
        if (all == null) {
            all = categories.all();
        }
        return all;
    }
}
