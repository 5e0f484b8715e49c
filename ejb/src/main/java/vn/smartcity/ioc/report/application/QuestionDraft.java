package vn.smartcity.ioc.report.application;

import java.util.List;

import vn.smartcity.ioc.report.domain.ServiceAttribute.Choice;
import vn.smartcity.ioc.report.domain.ServiceAttribute.Datatype;

/**
 * A question as an administrator wrote it on the console: {@code id} null for a new one, otherwise the id and
 * the version that was read (a change made meanwhile by someone else is refused, not overwritten).
 */
public record QuestionDraft(Long id, int version, String categoryCode, String code, Datatype datatype,
                            boolean variable, boolean required, int order, String descriptionVi,
                            String descriptionEn, String datatypeDescription, List<Choice> choices) {
}
