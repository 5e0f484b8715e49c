package vn.smartcity.ioc.report.application;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import vn.smartcity.ioc.incident.application.IncidentChanged;
import vn.smartcity.ioc.report.domain.CitizenReport;
import vn.smartcity.ioc.report.domain.CitizenReportRepository;
import vn.smartcity.ioc.report.domain.ReportCategory;
import vn.smartcity.ioc.report.domain.ReportCategoryRepository;

/**
 * Tells citizens who left an email what happens to their report: a receipt with the tracking code, and every
 * change staff make that the public sees (also for reports merged into the changed incident). The messages
 * go to the notifications queue in the same transaction as the change; the mailer sends them.
 */
@ApplicationScoped
public class CitizenNotifier {

    @Inject
    CitizenReportRepository reports;

    @Inject
    ReportCategoryRepository categories;

    @Inject
    NotificationOutbox outbox;

    void onIncidentChanged(@Observes IncidentChanged change) {
        List<CitizenReport> following = new ArrayList<>(reports.following(change.incidentId()));
        for (CitizenReport report : following) {
            if (report.getReporter().email() != null) {
                outbox.send(notification("report-status", report, change.state().name(), change.action(),
                        change.note(), change.at()));
            }
        }
    }

    void received(CitizenReport report, String state) {
        if (report.getReporter().email() != null) {
            outbox.send(notification("report-received", report, state, "opened", null, report.getSubmittedAt()));
        }
    }

    private Notification notification(String kind, CitizenReport report, String state, String action, String note,
                                      java.time.Instant at) {
        ReportCategory category = categories.byCode(report.getCategoryCode()).orElse(null);
        return new Notification(kind, report.getId(), report.getTrackingCode(), report.getReporter().email(),
                report.getLanguage(), category == null ? report.getCategoryCode() : category.getNameVi(),
                category == null ? report.getCategoryCode() : category.getNameEn(), state, action, note, at);
    }
}
