package vn.smartcity.ioc.incident.application;

import java.time.Instant;

import vn.smartcity.ioc.incident.domain.IncidentState;
import vn.smartcity.ioc.incident.domain.Priority;

/** One row of the incident queue. */
public record IncidentSummary(long id, String title, IncidentState state, Priority priority, String categoryCode,
                              String departmentCode, String wardCode, Instant createdAt, Instant dueAt,
                              boolean overdue) {
}
