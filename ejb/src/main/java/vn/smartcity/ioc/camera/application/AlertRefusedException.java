package vn.smartcity.ioc.camera.application;

import vn.smartcity.ioc.shared.application.Refused;

/**
 * An alert or rule action that cannot be done, with a message for the operator (in English; the
 * {@link #explanation()} in the reader's language); nothing was changed.
 */
public class AlertRefusedException extends Refused {

    private static final long serialVersionUID = 1L;

    /** @param key a key of the refusal bundle ({@code camera....}) and its arguments */
    public AlertRefusedException(String key, Object... arguments) {
        super(key, arguments);
    }

    /** The domain's own refusal (an invalid value, a state that does not allow it), said as it said it. */
    public AlertRefusedException(RuntimeException refusal) {
        super(refusal);
    }
}
