package vn.smartcity.ioc.report.application;

import java.time.Instant;

import vn.smartcity.ioc.incident.domain.IncidentState;

/**
 * One row of the public list as the database gives it (a JPQL constructor projection: no entities to manage
 * for a list of a thousand): the report, its own incident, and the incident it was merged into (or nulls).
 */
public record PublicReportRow(long id, String categoryCode, String wardCode, String address, Double latitude,
                              Double longitude, String mediaUrl, String description, Instant submittedAt,
                              IncidentState ownState, String ownAnswer, String ownReason, String ownDepartment,
                              Instant ownChangedAt, Instant ownDueAt, IncidentState mergedState, String mergedAnswer,
                              String mergedReason, String mergedDepartment, Instant mergedChangedAt,
                              Instant mergedDueAt) {
}
