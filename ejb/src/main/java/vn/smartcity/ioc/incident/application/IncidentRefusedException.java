package vn.smartcity.ioc.incident.application;

import jakarta.ejb.ApplicationException;

/**
 * An incident action the workflow refuses: not allowed in the incident's state, not the caller's department,
 * missing what it needs, or an incident that does not exist. The message says why; nothing was stored.
 */
@ApplicationException(rollback = true)
public class IncidentRefusedException extends RuntimeException {

    /** Why, for the caller to choose its answer (HTTP status, page message). */
    public enum Reason { NOT_FOUND, NOT_YOUR_DEPARTMENT, ILLEGAL_TRANSITION, INVALID }

    private final Reason reason;

    public IncidentRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
