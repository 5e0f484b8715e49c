package vn.smartcity.ioc.report.application;

import java.time.Instant;

import vn.smartcity.ioc.incident.domain.IncidentState;

/** An open incident near the place being reported, of the same category: "is it the same problem?". No personal data. */
public record SameProblemCandidate(long incidentId, IncidentState state, Instant openedAt,
                                   int distanceMetres) {
}
