package vn.smartcity.ioc.violation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The fine a violation gets (by its day and vehicle class) and the duplicate window. */
class FineSelectionTest {

    private static final Instant NOW = Instant.parse("2026-11-20T00:00:00Z");

    /** Decree 100 until 2024-12-31, then decree 168 (figures as in the seeded schedule, trimmed to a few lines). */
    private static FineRuleBook book() {
        FineSchedule old = new FineSchedule("100/2019/NĐ-CP", "old", LocalDate.of(2020, 1, 1), "test", NOW);
        old.supersededFrom(LocalDate.of(2025, 1, 1));
        FineSchedule current = new FineSchedule("168/2024/NĐ-CP", "current", LocalDate.of(2025, 1, 1), "test", NOW);
        Map<FineSchedule, List<FineRule>> rules = new LinkedHashMap<>();
        rules.put(old, List.of(
                rule(ViolationKind.RED_LIGHT, VehicleClass.CAR, null, null, 4_000_000, 6_000_000, "100/2019 Đ5 K5a"),
                rule(ViolationKind.RED_LIGHT, VehicleClass.MOTORBIKE, null, null, 800_000, 1_000_000, "100/2019 Đ6 K4e")));
        rules.put(current, List.of(
                rule(ViolationKind.RED_LIGHT, VehicleClass.CAR, null, null, 18_000_000, 20_000_000, "168/2024 Đ6 K9b"),
                rule(ViolationKind.RED_LIGHT, VehicleClass.MOTORBIKE, null, null, 4_000_000, 6_000_000, "168/2024 Đ7 K7c"),
                rule(ViolationKind.RED_LIGHT, VehicleClass.TRUCK, null, null, 18_000_000, 20_000_000, "168/2024 Đ6 K9b"),
                rule(ViolationKind.SPEEDING, VehicleClass.CAR, 5, 10, 800_000, 1_000_000, "168/2024 Đ6 K3a"),
                rule(ViolationKind.SPEEDING, VehicleClass.CAR, 10, 20, 4_000_000, 6_000_000, "168/2024 Đ6 K5đ"),
                rule(ViolationKind.SPEEDING, VehicleClass.CAR, 20, 35, 6_000_000, 8_000_000, "168/2024 Đ6 K6a"),
                rule(ViolationKind.SPEEDING, VehicleClass.CAR, 35, null, 12_000_000, 14_000_000, "168/2024 Đ6 K7a")));
        return new FineRuleBook(rules);
    }

    private static FineRule rule(ViolationKind kind, VehicleClass c, Integer min, Integer max, long fineMin, long fineMax,
                                 String basis) {
        return new FineRule(null, kind, c, min, max, fineMin, fineMax, 0, basis, true);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // the day decides the decree: its last day, the first day of the next
            "2024-12-31 | RED_LIGHT | CAR       |    | 100/2019 Đ5 K5a",
            "2025-01-01 | RED_LIGHT | CAR       |    | 168/2024 Đ6 K9b",
            "2024-06-01 | RED_LIGHT | MOTORBIKE |    | 100/2019 Đ6 K4e",
            "2026-11-20 | RED_LIGHT | MOTORBIKE |    | 168/2024 Đ7 K7c",
            "2026-11-20 | RED_LIGHT | TRUCK     |    | 168/2024 Đ6 K9b",
            // speeding bands: lower bound included, upper bound excluded
            "2026-11-20 | SPEEDING  | CAR       | 5  | 168/2024 Đ6 K3a",
            "2026-11-20 | SPEEDING  | CAR       | 9  | 168/2024 Đ6 K3a",
            "2026-11-20 | SPEEDING  | CAR       | 10 | 168/2024 Đ6 K5đ",
            "2026-11-20 | SPEEDING  | CAR       | 34 | 168/2024 Đ6 K6a",
            "2026-11-20 | SPEEDING  | CAR       | 35 | 168/2024 Đ6 K7a",
            "2026-11-20 | SPEEDING  | CAR       | 80 | 168/2024 Đ6 K7a",
    })
    void theScheduleInForceOnTheDayAndTheVehicleClassChooseTheRule(LocalDate day, ViolationKind kind, VehicleClass c,
                                                                    Integer over, String basis) {
        assertEquals(basis, book().rule(day, kind, c, over).orElseThrow().getLegalBasis());
    }

    @Test
    void noRuleWhenNothingAppliesOrNoScheduleIsInForce() {
        FineRuleBook book = book();
        assertTrue(book.rule(LocalDate.of(2026, 11, 20), ViolationKind.SPEEDING, VehicleClass.CAR, 4).isEmpty(), "under 5 km/h over");
        assertTrue(book.rule(LocalDate.of(2026, 11, 20), ViolationKind.SPEEDING, VehicleClass.CAR, null).isEmpty(), "no speed measured");
        assertTrue(book.rule(LocalDate.of(2026, 11, 20), ViolationKind.SPEEDING, VehicleClass.MOTORBIKE, 20).isEmpty(), "no line for it");
        assertTrue(book.rule(LocalDate.of(2019, 12, 31), ViolationKind.RED_LIGHT, VehicleClass.CAR, null).isEmpty(), "before any decree");
        assertEquals("168/2024/NĐ-CP", book.scheduleOn(LocalDate.of(2026, 11, 20)).orElseThrow().getDecree());
    }

    @Test
    void aCandidateWithinTheWindowEitherSideIsTheSameViolation() {
        Instant at = Instant.parse("2026-11-20T03:00:00Z");
        Plate plate = Plate.parse("25A-123.45").orElseThrow();
        PendingCandidate first = new PendingCandidate(1L, "LC-TP-001", ViolationKind.RED_LIGHT, "25A-123.45",
                VehicleClass.CAR, at, null, null, "Ngã tư", new byte[] {1}, null);
        Violation v = Violation.establish(first, plate, null, null, 1L, at);
        Duration window = Duration.ofMinutes(5);
        assertTrue(v.repeatedBy("25A-123.45", "LC-TP-001", ViolationKind.RED_LIGHT, at.plusSeconds(300), window), "5 min after: the same");
        assertTrue(v.repeatedBy("25A-123.45", "LC-TP-001", ViolationKind.RED_LIGHT, at.minusSeconds(300), window), "5 min before: the same");
        assertFalse(v.repeatedBy("25A-123.45", "LC-TP-001", ViolationKind.RED_LIGHT, at.plusSeconds(301), window), "a second more: another");
        assertFalse(v.repeatedBy("25A-123.45", "LC-TP-001", ViolationKind.RED_LIGHT, at.minusSeconds(301), window));
        assertFalse(v.repeatedBy("25A-123.46", "LC-TP-001", ViolationKind.RED_LIGHT, at, window), "another plate");
        assertFalse(v.repeatedBy("25A-123.45", "LC-TP-002", ViolationKind.RED_LIGHT, at, window), "another camera");
        assertFalse(v.repeatedBy("25A-123.45", "LC-TP-001", ViolationKind.SPEEDING, at, window), "another violation");
    }
}
