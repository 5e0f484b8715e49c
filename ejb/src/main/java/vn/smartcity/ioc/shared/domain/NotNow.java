package vn.smartcity.ioc.shared.domain;

/**
 * An action the state of a thing does not allow now (rejecting a violation already confirmed, a second
 * confirmation by the same officer), said in the reader's language by a {@link Text}; its message is the English text.
 */
public class NotNow extends IllegalStateException implements Text.Explained {

    private static final long serialVersionUID = 1L;

    private final Text explanation;

    public NotNow(String key, Object... arguments) {
        this(new Text(key, arguments));
    }

    public NotNow(Text explanation) {
        super(explanation.english());
        this.explanation = explanation;
    }

    @Override
    public Text explanation() {
        return explanation;
    }
}
