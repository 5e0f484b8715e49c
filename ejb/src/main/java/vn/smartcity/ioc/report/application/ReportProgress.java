package vn.smartcity.ioc.report.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.smartcity.ioc.incident.domain.IncidentRepository;
import vn.smartcity.ioc.incident.domain.IncidentState;
import vn.smartcity.ioc.incident.domain.PublicProgress;
import vn.smartcity.ioc.report.domain.CitizenReportRepository;
import vn.smartcity.ioc.report.domain.ReportCategoryRepository;
import vn.smartcity.ioc.report.domain.TrackedReport;
import vn.smartcity.ioc.report.domain.TrackingCode;

/**
 * The read side of citizen reporting: a report as its citizen follows it with the tracking code (the portal's
 * tracking page, Open311 {@code tokens/{token}}), and the answer to each of the citizen's actions
 * (CitizenReporting). A plain bean, not an EJB: the most read page of the portal changes nothing, so it needs no
 * transaction and no role, and pays for no session bean's interceptors on every view; called from
 * CitizenReporting it reads within that bean's transaction (what the citizen just did included).
 */
@ApplicationScoped
public class ReportProgress {

    @Inject
    CitizenReportRepository reports;

    @Inject
    IncidentRepository incidents;

    @Inject
    ReportCategoryRepository categories;

    @Inject
    PortalSettings settings;

    Clock clock = Clock.systemUTC();

    /**
     * The report behind a tracking code as the citizen sees it, or empty for an unknown code: two queries (the
     * report, the public progress of its incident), a third only after a merge.
     */
    public Optional<ReportTracking> track(String typedCode) {
        return TrackingCode.normalise(typedCode).flatMap(reports::trackedByCode).map(this::of);
    }

    /**
     * The citizen's view of a report: the progress of its own incident and, after a merge, of the incident it was
     * merged into (its state, answer and what the citizen may do come from there; the timeline shows both).
     */
    ReportTracking of(TrackedReport report) {
        PublicProgress own = incidents.publicProgress(report.incidentId()).orElseThrow();
        PublicProgress followed = own;
        for (int hops = 0; followed.mergedIntoId() != null && hops < 10; hops++) {
            followed = incidents.publicProgress(followed.mergedIntoId()).orElseThrow();
        }
        Instant now = clock.instant();
        Instant until = reopenUntil(followed.doneAt());
        List<ReportTracking.Step> steps = new ArrayList<>();
        addPublicSteps(own, steps);
        if (followed != own) {
            addPublicSteps(followed, steps);
        }
        steps.sort(Comparator.comparing(ReportTracking.Step::at));
        // the category's names from the node's category list, not a second call from the page
        CategoryView category = ReportCategories.all(categories).stream()
                .filter(c -> c.code().equals(report.categoryCode())).findFirst().orElse(null);
        return new ReportTracking(report.id(), report.trackingCode(), TrackingCode.display(report.trackingCode()),
                report.categoryCode(), category == null ? report.categoryCode() : category.nameVi(),
                category == null ? report.categoryCode() : category.nameEn(), report.description(), report.wardCode(),
                report.address(), report.latitude(), report.longitude(), report.submittedAt(), followed.incidentId(),
                followed != own, followed.state(), followed.dueAt(),
                followed.publicAnswer() != null ? followed.publicAnswer() : followed.rejectionReason(),
                steps, followed.state() != IncidentState.DUPLICATE, until != null && !now.isAfter(until), until,
                canRate(followed.state(), report.rating()), report.rating(), report.ratingComment());
    }

    private static void addPublicSteps(PublicProgress progress, List<ReportTracking.Step> steps) {
        for (PublicProgress.Step e : progress.steps()) {
            steps.add(new ReportTracking.Step(e.at(), e.action(), e.state(), e.note(),
                    CitizenReporting.CITIZEN.equals(e.actor())));
        }
    }

    /** A report not rated yet whose incident the city has answered (resolved, closed or rejected) can be rated. */
    static boolean canRate(IncidentState state, Integer rating) {
        return rating == null
                && (state == IncidentState.RESOLVED || state == IncidentState.CLOSED || state == IncidentState.REJECTED);
    }

    /** The end of the re-open period of a fix done at {@code doneAt}; null while there is no fix. */
    Instant reopenUntil(Instant doneAt) {
        return doneAt == null ? null : doneAt.plus(Duration.ofDays(settings.reopenDays()));
    }
}
