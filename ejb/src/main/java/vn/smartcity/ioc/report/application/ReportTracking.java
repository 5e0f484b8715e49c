package vn.smartcity.ioc.report.application;

import java.time.Instant;
import java.util.List;

import vn.smartcity.ioc.incident.domain.IncidentState;

/**
 * What the citizen sees with the tracking code: the report, the state of the incident it follows (after a
 * merge, the surviving incident), the public timeline and what the citizen may still do.
 */
public record ReportTracking(long reportId, String trackingCode, String trackingCodeDisplay, String categoryCode,
                             String categoryNameVi, String categoryNameEn, String description, String wardCode,
                             String address, Double latitude, Double longitude,
                             Instant submittedAt, long incidentId, boolean merged, IncidentState state,
                             Instant expectedAt, String publicAnswer, List<Step> timeline, boolean canReply,
                             boolean canReopen, Instant reopenUntil, boolean canRate, Integer rating,
                             String ratingComment) {

    /** The category's name in the page's language ("en" or Vietnamese); its code when the category is unknown. */
    public String categoryName(String language) {
        return "en".equals(language) ? categoryNameEn : categoryNameVi;
    }

    /** One public line of the timeline. */
    public record Step(Instant at, String action, IncidentState state, String note, boolean byCitizen) {
    }
}
