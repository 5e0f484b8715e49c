package vn.smartcity.ioc.incident.application;

import vn.smartcity.ioc.incident.domain.Location;
import vn.smartcity.ioc.incident.domain.SourceKind;

/** What opening an incident needs: the first source, what, which category, where. */
public record NewIncident(SourceKind sourceKind, String sourceReference, String title, String description,
                          String categoryCode, Location location) {
}
