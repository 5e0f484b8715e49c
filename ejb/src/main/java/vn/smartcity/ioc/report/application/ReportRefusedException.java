package vn.smartcity.ioc.report.application;

import jakarta.ejb.ApplicationException;

import vn.smartcity.ioc.shared.domain.Text;

/**
 * A citizen's request the city cannot accept, with the reason: the portal shows {@link Problem}'s translation
 * next to the {@link #field()}, the Open311 API sends the English {@link #getMessage()} with the HTTP status, the
 * console says the {@link #explanation()} in its reader's language.
 * Nothing is stored when it is thrown.
 */
@ApplicationException(rollback = true)
public class ReportRefusedException extends RuntimeException implements Text.Explained {

    private static final long serialVersionUID = 1L;

    /** What was wrong; the name is the message key suffix ({@code report.refused.NAME}) in the portal. */
    public enum Problem {
        UNKNOWN_CATEGORY(404), DESCRIPTION_TOO_SHORT(400), DESCRIPTION_TOO_LONG(400), LOCATION_MISSING(400),
        OUTSIDE_PROVINCE(400), UNKNOWN_WARD(400), ADDRESS_TOO_LONG(400), BAD_NAME(400), BAD_PHONE(400),
        BAD_EMAIL(400), CONSENT_MISSING(400), TOO_MANY_FROM_CLIENT(429), TOO_MANY_FROM_CONTACT(429),
        NOT_FOUND(404), NOT_SAME_PROBLEM(400), MESSAGE_MISSING(400), MESSAGE_TOO_LONG(400),
        REOPEN_NOT_ALLOWED(409), REOPEN_PERIOD_OVER(409), RATING_NOT_ALLOWED(409), ALREADY_RATED(409),
        BAD_RATING(400), BAD_MEDIA_URL(400), BAD_API_KEY(403), TOO_MANY_PHOTOS(400), PHOTO_NOT_AN_IMAGE(400),
        PHOTO_TOO_LARGE(400), PHOTO_UNREADABLE(400), BAD_ANSWER(400), NOT_YOUR_DEPARTMENT(403);

        private final int status;

        Problem(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Problem problem;
    private final String field;
    private final Text explanation;

    /** @param key a key of the refusal bundle ({@code report....}) and its arguments: the English message and the console's text */
    public ReportRefusedException(Problem problem, String field, String key, Object... arguments) {
        this(problem, field, new Text(key, arguments));
    }

    private ReportRefusedException(Problem problem, String field, Text explanation) {
        super(explanation.english());
        this.problem = problem;
        this.field = field;
        this.explanation = explanation;
    }

    /** A refusal of the domain (an invalid name, a photo that is not one), said as it said it. */
    public ReportRefusedException(Problem problem, String field, Exception refusal) {
        super(refusal.getMessage(), refusal);
        this.problem = problem;
        this.field = field;
        this.explanation = Text.of(refusal).orElse(null);
    }

    public Problem problem() {
        return problem;
    }

    /** The form field or API parameter at fault, or null. */
    public String field() {
        return field;
    }

    @Override
    public Text explanation() {
        return explanation;
    }
}
