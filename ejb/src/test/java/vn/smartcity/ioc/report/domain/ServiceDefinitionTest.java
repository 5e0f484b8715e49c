package vn.smartcity.ioc.report.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.smartcity.ioc.report.domain.ServiceAttribute.Choice;
import vn.smartcity.ioc.report.domain.ServiceAttribute.Datatype;

class ServiceDefinitionTest {

    private static ServiceAttribute question(String code, Datatype type, boolean required, int order, List<Choice> choices) {
        return new ServiceAttribute("flooding", code, type, true, required, order, "câu hỏi " + code, "question " + code,
                null, choices);
    }

    private static final ServiceDefinition FLOODING = new ServiceDefinition("flooding", List.of(
            question("vehicles", Datatype.MULTIVALUELIST, false, 3,
                    List.of(new Choice("motorbike", "Xe máy", "Motorbikes"), new Choice("car", "Ô tô", "Cars"))),
            question("depth", Datatype.SINGLEVALUELIST, true, 1,
                    List.of(new Choice("ankle", "Mắt cá", "Ankle"), new Choice("knee", "Đầu gối", "Knee"))),
            question("width_m", Datatype.NUMBER, false, 2, List.of()),
            question("seen_at", Datatype.DATETIME, false, 4, List.of()),
            question("landmark", Datatype.STRING, false, 5, List.of()),
            new ServiceAttribute("flooding", "call_114", Datatype.STRING, false, false, 6, "Gọi 114", "Call 114", null, List.of())));

    private static Map<String, List<String>> given(String... pairs) {
        Map<String, List<String>> given = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            given.computeIfAbsent(pairs[i], k -> new java.util.ArrayList<>()).add(pairs[i + 1]);
        }
        return given;
    }

    private static String refusal(Map<String, List<String>> given) {
        return assertThrows(ServiceDefinition.AnswerRefused.class, () -> FLOODING.answers(given)).getMessage();
    }

    @Test
    void questionsComeInTheirOrderAndGoodAnswersAreKeptOncePerValue() throws Exception {
        assertEquals(List.of("depth", "width_m", "vehicles", "seen_at", "landmark", "call_114"),
                FLOODING.attributes().stream().map(ServiceAttribute::getCode).toList());
        List<AttributeAnswer> answers = FLOODING.answers(given("vehicles", "car", "depth", " knee ", "vehicles", "motorbike",
                "vehicles", "car", "width_m", "0.5", "seen_at", "2026-11-26T08:30:00+07:00", "landmark", "Chợ Tân Phong"));
        assertEquals(List.of(new AttributeAnswer("depth", "knee"), new AttributeAnswer("width_m", "0.5"),
                new AttributeAnswer("vehicles", "car"), new AttributeAnswer("vehicles", "motorbike"),
                new AttributeAnswer("seen_at", "2026-11-26T08:30:00+07:00"),
                new AttributeAnswer("landmark", "Chợ Tân Phong")), answers);
    }

    @Test
    void eachBadAnswerIsRefusedNamingItsQuestion() {
        assertTrue(refusal(given("width_m", "1")).contains("attribute[depth] is required"));
        assertTrue(refusal(given("depth", "neck")).contains("must be one of [ankle, knee]"));
        assertTrue(refusal(given("depth", "knee", "depth", "ankle")).contains("attribute[depth] takes one value"));
        assertTrue(refusal(given("depth", "knee", "vehicles", "boat")).contains("attribute[vehicles] must be one of"));
        assertTrue(refusal(given("depth", "knee", "width_m", "wide")).contains("must be a number"));
        assertTrue(refusal(given("depth", "knee", "seen_at", "yesterday")).contains("ISO-8601"));
        assertTrue(refusal(given("depth", "knee", "landmark", "one\ntwo")).contains("one line"));
        assertTrue(refusal(given("depth", "knee", "landmark", "x".repeat(501))).contains("at most 500"));
        assertTrue(refusal(given("depth", "knee", "colour", "brown")).contains("not an attribute of service_code flooding"));
        assertTrue(refusal(given("depth", "knee", "call_114", "yes")).contains("information only"));
    }

    @Test
    void aRefusalIsSaidInTheCitizensLanguageWithTheQuestionInIt() {
        ServiceDefinition.AnswerRefused required = assertThrows(ServiceDefinition.AnswerRefused.class,
                () -> FLOODING.answers(given("width_m", "1")));
        String english = required.getMessage();
        String vietnamese = required.explanation().in(java.util.Locale.forLanguageTag("vi"));
        assertTrue(english.startsWith("attribute[depth] is required for service_code flooding: "), english);
        assertTrue(vietnamese.startsWith("Xin trả lời câu hỏi bắt buộc (attribute[depth], lĩnh vực flooding): "), vietnamese);
        assertTrue(!english.equals(vietnamese) && english.endsWith(question("depth", Datatype.STRING, true, 1, List.of())
                .getDescriptionEn()) && vietnamese.endsWith(question("depth", Datatype.STRING, true, 1, List.of())
                .getDescriptionVi()), english + " / " + vietnamese);
    }

    @Test
    void aCategoryWithoutQuestionsTakesNoAnswers() throws Exception {
        assertEquals(List.of(), new ServiceDefinition("landslide", List.of()).answers(Map.of()));
        assertTrue(refusal(given("depth", "")).contains("attribute[depth] is required"), "a blank answer is no answer");
        assertTrue(!new ServiceDefinition("landslide", List.of()).hasAttributes() && FLOODING.hasAttributes());
    }
}
