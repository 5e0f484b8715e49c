package vn.smartcity.ioc.camera.domain;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

/**
 * A rule that turns detection events into alerts (V12 explains the kinds). Every version is kept (Envers):
 * an alert names the version that raised it, and the console shows who changed what.
 */
@Entity
@Table(name = "detection_rule")
@Audited
public class DetectionRule {

    /** Vietnam's local time: the rules' daily windows are in it. */
    public static final ZoneId LOCAL_TIME = ZoneId.of("Asia/Ho_Chi_Minh");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "detection_rule_seq")
    @SequenceGenerator(name = "detection_rule_seq", sequenceName = "detection_rule_seq", allocationSize = 50)
    private Long id;

    @Column(name = "code", nullable = false, length = 40, updatable = false)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private RuleKind kind;

    @Column(name = "camera_code", length = 40)
    private String cameraCode;

    @Column(name = "zone", length = 40)
    private String zone;

    @Column(name = "labels", nullable = false, length = 200)
    private String labels;

    @Column(name = "from_minute")
    private Integer fromMinute;

    @Column(name = "to_minute")
    private Integer toMinute;

    @Column(name = "min_score")
    private Double minScore;

    @Column(name = "min_duration_seconds")
    private Integer minDurationSeconds;

    @Column(name = "min_count")
    private Integer minCount;

    @Enumerated(EnumType.STRING)
    @Column(name = "severity", nullable = false, length = 10)
    private Severity severity;

    @Column(name = "category_code", nullable = false, length = 40)
    private String categoryCode;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected DetectionRule() {
    }

    public DetectionRule(String code, RuleSettings settings, String changedBy, Instant changedAt) {
        this.code = code;
        change(settings, changedBy, changedAt);
    }

    /** Replaces the rule's settings (a new version). */
    public void change(RuleSettings s, String by, Instant at) {
        s.check();
        this.name = s.name();
        this.kind = s.kind();
        this.cameraCode = s.cameraCode();
        this.zone = s.zone();
        this.labels = String.join(",", s.labels());
        this.fromMinute = s.fromMinute();
        this.toMinute = s.toMinute();
        this.minScore = s.minScore();
        this.minDurationSeconds = s.minDurationSeconds();
        this.minCount = s.minCount();
        this.severity = s.severity();
        this.categoryCode = s.categoryCode();
        this.active = s.active();
        this.changedBy = by;
        this.changedAt = at;
    }

    public RuleSettings settings() {
        return new RuleSettings(name, kind, cameraCode, zone, labelList(), fromMinute, toMinute, minScore,
                minDurationSeconds, minCount, severity, categoryCode, active);
    }

    /**
     * Whether an event passes the rule's own conditions: camera, zone, label (or reported status), score and
     * time window. DWELL and CROWD then need the event's history (the application asks the database).
     */
    public boolean matches(Detection d) {
        if (!active || (cameraCode != null && !cameraCode.equals(d.cameraCode()))) {
            return false;
        }
        if (kind == RuleKind.CAMERA_STATUS) {
            return d.kind() == DetectionKind.CAMERA_STATUS && d.cameraStatus() != null
                    && labelList().contains(d.cameraStatus().name().toLowerCase(Locale.ROOT));
        }
        return d.kind() == DetectionKind.OBJECT && d.label() != null && labelList().contains(d.label())
                && (zone == null || d.zones().contains(zone))
                && (minScore == null || (d.score() != null && d.score() >= minScore))
                && inWindow(d.observedAt());
    }

    /** Inside the daily window [from, to) in local time; a window with from > to wraps past midnight. */
    public boolean inWindow(Instant at) {
        if (fromMinute == null || toMinute == null) {
            return true;
        }
        LocalTime local = at.atZone(LOCAL_TIME).toLocalTime();
        int minute = local.getHour() * 60 + local.getMinute();
        return fromMinute <= toMinute ? minute >= fromMinute && minute < toMinute
                : minute >= fromMinute || minute < toMinute;
    }

    public List<String> labelList() {
        return Arrays.stream(labels.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public RuleKind getKind() { return kind; }
    public String getCameraCode() { return cameraCode; }
    public String getZone() { return zone; }
    public String getLabels() { return labels; }
    public Integer getFromMinute() { return fromMinute; }
    public Integer getToMinute() { return toMinute; }
    public Double getMinScore() { return minScore; }
    public Integer getMinDurationSeconds() { return minDurationSeconds; }
    public Integer getMinCount() { return minCount; }
    public Severity getSeverity() { return severity; }
    public String getCategoryCode() { return categoryCode; }
    public boolean isActive() { return active; }
    public String getChangedBy() { return changedBy; }
    public Instant getChangedAt() { return changedAt; }
    public int getVersion() { return version; }
}
