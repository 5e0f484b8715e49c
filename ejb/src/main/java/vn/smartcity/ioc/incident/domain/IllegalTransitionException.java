package vn.smartcity.ioc.incident.domain;

import vn.smartcity.ioc.shared.domain.Text;

/**
 * A transition the incident's state does not allow, or without what it needs (a reason, an answer...), said in the
 * reader's language by a {@link Text}; its message is the English text.
 */
public class IllegalTransitionException extends RuntimeException implements Text.Explained {

    private static final long serialVersionUID = 1L;

    private final IncidentState from;
    private final IncidentState to;
    private final Text explanation;

    /** @param key a key of the refusal bundle ({@code incident....}) and its arguments */
    public IllegalTransitionException(IncidentState from, IncidentState to, String key, Object... arguments) {
        this(from, to, new Text(key, arguments));
    }

    private IllegalTransitionException(IncidentState from, IncidentState to, Text explanation) {
        super(explanation.english());
        this.from = from;
        this.to = to;
        this.explanation = explanation;
    }

    public IncidentState from() { return from; }
    public IncidentState to() { return to; }

    @Override
    public Text explanation() {
        return explanation;
    }
}
