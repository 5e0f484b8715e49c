package vn.smartcity.ioc.shared.application;

import jakarta.ejb.ApplicationException;

/**
 * A request an application service refuses, said by a message key of the console's bundle (in Vietnamese and
 * English there) and a detail to show with it (a value the user typed, an id), never by an English sentence: the
 * page shows the key's text in the user's language. Nothing is stored when it is thrown (the transaction rolls
 * back). The form for new refusals; older ones still carry English messages (issue #24).
 */
@ApplicationException(rollback = true)
public class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;

    /**
     * @param key    the message key of the console's bundle, or its last part that the page prefixes with its own
     *               context ({@code plates.refused.} + key)
     * @param detail shown after the text, or null
     */
    public Refusal(String key, String detail) {
        super(detail);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
