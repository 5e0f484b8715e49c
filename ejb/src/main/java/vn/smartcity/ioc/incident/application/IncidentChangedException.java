package vn.smartcity.ioc.incident.application;

import java.time.Instant;

import jakarta.ejb.ApplicationException;

/** Someone else changed the incident since the caller read it: reload, then act. Nothing was stored. */
@ApplicationException(rollback = true)
public class IncidentChangedException extends RuntimeException {

    private final String changedBy;
    private final Instant changedAt;

    public IncidentChangedException(long id, String changedBy, Instant changedAt) {
        super("Incident #" + id + " was changed by " + changedBy + " at " + changedAt + "; reload it and try again.");
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public String changedBy() { return changedBy; }
    public Instant changedAt() { return changedAt; }
}
