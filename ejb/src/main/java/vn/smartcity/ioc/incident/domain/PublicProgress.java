package vn.smartcity.ioc.incident.domain;

import java.time.Instant;
import java.util.List;

/**
 * What the public may know of an incident's progress: its state, when it is expected to be done, the city's
 * answer (or the reason it was rejected), where it was merged, and the public lines of its timeline (oldest first).
 * Read in one query for the citizen's tracking page; internal notes and staff names never enter it.
 */
public record PublicProgress(long incidentId, IncidentState state, Instant dueAt, String publicAnswer,
                             String rejectionReason, Instant resolvedAt, Instant closedAt, Long mergedIntoId,
                             List<Step> steps) {

    /** One public line of the timeline: the actor is kept only to tell the citizen's own lines apart. */
    public record Step(Instant at, String action, IncidentState state, String note, String actor) {
    }

    /** When the fix was done: the resolution time, or the closing time of a closed incident; null otherwise. */
    public Instant doneAt() {
        return state.doneAt(resolvedAt, closedAt);
    }
}
