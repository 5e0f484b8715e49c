package vn.smartcity.ioc.incident.domain;

import java.util.Optional;

/** The incidents of the city. */
public interface IncidentRepository {

    Optional<Incident> find(long id);

    /** Stores a new incident; its id is assigned. */
    Incident add(Incident incident);

    /** Writes pending changes now, so that what the caller gets back carries the new version. */
    void flush();
}
