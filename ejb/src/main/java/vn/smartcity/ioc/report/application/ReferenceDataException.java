package vn.smartcity.ioc.report.application;

import jakarta.ejb.ApplicationException;

/**
 * A change of reference data that was refused: invalid, or based on an outdated version. The message is
 * for the administrator; nothing was stored.
 */
@ApplicationException(rollback = true)
public class ReferenceDataException extends RuntimeException {

    /** Why the change was refused, for the page to pick its translated message. */
    public enum Reason { NOT_FOUND, INVALID, CHANGED_MEANWHILE }

    private final Reason reason;

    public ReferenceDataException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
