package vn.smartcity.ioc.camera.domain;

import java.util.List;
import java.util.regex.Pattern;

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
            throw new IllegalArgumentException("A rule needs a name of at most 200 characters");
        }
        if (kind == null || severity == null || categoryCode == null || categoryCode.isBlank()) {
            throw new IllegalArgumentException("A rule needs a kind, a severity and an incident category");
        }
        if (labels.isEmpty() || labels.stream().anyMatch(l -> !LABEL.matcher(l).matches())
                || String.join(",", labels).length() > 200) {
            throw new IllegalArgumentException("Labels: lower-case words such as person, car, fire (comma-separated)");
        }
        if ((fromMinute == null) != (toMinute == null) || (fromMinute != null
                && (fromMinute < 0 || fromMinute > 1439 || toMinute < 0 || toMinute > 1439 || fromMinute.equals(toMinute)))) {
            throw new IllegalArgumentException("A time window needs both ends, different, from 00:00 to 23:59");
        }
        if (minScore != null && (minScore < 0 || minScore > 1)) {
            throw new IllegalArgumentException("The minimum score is from 0 to 1");
        }
        if (kind == RuleKind.DWELL && (minDurationSeconds == null || minDurationSeconds < 1 || minDurationSeconds > 86_400)) {
            throw new IllegalArgumentException("A dwell rule needs a duration from 1 second to 1 day");
        }
        if (kind == RuleKind.CROWD && (minCount == null || minCount < 2 || minCount > 10_000)) {
            throw new IllegalArgumentException("A crowd rule needs a count of at least 2");
        }
        if (kind == RuleKind.CAMERA_STATUS && labels.stream().anyMatch(l -> !List.of("offline", "tampered", "online").contains(l))) {
            throw new IllegalArgumentException("A camera status rule lists statuses: offline, tampered");
        }
        if (zone != null && (zone.length() > 40 || zone.contains(","))) {
            throw new IllegalArgumentException("A zone name has at most 40 characters and no comma");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
