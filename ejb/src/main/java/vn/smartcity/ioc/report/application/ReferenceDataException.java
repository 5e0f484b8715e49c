package vn.smartcity.ioc.report.application;

import jakarta.ejb.ApplicationException;

import vn.smartcity.ioc.shared.domain.Text;

/**
 * A change of reference data that was refused: invalid, or based on an outdated version. The message is
 * for the administrator (in English; the {@link #explanation()} in the reader's language); nothing was stored.
 */
@ApplicationException(rollback = true)
public class ReferenceDataException extends RuntimeException implements Text.Explained {

    private static final long serialVersionUID = 1L;

    /** Why the change was refused, for the page to pick its translated message. */
    public enum Reason { NOT_FOUND, INVALID, CHANGED_MEANWHILE }

    private final Reason reason;
    private final Text explanation;

    /** @param key a key of the refusal bundle ({@code report....}) and its arguments */
    public ReferenceDataException(Reason reason, String key, Object... arguments) {
        this(reason, new Text(key, arguments));
    }

    private ReferenceDataException(Reason reason, Text explanation) {
        super(explanation.english());
        this.reason = reason;
        this.explanation = explanation;
    }

    /** The domain's own refusal (an invalid value), said as it said it. */
    public ReferenceDataException(Reason reason, RuntimeException refusal) {
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
