package vn.smartcity.ioc.report.application;

import java.time.Instant;
import java.util.List;

import vn.smartcity.ioc.report.domain.ServiceAttribute;

/** A category's question as the console shows it; {@code choiceLines} in the form's one-per-line format. */
public record QuestionView(long id, int version, String categoryCode, String code, String datatype, boolean variable,
                           boolean required, int order, String descriptionVi, String descriptionEn,
                           String datatypeDescription, List<String> choiceLines, String changedBy, Instant changedAt) {

    static QuestionView of(ServiceAttribute a) {
        return new QuestionView(a.getId(), a.getVersion(), a.getCategoryCode(), a.getCode(), a.getDatatype().name(),
                a.isVariable(), a.isRequired(), a.getSortOrder(), a.getDescriptionVi(), a.getDescriptionEn(),
                a.getDatatypeDescription(), a.getChoices().stream().map(ServiceAttribute.Choice::line).toList(),
                a.getChangedBy(), a.getChangedAt());
    }

    /** The choices as the form's text area shows them. */
    public String choicesText() {
        return String.join("\n", choiceLines);
    }
}
