package vn.smartcity.ioc.incident.domain;

import java.util.List;
import java.util.Optional;

/** The incidents of the city. */
public interface IncidentRepository {

    Optional<Incident> find(long id);

    /** An incident's public progress with its public timeline, read in one query (empty for an unknown id). */
    Optional<PublicProgress> publicProgress(long id);

    /** Open incidents of a category whose position lies in a box (nearest first is up to the caller). */
    List<Incident> openInBox(String categoryCode, double minLatitude, double maxLatitude, double minLongitude,
                             double maxLongitude, int limit);

    /** Open incidents whose warning time has come and that were not warned yet (oldest first). */
    List<Incident> dueForWarning(java.time.Instant now, int limit);

    /** Open incidents past their due time that were not escalated yet (oldest first). */
    List<Incident> dueForEscalation(java.time.Instant now, int limit);

    /** Open incidents escalated to the supervisors, most overdue first. */
    List<Incident> escalated(int limit);

    /** The standard operating procedure of a category, in order (empty when it has none). */
    List<SopStep> procedure(String categoryCode);

    /** Stores a new incident; its id is assigned. */
    Incident add(Incident incident);

    /** Writes pending changes now, so that what the caller gets back carries the new version. */
    void flush();
}
