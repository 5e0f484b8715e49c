package vn.smartcity.ioc.camera.domain;

import java.time.Instant;

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

import vn.smartcity.ioc.shared.domain.Invalid;
import vn.smartcity.ioc.shared.domain.NotNow;

/**
 * An alert a rule raised on an event: what, where, which rule (and its version), and how the operator handled
 * it. A dismissed alert is kept (false positives are what rules are tuned with).
 */
@Entity
@Table(name = "camera_alert")
public class CameraAlert {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "camera_alert_seq")
    @SequenceGenerator(name = "camera_alert_seq", sequenceName = "camera_alert_seq", allocationSize = 50)
    private Long id;

    @Column(name = "rule_id", nullable = false, updatable = false)
    private Long ruleId;

    @Column(name = "rule_code", nullable = false, length = 40, updatable = false)
    private String ruleCode;

    @Column(name = "rule_version", nullable = false, updatable = false)
    private int ruleVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "severity", nullable = false, length = 10, updatable = false)
    private Severity severity;

    @Column(name = "title", nullable = false, length = 300, updatable = false)
    private String title;

    @Column(name = "camera_code", nullable = false, length = 40, updatable = false)
    private String cameraCode;

    @Column(name = "zone", length = 40, updatable = false)
    private String zone;

    @Column(name = "label", length = 40, updatable = false)
    private String label;

    @Column(name = "track_id", length = 80, updatable = false)
    private String trackId;

    @Column(name = "event_id", nullable = false, length = 120, updatable = false)
    private String eventId;

    @Column(name = "snapshot_sha256", length = 64, updatable = false)
    private String snapshotSha256;

    @Column(name = "dedupe_key", nullable = false, length = 250, updatable = false)
    private String dedupeKey;

    @Column(name = "observed_at", nullable = false, updatable = false)
    private Instant observedAt;

    @Column(name = "raised_at", nullable = false, updatable = false)
    private Instant raisedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 12)
    private AlertState state = AlertState.NEW;

    @Column(name = "handled_by", length = 100)
    private String handledBy;

    @Column(name = "handled_at")
    private Instant handledAt;

    @Column(name = "note", length = 1000)
    private String note;

    @Column(name = "incident_id")
    private Long incidentId;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected CameraAlert() {
    }

    public CameraAlert(DetectionRule rule, Detection event, String title, String dedupeKey, Instant raisedAt) {
        this.ruleId = rule.getId();
        this.ruleCode = rule.getCode();
        this.ruleVersion = rule.getVersion();
        this.severity = rule.getSeverity();
        this.title = title.length() > 300 ? title.substring(0, 300) : title;
        this.cameraCode = event.cameraCode();
        this.zone = rule.getZone();
        this.label = event.label() != null ? event.label()
                : event.cameraStatus() == null ? null : event.cameraStatus().name().toLowerCase(java.util.Locale.ROOT);
        this.trackId = event.trackId();
        this.eventId = event.eventId();
        this.snapshotSha256 = event.snapshotSha256();
        this.dedupeKey = dedupeKey;
        this.observedAt = event.observedAt();
        this.raisedAt = raisedAt;
    }

    public void acknowledge(String by, Instant at) {
        requireState(AlertState.NEW);
        handled(AlertState.ACKNOWLEDGED, by, at, null);
    }

    /** A false positive: kept, with why, for tuning the rule. */
    public void dismiss(String by, Instant at, String reason) {
        requireOpen();
        if (reason == null || reason.isBlank()) {
            throw new Invalid("camera.dismissNeedsReason");
        }
        handled(AlertState.DISMISSED, by, at, reason.strip());
    }

    public void escalate(String by, Instant at, long incident) {
        requireOpen();
        this.incidentId = incident;
        handled(AlertState.ESCALATED, by, at, null);
    }

    public boolean isOpen() {
        return state == AlertState.NEW || state == AlertState.ACKNOWLEDGED;
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw new NotNow("camera.alreadyHandled." + state.name().toLowerCase(java.util.Locale.ROOT), handledBy);
        }
    }

    private void requireState(AlertState expected) {
        if (state != expected) {
            throw new NotNow("camera.alertIs." + state.name().toLowerCase(java.util.Locale.ROOT),
                    handledBy == null ? "" : " (" + handledBy + ")");
        }
    }

    private void handled(AlertState to, String by, Instant at, String note) {
        this.state = to;
        this.handledBy = by;
        this.handledAt = at;
        if (note != null) {
            this.note = note.length() > 1000 ? note.substring(0, 1000) : note;
        }
    }

    public Long getId() { return id; }
    public Long getRuleId() { return ruleId; }
    public String getRuleCode() { return ruleCode; }
    public int getRuleVersion() { return ruleVersion; }
    public Severity getSeverity() { return severity; }
    public String getTitle() { return title; }
    public String getCameraCode() { return cameraCode; }
    public String getZone() { return zone; }
    public String getLabel() { return label; }
    public String getTrackId() { return trackId; }
    public String getEventId() { return eventId; }
    public String getSnapshotSha256() { return snapshotSha256; }
    public String getDedupeKey() { return dedupeKey; }
    public Instant getObservedAt() { return observedAt; }
    public Instant getRaisedAt() { return raisedAt; }
    public AlertState getState() { return state; }
    public String getHandledBy() { return handledBy; }
    public Instant getHandledAt() { return handledAt; }
    public String getNote() { return note; }
    public Long getIncidentId() { return incidentId; }
    public int getVersion() { return version; }
}
