package vn.smartcity.ioc.incident.application;

import jakarta.ejb.ApplicationException;

import vn.smartcity.ioc.shared.domain.Text;

/**
 * An incident action the workflow refuses: not allowed in the incident's state, not the caller's department,
 * missing what it needs, or an incident that does not exist. The message says why (in English; the
 * {@link #explanation()} in the reader's language); nothing was stored.
 */
@ApplicationException(rollback = true)
public class IncidentRefusedException extends RuntimeException implements Text.Explained {

    private static final long serialVersionUID = 1L;

    /** Why, for the caller to choose its answer (HTTP status, page message). */
    public enum Reason { NOT_FOUND, NOT_YOUR_DEPARTMENT, ILLEGAL_TRANSITION, INVALID }

    private final Reason reason;
    private final Text explanation;

    /** @param key a key of the refusal bundle ({@code incident....}) and its arguments */
    public IncidentRefusedException(Reason reason, String key, Object... arguments) {
        this(reason, new Text(key, arguments));
    }

    private IncidentRefusedException(Reason reason, Text explanation) {
        super(explanation.english());
        this.reason = reason;
        this.explanation = explanation;
    }

    /** The incident's own refusal (an illegal transition, an invalid value), said as it said it. */
    public IncidentRefusedException(Reason reason, RuntimeException refusal) {
        super(refusal.getMessage(), refusal);
        this.reason = reason;
        this.explanation = Text.of(refusal).orElse(null);
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public Text explanation() {
        return explanation;
    }
}
