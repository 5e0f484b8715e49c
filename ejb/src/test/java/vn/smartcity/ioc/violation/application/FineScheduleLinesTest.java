package vn.smartcity.ioc.violation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.smartcity.ioc.shared.domain.Text;

import vn.smartcity.ioc.violation.domain.VehicleClass;
import vn.smartcity.ioc.violation.domain.ViolationKind;

/** The rule lines an administrator types for a new fine schedule. */
class FineScheduleLinesTest {

    private static final String H = FineSchedules.RULES_HEADER + "\n";

    @Test
    void goodLinesBecomeRules() {
        List<Text> problems = new ArrayList<>();
        List<Object[]> rules = FineSchedules.parse(H + "RED_LIGHT;CAR;;;18000000;20000000;4;Điều 6 khoản 9 điểm b;false\n"
                + "speeding;motorbike;20;;6000000;8000000;4;Điều 7 khoản 8 điểm a;true\n", problems);
        assertEquals(List.of(), problems);
        assertEquals(2, rules.size());
        assertEquals(ViolationKind.SPEEDING, rules.get(1)[0]);
        assertEquals(VehicleClass.MOTORBIKE, rules.get(1)[1]);
        assertEquals(20, rules.get(1)[2]);
        assertEquals(null, rules.get(1)[3], "no upper bound");
        assertEquals(Boolean.TRUE, rules.get(1)[8]);
    }

    @Test
    void eachBadLineIsNamedWithItsReason() {
        List<Text> problems = new ArrayList<>();
        FineSchedules.parse(H
                + "RED_LIGHT;CAR;;;20000000;18000000;4;x;false\n"        // 2: min above max
                + "FLYING;CAR;;;1;2;0;x;false\n"                         // 3: no such violation
                + "SPEEDING;CAR;;;1;2;0;x;false\n"                       // 4: speeding without a band
                + "RED_LIGHT;CAR;5;;1;2;0;x;false\n"                     // 5: a band on a red light
                + "RED_LIGHT;CAR;;;1;2;13;x;false\n"                     // 6: 13 points
                + "RED_LIGHT;CAR;;;1;2;0;;false\n"                       // 7: no legal basis
                + "RED_LIGHT;CAR;;;1;2;0;x;maybe\n"                      // 8: verified?
                + "RED_LIGHT;CAR;;;1;2;0;x\n"                            // 9: 8 fields
                + "SPEEDING;CAR;20;10;1;2;0;x;false\n", problems);       // 10: band upside down
        assertEquals(9, problems.size(), problems.toString());
        for (int line = 2; line <= 10; line++) {
            int l = line;
            assertTrue(problems.stream().anyMatch(p -> p.english().startsWith("line " + l + ":")
                    && p.in(java.util.Locale.forLanguageTag("vi")).startsWith("dòng " + l + ":")), "line " + line + ": " + problems);
        }
    }

    @Test
    void theHeaderAndOneRuleAreRequired() {
        List<Text> problems = new ArrayList<>();
        FineSchedules.parse("kind;class\nRED_LIGHT;CAR", problems);
        assertTrue(problems.get(0).english().contains("the header must be"));
        problems.clear();
        FineSchedules.parse(H, problems);
        assertEquals(List.of(new Text("violation.schedule.noRule")), problems);
        assertEquals("biểu mức phạt cần ít nhất một quy định", Text.list(problems).in(java.util.Locale.forLanguageTag("vi")));
    }
}
