package vn.smartcity.ioc.media.application;

import jakarta.ejb.ApplicationException;

import vn.smartcity.ioc.shared.domain.Text;

/**
 * A media action that cannot be done as asked, with a message for staff (in English; the {@link #explanation()} in
 * the reader's language); nothing was changed.
 */
@ApplicationException(rollback = true)
public class MediaRefusedException extends RuntimeException implements Text.Explained {

    private static final long serialVersionUID = 1L;

    private final Text explanation;

    /** @param key a key of the refusal bundle ({@code media....}) and its arguments */
    public MediaRefusedException(String key, Object... arguments) {
        this(new Text(key, arguments));
    }

    private MediaRefusedException(Text explanation) {
        super(explanation.english());
        this.explanation = explanation;
    }

    /** The source's or the topic's own refusal (an invalid value, a query that does not parse), said as it said it. */
    public MediaRefusedException(RuntimeException refusal) {
        super(refusal.getMessage(), refusal);
        this.explanation = Text.of(refusal).orElse(null);
    }

    @Override
    public Text explanation() {
        return explanation;
    }
}
