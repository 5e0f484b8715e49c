package vn.smartcity.ioc.shared.domain;

/**
 * A value a rule of the domain does not accept (a blank reason, a plate that is not Vietnamese), said in the
 * reader's language by a {@link Text}; its message is the English text.
 */
public class Invalid extends IllegalArgumentException implements Text.Explained {

    private static final long serialVersionUID = 1L;

    private final Text explanation;

    public Invalid(String key, Object... arguments) {
        this(new Text(key, arguments));
    }

    public Invalid(Text explanation) {
        super(explanation.english());
        this.explanation = explanation;
    }

    @Override
    public Text explanation() {
        return explanation;
    }
}
