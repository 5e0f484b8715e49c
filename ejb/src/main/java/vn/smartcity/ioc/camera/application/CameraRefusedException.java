package vn.smartcity.ioc.camera.application;

import vn.smartcity.ioc.shared.application.Refused;

/**
 * A camera that cannot be added or changed as asked, with a message for staff (in English; the
 * {@link #explanation()} in the reader's language); nothing was changed.
 */
public class CameraRefusedException extends Refused {

    private static final long serialVersionUID = 1L;

    /** @param key a key of the refusal bundle ({@code camera....}) and its arguments */
    public CameraRefusedException(String key, Object... arguments) {
        super(key, arguments);
    }

    /** The domain's own refusal (an invalid value, a state that does not allow it), said as it said it. */
    public CameraRefusedException(RuntimeException refusal) {
        super(refusal);
    }
}
