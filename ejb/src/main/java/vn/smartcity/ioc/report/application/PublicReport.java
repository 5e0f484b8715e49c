package vn.smartcity.ioc.report.application;

import java.time.Instant;
import java.util.List;

import vn.smartcity.ioc.incident.domain.IncidentState;

/**
 * A report as anyone may see it: never the reporter's name, phone or email; the description only once staff
 * have looked at it (not while the incident is new, nor when it was rejected); photos only once approved.
 */
public record PublicReport(long id, String categoryCode, String wardCode, String address, Double latitude,
                           Double longitude, String mediaUrl, String description, IncidentState state, String statusNotes,
                           String departmentCode, Instant submittedAt, Instant updatedAt, Instant expectedAt,
                           List<Long> photoIds) {

    /** Open311's two statuses. */
    public boolean open() {
        return state.isOpen();
    }
}
