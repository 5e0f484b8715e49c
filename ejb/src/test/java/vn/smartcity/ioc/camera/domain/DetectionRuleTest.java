package vn.smartcity.ioc.camera.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The in-memory part of a rule: camera, zone, label, score, window (Vietnam time, wrapping midnight). */
class DetectionRuleTest {

    static final RuleSettings NIGHT_INTRUSION = new RuleSettings("Night intrusion", RuleKind.PRESENCE, "LC-TP-002",
            "restricted", List.of("person"), 22 * 60, 5 * 60, 0.6, null, null, Severity.CRITICAL, "public-order", true);

    final DetectionRule rule = new DetectionRule("night", NIGHT_INTRUSION, "test", Instant.EPOCH);

    static Detection person(String localTime, double score, String zone) {
        // Vietnam is UTC+7 all year
        Instant at = Instant.parse("2026-11-25T" + localTime + ":00Z").minusSeconds(7 * 3600);
        return new Detection("e", "LC-TP-002", DetectionKind.OBJECT, at, "new", "1", "person", score,
                zone == null ? List.of() : List.of("lawn", zone), null, null, null, null, null, null);
    }

    @Test
    void theNightWindowWrapsPastMidnightAndItsEndIsExclusive() {
        assertFalse(rule.matches(person("21:59", 0.9, "restricted")));
        assertTrue(rule.matches(person("22:00", 0.9, "restricted")));
        assertTrue(rule.matches(person("00:30", 0.9, "restricted")));
        assertTrue(rule.matches(person("04:59", 0.9, "restricted")));
        assertFalse(rule.matches(person("05:00", 0.9, "restricted")));
    }

    @Test
    void scoreZoneLabelAndCameraMustAllMatch() {
        assertTrue(rule.matches(person("23:00", 0.6, "restricted")), "the minimum score itself is enough");
        assertFalse(rule.matches(person("23:00", 0.59, "restricted")));
        assertFalse(rule.matches(person("23:00", 0.9, null)));
        assertFalse(rule.matches(person("23:00", 0.9, "restricted-2")));
        Detection car = new Detection("e", "LC-TP-002", DetectionKind.OBJECT, person("23:00", 0.9, "restricted").observedAt(),
                null, "2", "car", 0.9, List.of("restricted"), null, null, null, null, null, null);
        assertFalse(rule.matches(car));
        Detection elsewhere = new Detection("e", "LC-TP-001", DetectionKind.OBJECT, car.observedAt(), null, "2", "person",
                0.9, List.of("restricted"), null, null, null, null, null, null);
        assertFalse(rule.matches(elsewhere));
        Detection picture = new Detection("e", "LC-TP-002", DetectionKind.SNAPSHOT, car.observedAt(), "snapshot", null,
                "person", null, List.of(), null, null, null, null, null, "ab");
        assertFalse(new DetectionRule("any", new RuleSettings("Person", RuleKind.PRESENCE, null, null, List.of("person"),
                null, null, null, null, null, Severity.INFO, "public-order", true), "test", Instant.EPOCH).matches(picture),
                "a picture of a person is not a person seen");
    }

    @Test
    void aCameraStatusRuleMatchesTheStatusesItLists() {
        DetectionRule status = new DetectionRule("status", new RuleSettings("Camera status", RuleKind.CAMERA_STATUS, null,
                null, List.of("offline", "tampered"), null, null, null, null, null, Severity.WARNING, "public-order", true),
                "test", Instant.EPOCH);
        assertTrue(status.matches(new Detection("s", "LC-DK-002", DetectionKind.CAMERA_STATUS, Instant.EPOCH, null, null,
                null, null, null, null, null, null, null, CameraStatus.TAMPERED, null)));
        assertFalse(status.matches(new Detection("s", "LC-DK-002", DetectionKind.CAMERA_STATUS, Instant.EPOCH, null, null,
                null, null, null, null, null, null, null, CameraStatus.ONLINE, null)));
    }

    @Test
    void anInactiveRuleMatchesNothing() {
        rule.change(new RuleSettings("Night intrusion", RuleKind.PRESENCE, "LC-TP-002", "restricted", List.of("person"),
                22 * 60, 5 * 60, 0.6, null, null, Severity.CRITICAL, "public-order", false), "test", Instant.EPOCH);
        assertFalse(rule.matches(person("23:00", 0.9, "restricted")));
    }

    @Test
    void settingsThatMakeNoSenseAreRefusedWithWhatToFix() {
        assertEquals("A dwell rule needs a duration from 1 second to 1 day", refused(new RuleSettings("x", RuleKind.DWELL,
                null, null, List.of("person"), null, null, null, null, null, Severity.INFO, "public-order", true)));
        assertEquals("A crowd rule needs a count of at least 2", refused(new RuleSettings("x", RuleKind.CROWD,
                null, null, List.of("person"), null, null, null, null, 1, Severity.INFO, "public-order", true)));
        assertEquals("A time window needs both ends, different, from 00:00 to 23:59", refused(new RuleSettings("x",
                RuleKind.PRESENCE, null, null, List.of("person"), 600, null, null, null, null, Severity.INFO, "public-order", true)));
        assertEquals("Labels: lower-case words such as person, car, fire (comma-separated)", refused(new RuleSettings("x",
                RuleKind.PRESENCE, null, null, List.of("Person!"), null, null, null, null, null, Severity.INFO, "public-order", true)));
        assertEquals("The minimum score is from 0 to 1", refused(new RuleSettings("x", RuleKind.PRESENCE, null, null,
                List.of("person"), null, null, 2.0, null, null, Severity.INFO, "public-order", true)));
    }

    private static String refused(RuleSettings settings) {
        return assertThrows(IllegalArgumentException.class, settings::check).getMessage();
    }
}
