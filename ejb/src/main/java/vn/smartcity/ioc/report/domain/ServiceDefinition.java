package vn.smartcity.ioc.report.domain;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.smartcity.ioc.shared.domain.Text;

/**
 * A report category's questions (Open311: the service definition of a service code) and the rules an answer
 * set must follow: every required question answered, nothing but the category's questions, one value unless the
 * question is a multi-choice, a number where a number is asked, an ISO-8601 date-time where one is asked, a key of
 * the list where a choice is asked, no line break in a string, nothing longer than {@value #MAX_ANSWER} characters.
 */
public final class ServiceDefinition {

    public static final int MAX_ANSWER = 2000;
    static final int MAX_STRING = 500;

    /** Why an answer set cannot be taken, naming the question. */
    public static final class AnswerRefused extends Exception implements Text.Explained {
        private final String code;
        private final Text explanation;

        AnswerRefused(String code, String key, Object... arguments) {
            this(code, new Text(key, arguments));
        }

        private AnswerRefused(String code, Text explanation) {
            super(explanation.english());
            this.code = code;
            this.explanation = explanation;
        }

        @Override
        public Text explanation() {
            return explanation;
        }

        /** The question's code (the Open311 attribute code). */
        public String code() {
            return code;
        }
    }

    private final String categoryCode;
    private final List<ServiceAttribute> attributes;

    public ServiceDefinition(String categoryCode, List<ServiceAttribute> attributes) {
        this.categoryCode = categoryCode;
        this.attributes = attributes.stream().sorted(Comparator.comparingInt(ServiceAttribute::getSortOrder)).toList();
    }

    /** In the order the citizen is asked. */
    public List<ServiceAttribute> attributes() {
        return attributes;
    }

    /** Open311 {@code metadata}: whether the category has a definition worth fetching. */
    public boolean hasAttributes() {
        return !attributes.isEmpty();
    }

    /**
     * Checks the answers given (question code → the values sent, in order) and returns them as they are kept.
     */
    public List<AttributeAnswer> answers(Map<String, List<String>> given) throws AnswerRefused {
        for (String code : given.keySet()) {
            ServiceAttribute attribute = attribute(code);
            if (attribute == null) {
                throw new AnswerRefused(code, "report.answer.notAsked", code, categoryCode);
            }
            if (!attribute.isVariable()) {
                throw new AnswerRefused(code, "report.answer.informationOnly", code);
            }
        }
        List<AttributeAnswer> answers = new ArrayList<>();
        for (ServiceAttribute attribute : attributes) {
            List<String> values = given.getOrDefault(attribute.getCode(), List.of()).stream()
                    .map(v -> v == null ? "" : v.strip()).filter(v -> !v.isEmpty()).toList();
            if (values.isEmpty()) {
                if (attribute.isVariable() && attribute.isRequired()) {
                    throw new AnswerRefused(attribute.getCode(), "report.answer.required", attribute.getCode(), categoryCode,
                            new Text.Words(attribute.getDescriptionVi(), attribute.getDescriptionEn()));
                }
                continue;
            }
            for (String value : checked(attribute, values)) {
                answers.add(new AttributeAnswer(attribute.getCode(), value));
            }
        }
        return answers;
    }

    private ServiceAttribute attribute(String code) {
        return attributes.stream().filter(a -> a.getCode().equals(code)).findFirst().orElse(null);
    }

    private static List<String> checked(ServiceAttribute attribute, List<String> values) throws AnswerRefused {
        String code = attribute.getCode();
        if (values.size() > 1 && attribute.getDatatype() != ServiceAttribute.Datatype.MULTIVALUELIST) {
            throw new AnswerRefused(code, "report.answer.oneValue", code);
        }
        for (String value : values) {
            if (value.length() > MAX_ANSWER) {
                throw new AnswerRefused(code, "report.answer.tooLong", code, MAX_ANSWER);
            }
            switch (attribute.getDatatype()) {
                case STRING -> {
                    if (value.length() > MAX_STRING || value.contains("\n") || value.contains("\r")) {
                        throw new AnswerRefused(code, "report.answer.oneLine", code, MAX_STRING);
                    }
                }
                case NUMBER -> {
                    try {
                        new BigDecimal(value);
                    } catch (NumberFormatException e) {
                        throw new AnswerRefused(code, "report.answer.number", code, shortened(value));
                    }
                }
                case DATETIME -> {
                    if (!dateTime(value)) {
                        throw new AnswerRefused(code, "report.answer.dateTime", code);
                    }
                }
                case SINGLEVALUELIST, MULTIVALUELIST -> {
                    if (attribute.getChoices().stream().noneMatch(c -> c.key().equals(value))) {
                        throw new AnswerRefused(code, "report.answer.choice", code, attribute.getChoices().stream()
                                .map(ServiceAttribute.Choice::key).toList().toString(), shortened(value));
                    }
                }
                case TEXT -> {
                    // any text up to the length limit
                }
            }
        }
        Set<String> distinct = new LinkedHashSet<>(values);
        return List.copyOf(distinct);
    }

    private static boolean dateTime(String value) {
        try {
            OffsetDateTime.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            try {
                LocalDateTime.parse(value);
                return true;
            } catch (DateTimeParseException e2) {
                return false;
            }
        }
    }

    private static String shortened(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
