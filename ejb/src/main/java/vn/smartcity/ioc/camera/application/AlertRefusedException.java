package vn.smartcity.ioc.camera.application;

import jakarta.ejb.ApplicationException;

import vn.smartcity.ioc.shared.domain.Text;

/**
 * An alert or rule action that cannot be done, with a message for the operator (in English; the
 * {@link #explanation()} in the reader's language); nothing was changed.
 */
@ApplicationException(rollback = true)
public class AlertRefusedException extends RuntimeException implements Text.Explained {

    private static final long serialVersionUID = 1L;

    private final Text explanation;

    /** @param key a key of the refusal bundle ({@code camera....}) and its arguments */
    public AlertRefusedException(String key, Object... arguments) {
        this(new Text(key, arguments));
    }

    private AlertRefusedException(Text explanation) {
        super(explanation.english());
        this.explanation = explanation;
    }

    /** The domain's own refusal (an invalid value, a state that does not allow it), said as it said it. */
    public AlertRefusedException(RuntimeException refusal) {
        super(refusal.getMessage(), refusal);
        this.explanation = Text.of(refusal).orElse(null);
    }

    @Override
    public Text explanation() {
        return explanation;
    }
}
