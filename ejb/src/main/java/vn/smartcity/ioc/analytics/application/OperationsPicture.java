package vn.smartcity.ioc.analytics.application;

import java.time.Instant;
import java.util.Map;

/**
 * What needs the staff member now, as the dashboard shows it: open incidents by state and priority, overdue and
 * due within the hour (of the member's departments for handlers and traffic officers), and, for the roles that
 * may see them, open camera alerts, cameras offline, security alerts of level 10 or more and media spikes of the
 * last 24 hours, violations waiting for review and plates waiting to be read. A figure the member may not see is
 * null (not shown).
 */
public record OperationsPicture(Map<String, Long> openByState, Map<String, Long> openByPriority, long overdue,
                                long dueWithinHour, Long openCameraAlerts, Long camerasOffline, Long highSecurityAlerts,
                                Long mediaSpikes, Long violationsAwaitingReview, Long platesToRead, boolean departmentScoped,
                                Instant readAt) {

    /** Open incidents in all. */
    public long openIncidents() {
        return openByState.values().stream().mapToLong(Long::longValue).sum();
    }
}
