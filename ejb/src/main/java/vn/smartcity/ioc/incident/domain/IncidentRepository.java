package vn.smartcity.ioc.incident.domain;

import java.util.List;
import java.util.Optional;

/** The incidents of the city. */
public interface IncidentRepository {

    Optional<Incident> find(long id);

    /** Open incidents of a category whose position lies in a box (nearest first is up to the caller). */
    List<Incident> openInBox(String categoryCode, double minLatitude, double maxLatitude, double minLongitude,
                             double maxLongitude, int limit);

    /** Stores a new incident; its id is assigned. */
    Incident add(Incident incident);

    /** Writes pending changes now, so that what the caller gets back carries the new version. */
    void flush();
}
