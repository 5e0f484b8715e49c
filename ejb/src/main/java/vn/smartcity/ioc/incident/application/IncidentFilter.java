package vn.smartcity.ioc.incident.application;

import vn.smartcity.ioc.incident.domain.IncidentState;
import vn.smartcity.ioc.incident.domain.SourceKind;

/** What the incident queue shows; a null field does not filter. */
public record IncidentFilter(IncidentState state, String categoryCode, String wardCode, String departmentCode,
                             boolean overdueOnly, boolean openOnly, SourceKind source) {
}
