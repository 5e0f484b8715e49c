package vn.smartcity.ioc.incident.application;

import java.time.Instant;

import vn.smartcity.ioc.incident.domain.IncidentState;

/**
 * CDI event: staff changed an incident in a way the public sees (a public timeline entry). Fired inside the
 * transaction of the change, so that whatever observers send (the citizens' notifications) commits or rolls
 * back with it. {@code note} is the public text (the answer, the reason), or null.
 */
public record IncidentChanged(long incidentId, String action, IncidentState state, String note, Instant at) {
}
