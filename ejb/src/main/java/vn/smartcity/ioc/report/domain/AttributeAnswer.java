package vn.smartcity.ioc.report.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A report's answer to one of its category's questions ({@link ServiceAttribute}); one per chosen key of a multi-choice. */
@Embeddable
public class AttributeAnswer {

    @Column(name = "attribute_code", nullable = false, length = 40)
    private String code;

    @Column(name = "answer", nullable = false, length = ServiceDefinition.MAX_ANSWER)
    private String answer;

    protected AttributeAnswer() {
    }

    public AttributeAnswer(String code, String answer) {
        this.code = code;
        this.answer = answer;
    }

    public String code() {
        return code;
    }

    public String answer() {
        return answer;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AttributeAnswer a && a.code.equals(code) && a.answer.equals(answer);
    }

    @Override
    public int hashCode() {
        return code.hashCode() * 31 + answer.hashCode();
    }

    @Override
    public String toString() {
        return code + "=" + answer;
    }
}
