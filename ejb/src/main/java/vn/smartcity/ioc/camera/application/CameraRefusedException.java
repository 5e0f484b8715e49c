package vn.smartcity.ioc.camera.application;

import jakarta.ejb.ApplicationException;

import vn.smartcity.ioc.shared.domain.Text;

/**
 * A camera that cannot be added or changed as asked, with a message for staff (in English; the
 * {@link #explanation()} in the reader's language); nothing was changed.
 */
@ApplicationException(rollback = true)
public class CameraRefusedException extends RuntimeException implements Text.Explained {

    private static final long serialVersionUID = 1L;

    private final Text explanation;

    /** @param key a key of the refusal bundle ({@code camera....}) and its arguments */
    public CameraRefusedException(String key, Object... arguments) {
        this(new Text(key, arguments));
    }

    private CameraRefusedException(Text explanation) {
        super(explanation.english());
        this.explanation = explanation;
    }

    /** The domain's own refusal (an invalid value, a state that does not allow it), said as it said it. */
    public CameraRefusedException(RuntimeException refusal) {
        super(refusal.getMessage(), refusal);
        this.explanation = Text.of(refusal).orElse(null);
    }

    @Override
    public Text explanation() {
        return explanation;
    }
}
