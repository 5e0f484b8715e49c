package vn.smartcity.ioc.web.console.supervisor;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.smartcity.ioc.incident.application.IncidentQueue;
import vn.smartcity.ioc.incident.application.IncidentSummary;
import vn.smartcity.ioc.report.application.CategoryView;
import vn.smartcity.ioc.report.application.ReportCategories;
import vn.smartcity.ioc.shared.infrastructure.persistence.TimerLeases;

/**
 * /console/supervisor/sla.xhtml: the escalations, every report category with its department and SLA, and when
 * each cluster-wide schedule (the SLA watch among them) last ran and on which node.
 */
@Named
@RequestScoped
public class SlaBacking {

    @Inject
    ReportCategories categories;

    @Inject
    IncidentQueue queue;

    @Inject
    TimerLeases leases;

    private List<CategoryView> all;
    private List<IncidentSummary> escalations;

    /** Open incidents past their due time, escalated by the SLA watch. */
    public List<IncidentSummary> getEscalations() {
        if (escalations == null) {
            escalations = queue.escalations();
        }
        return escalations;
    }

    /** The schedules with their last run (timer_lease). */
    public List<TimerLeases.Lease> getSchedules() {
        return leases.all();
    }

    public List<CategoryView> getCategories() {
        if (all == null) {
            all = categories.all();
        }
        return all;
    }
}
