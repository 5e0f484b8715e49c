package vn.smartcity.ioc.report.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.smartcity.ioc.report.domain.AttributeAnswer;
import vn.smartcity.ioc.report.domain.CitizenReport;
import vn.smartcity.ioc.report.domain.ReportChannel;
import vn.smartcity.ioc.report.domain.ServiceAttribute;
import vn.smartcity.ioc.report.domain.ServiceDefinition;

/**
 * A citizen report as staff see it on the incident page: with the contact details, to call the citizen back (not
 * for analysts and auditors: {@code contactShown} false), and the answers to the category's questions.
 */
public record StaffReportView(long id, ReportChannel channel, Instant submittedAt, String description, String address,
                              String name, String phone, String email, String mediaUrl, Integer rating,
                              String ratingComment, List<Answer> answers, boolean contactShown) implements Serializable {

    /** One question and its answer (the chosen names for a list question), in both languages. */
    public record Answer(String code, String questionVi, String questionEn, String answerVi, String answerEn)
            implements Serializable {
    }

    /** The same report without the reporter's name, phone and email. */
    StaffReportView withoutContact() {
        return new StaffReportView(id, channel, submittedAt, description, address, null, null, null, mediaUrl, rating,
                ratingComment, answers, false);
    }

    static StaffReportView of(CitizenReport r, ServiceDefinition definition) {
        return new StaffReportView(r.getId(), r.getChannel(), r.getSubmittedAt(), r.getDescription(), r.getAddress(),
                r.getReporter().name(), r.getReporter().phone(), r.getReporter().email(), r.getMediaUrl(),
                r.getRating(), r.getRatingComment(), answers(r.getAnswers(), definition), true);
    }

    private static List<Answer> answers(List<AttributeAnswer> given, ServiceDefinition definition) {
        Map<String, List<AttributeAnswer>> byCode = new LinkedHashMap<>();
        given.forEach(a -> byCode.computeIfAbsent(a.code(), c -> new ArrayList<>()).add(a));
        List<Answer> answers = new ArrayList<>();
        byCode.forEach((code, values) -> {
            ServiceAttribute question = definition.attributes().stream().filter(q -> q.getCode().equals(code))
                    .findFirst().orElse(null);
            List<String> vi = new ArrayList<>();
            List<String> en = new ArrayList<>();
            for (AttributeAnswer value : values) {
                ServiceAttribute.Choice choice = question == null ? null : question.getChoices().stream()
                        .filter(c -> c.key().equals(value.answer())).findFirst().orElse(null);
                vi.add(choice == null ? value.answer() : choice.nameVi());
                en.add(choice == null ? value.answer() : choice.nameEn());
            }
            answers.add(new Answer(code, question == null ? code : question.getDescriptionVi(),
                    question == null ? code : question.getDescriptionEn(), String.join(", ", vi), String.join(", ", en)));
        });
        return List.copyOf(answers);
    }
}
