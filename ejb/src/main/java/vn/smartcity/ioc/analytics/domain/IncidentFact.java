package vn.smartcity.ioc.analytics.domain;

import java.time.Instant;

/**
 * What the incident KPIs need of one incident: where it belongs, when it was opened, due and (last) resolved, how
 * it ended, how often it was re-opened and how the citizens who reported it rated the result.
 *
 * @param source      the kind of its first source (CITIZEN_REPORT, CAMERA_ALERT, OPERATOR…)
 * @param resolvedAt  its last resolution, or null while unresolved (or rejected, or merged)
 * @param reopened    how many times it was re-opened
 * @param ratingSum   the sum of its citizens' ratings (1–5 stars), with {@code ratings} their number
 */
public record IncidentFact(long id, String department, String category, String ward, String source, Instant createdAt,
                           Instant dueAt, Instant resolvedAt, String state, int reopened, int ratingSum, int ratings) {

    /** Merged into another incident: counted there, not here. */
    public boolean merged() {
        return "DUPLICATE".equals(state);
    }

    /** The value of {@code dimension} for this incident ("–" when it has none, e.g. no ward). */
    public String value(Dimension dimension) {
        String v = switch (dimension) {
            case DEPARTMENT -> department;
            case CATEGORY -> category;
            case WARD -> ward;
            case SOURCE -> source;
            case DAY -> throw new IllegalArgumentException("a day is computed from a time"); // a defect, not a refusal
        };
        return v == null ? "–" : v;
    }
}
