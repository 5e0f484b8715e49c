package vn.smartcity.ioc.shared.application;

import jakarta.ejb.ApplicationException;

import vn.smartcity.ioc.shared.domain.Text;

/**
 * A request an application service refuses, said by a {@link Text} of the refusal bundle (in Vietnamese and
 * English); the page shows it in its reader's language. Nothing is stored when it is thrown (the transaction rolls
 * back), and it reaches the caller as it is (not wrapped in an EJBException, not logged as a failure). Its
 * subclasses (each context's refusal) inherit that.
 */
@ApplicationException(rollback = true)
public class Refused extends RuntimeException implements Text.Explained {

    private static final long serialVersionUID = 1L;

    private final Text explanation;

    public Refused(String key, Object... arguments) {
        this(new Text(key, arguments));
    }

    public Refused(Text explanation) {
        super(explanation.english());
        this.explanation = explanation;
    }

    /**
     * A refusal of the domain (an {@code Invalid}, a {@code NotNow}) passed on as it said it: its message, its
     * explanation (null when it has none; pages then show the message).
     */
    protected Refused(RuntimeException refusal) {
        super(refusal.getMessage(), refusal);
        this.explanation = Text.of(refusal).orElse(null);
    }

    @Override
    public Text explanation() {
        return explanation;
    }
}
