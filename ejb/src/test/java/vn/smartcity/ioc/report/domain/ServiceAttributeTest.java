package vn.smartcity.ioc.report.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.smartcity.ioc.report.domain.ServiceAttribute.Choice;
import vn.smartcity.ioc.report.domain.ServiceAttribute.Datatype;

/** What an administrator may make of a category's question on the console. */
class ServiceAttributeTest {

    private static final List<Choice> DEPTHS = List.of(new Choice("ankle", "Mắt cá", "Ankle"), new Choice("knee", "Đầu gối", "Knee"));

    private static ServiceAttribute question(String code, Datatype type, boolean variable, boolean required, int order,
                                             List<Choice> choices) {
        return new ServiceAttribute("flooding", code, type, variable, required, order, "Câu hỏi", "Question", null, choices);
    }

    @Test
    void aListQuestionKeepsItsChoicesInOrderAndTrimmedTexts() {
        ServiceAttribute q = new ServiceAttribute("flooding", "water_depth", Datatype.SINGLEVALUELIST, true, true, 1,
                "  Sâu bao nhiêu? ", "How deep?", "  ", DEPTHS);
        assertEquals(List.of("ankle", "knee"), q.getChoices().stream().map(Choice::key).toList());
        assertEquals("Sâu bao nhiêu?", q.getDescriptionVi());
        assertNull(q.getDatatypeDescription(), "a blank hint is no hint");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Water", "1depth", "water depth", "độ_sâu", "a-b",
            "abcdefghijabcdefghijabcdefghijabcdefghijx"})
    void aCodeThatCannotTravelInAFormFieldIsRefused(String code) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> question(code, Datatype.STRING, true, false, 1, List.of()));
        assertTrue(e.getMessage().startsWith("code:"), e.getMessage());
    }

    @Test
    void theLongestCodeIsTaken() {
        assertEquals(40, question("a".repeat(40), Datatype.STRING, true, false, 1, List.of()).getCode().length());
    }

    @Test
    void aListNeedsChoicesAndOtherKindsHaveNone() {
        assertThrows(IllegalArgumentException.class, () -> question("depth", Datatype.MULTIVALUELIST, true, false, 1, List.of()));
        assertThrows(IllegalArgumentException.class, () -> question("depth", Datatype.NUMBER, true, false, 1, DEPTHS));
        List<Choice> tooMany = java.util.stream.IntStream.rangeClosed(1, ServiceAttribute.MAX_CHOICES + 1)
                .mapToObj(i -> new Choice("c" + i, "Lựa chọn " + i, "Choice " + i)).toList();
        assertThrows(IllegalArgumentException.class, () -> question("depth", Datatype.SINGLEVALUELIST, true, false, 1, tooMany));
        assertEquals(ServiceAttribute.MAX_CHOICES, question("depth", Datatype.SINGLEVALUELIST, true, false, 1,
                tooMany.subList(0, ServiceAttribute.MAX_CHOICES)).getChoices().size());
    }

    @Test
    void aChoiceKeyGivenTwiceIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> question("depth",
                Datatype.SINGLEVALUELIST, true, false, 1, List.of(new Choice("knee", "A", "A"), new Choice("knee", "B", "B"))));
        assertEquals("choice knee is given twice", e.getMessage());
    }

    @Test
    void informationIsNeverRequiredAndTextsAreNeeded() {
        assertThrows(IllegalArgumentException.class, () -> question("note", Datatype.STRING, false, true, 1, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new ServiceAttribute("flooding", "note", Datatype.STRING,
                true, false, 1, "", "Question", null, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new ServiceAttribute("flooding", "note", Datatype.STRING,
                true, false, 1, "Câu hỏi", "two\nlines", null, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new ServiceAttribute("flooding", "note", Datatype.STRING,
                true, false, 1, "x".repeat(501), "Question", null, List.of()));
        assertThrows(IllegalArgumentException.class, () -> question("note", null, true, false, 1, List.of()));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, ServiceAttribute.MAX_ORDER + 1})
    void theOrderIsFromOneTo999(int order) {
        assertThrows(IllegalArgumentException.class, () -> question("note", Datatype.STRING, true, false, order, List.of()));
    }

    @Test
    void choicesAreReadOnePerLineWithBlankLinesSkipped() {
        List<Choice> read = Choice.lines("ankle | Mắt cá chân | Ankle deep\r\n\n  knee|Đầu gối|Knee deep  \n");
        assertEquals(List.of("ankle | Mắt cá chân | Ankle deep", "knee | Đầu gối | Knee deep"),
                read.stream().map(Choice::line).toList());
        assertEquals(List.of(), Choice.lines(null));
        assertEquals(List.of(), Choice.lines(" \n "));
    }

    @Test
    void aBadChoiceLineIsNamedByItsNumber() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Choice.lines("ankle | Mắt cá | Ankle\nknee | Đầu gối"));
        assertEquals("choice line 2: key | tên | name", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Choice.lines("Knee Deep | Đầu gối | Knee"), "key pattern");
        assertThrows(IllegalArgumentException.class, () -> Choice.lines("knee |  | Knee"), "Vietnamese name needed");
    }

    @Test
    void aChangeIsCheckedAsAWholeAndRecordsWhoMadeIt() {
        ServiceAttribute q = question("depth", Datatype.SINGLEVALUELIST, true, false, 1, DEPTHS);
        Instant at = Instant.parse("2026-11-26T04:00:00Z");
        assertThrows(IllegalArgumentException.class, () -> q.change(Datatype.NUMBER, true, false, 1, "Sâu?", "Deep?",
                null, DEPTHS, "admin", at));
        assertEquals(Datatype.SINGLEVALUELIST, q.getDatatype(), "a refused change leaves the question as it was");
        assertEquals(2, q.getChoices().size());
        q.change(Datatype.NUMBER, true, true, 3, "Sâu bao nhiêu cm?", "How deep in cm?", "cm", List.of(), "admin", at);
        assertEquals(Datatype.NUMBER, q.getDatatype());
        assertEquals(List.of(), q.getChoices());
        assertEquals(3, q.getSortOrder());
        assertEquals("admin", q.getChangedBy());
        assertEquals(at, q.getChangedAt());
    }
}
