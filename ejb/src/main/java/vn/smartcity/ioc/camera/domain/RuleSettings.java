package vn.smartcity.ioc.camera.domain;

import java.util.List;
import java.util.regex.Pattern;

import vn.smartcity.ioc.shared.domain.Invalid;

/** What an administrator sets on a rule; {@link #check()} says what is wrong, in words for the console. */
public record RuleSettings(String name, RuleKind kind, String cameraCode, String zone, List<String> labels,
                           Integer fromMinute, Integer toMinute, Double minScore, Integer minDurationSeconds,
                           Integer minCount, Severity severity, String categoryCode, boolean active) {

    private static final Pattern LABEL = Pattern.compile("[a-z][a-z0-9_ -]{0,39}");

    public RuleSettings {
        labels = labels == null ? List.of() : List.copyOf(labels);
        cameraCode = blankToNull(cameraCode);
        zone = blankToNull(zone);
    }

    /** @throws IllegalArgumentException with what to correct */
    public void check() {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new Invalid("camera.ruleName");
        }
        if (kind == null || severity == null || categoryCode == null || categoryCode.isBlank()) {
            throw new Invalid("camera.ruleKindSeverityCategory");
        }
        if (labels.isEmpty() || labels.stream().anyMatch(l -> !LABEL.matcher(l).matches())
                || String.join(",", labels).length() > 200) {
            throw new Invalid("camera.ruleLabels");
        }
        if ((fromMinute == null) != (toMinute == null) || (fromMinute != null
                && (fromMinute < 0 || fromMinute > 1439 || toMinute < 0 || toMinute > 1439 || fromMinute.equals(toMinute)))) {
            throw new Invalid("camera.ruleTimeWindow");
        }
        if (minScore != null && (minScore < 0 || minScore > 1)) {
            throw new Invalid("camera.ruleMinScore");
        }
        if (kind == RuleKind.DWELL && (minDurationSeconds == null || minDurationSeconds < 1 || minDurationSeconds > 86_400)) {
            throw new Invalid("camera.ruleDwell");
        }
        if (kind == RuleKind.CROWD && (minCount == null || minCount < 2 || minCount > 10_000)) {
            throw new Invalid("camera.ruleCrowd");
        }
        if (kind == RuleKind.CAMERA_STATUS && labels.stream().anyMatch(l -> !List.of("offline", "tampered", "online").contains(l))) {
            throw new Invalid("camera.ruleCameraStatus");
        }
        if (zone != null && (zone.length() > 40 || zone.contains(","))) {
            throw new Invalid("camera.ruleZone");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
