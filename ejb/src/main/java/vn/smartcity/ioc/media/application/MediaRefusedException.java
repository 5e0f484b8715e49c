package vn.smartcity.ioc.media.application;

import vn.smartcity.ioc.shared.application.Refused;

/**
 * A media action that cannot be done as asked, with a message for staff (in English; the {@link #explanation()} in
 * the reader's language); nothing was changed.
 */
public class MediaRefusedException extends Refused {

    private static final long serialVersionUID = 1L;

    /** @param key a key of the refusal bundle ({@code media....}) and its arguments */
    public MediaRefusedException(String key, Object... arguments) {
        super(key, arguments);
    }

    /** The source's or the topic's own refusal (an invalid value, a query that does not parse), said as it said it. */
    public MediaRefusedException(RuntimeException refusal) {
        super(refusal);
    }
}
