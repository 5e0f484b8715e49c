package vn.smartcity.ioc.shared.application;

import jakarta.ejb.ApplicationException;

import vn.smartcity.ioc.shared.domain.Text;

/**
 * A request an application service refuses, said by a message key of the console's bundle (in Vietnamese and
 * English there) and a detail to show with it (a value the user typed, an id), never by an English sentence: the
 * page shows the key's text in the user's language. Nothing is stored when it is thrown (the transaction rolls
 * back). The form for new refusals; older ones still carry English messages (issue #24).
 */
@ApplicationException(rollback = true)
public class Refusal extends RuntimeException implements Text.Explained {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final Text explanation;

    /**
     * @param key    the message key of the console's bundle, or its last part that the page prefixes with its own
     *               context ({@code plates.refused.} + key)
     * @param detail shown after the text, or null
     */
    public Refusal(String key, String detail) {
        super(detail);
        this.key = key;
        this.explanation = null;
    }

    /**
     * @param key         the message key of the console's bundle (or its last part)
     * @param explanation why, said in the reader's language where a page shows it ({@code Messages.why}); its
     *                    English text is the message
     */
    protected Refusal(String key, Text explanation) {
        super(explanation.english());
        this.key = key;
        this.explanation = explanation;
    }

    public String key() {
        return key;
    }

    /** Why, as a text of the refusal bundle; null when the refusal has a detail instead. */
    @Override
    public Text explanation() {
        return explanation;
    }
}
