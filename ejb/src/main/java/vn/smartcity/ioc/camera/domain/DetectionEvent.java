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

/** A stored detection event: written once (unique event id), never changed. */
@Entity
@Table(name = "detection_event")
public class DetectionEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "detection_event_seq")
    @SequenceGenerator(name = "detection_event_seq", sequenceName = "detection_event_seq", allocationSize = 500)
    private Long id;

    @Column(name = "event_id", nullable = false, length = 120, updatable = false)
    private String eventId;

    @Column(name = "camera_code", nullable = false, length = 40, updatable = false)
    private String cameraCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "door", nullable = false, length = 8, updatable = false)
    private Door door;

    @Column(name = "sender", length = 100, updatable = false)
    private String sender;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16, updatable = false)
    private DetectionKind kind;

    @Column(name = "phase", length = 8, updatable = false)
    private String phase;

    @Column(name = "track_id", length = 80, updatable = false)
    private String trackId;

    @Column(name = "label", length = 40, updatable = false)
    private String label;

    @Column(name = "score", updatable = false)
    private Double score;

    @Column(name = "zones", length = 400, updatable = false)
    private String zones;

    @Column(name = "box", length = 80, updatable = false)
    private String box;

    @Column(name = "speed_kmh", updatable = false)
    private Double speedKmh;

    @Column(name = "lane", updatable = false)
    private Integer lane;

    @Column(name = "plate_text", length = 30, updatable = false)
    private String plateText;

    @Enumerated(EnumType.STRING)
    @Column(name = "camera_status", length = 12, updatable = false)
    private CameraStatus cameraStatus;

    @Column(name = "snapshot_sha256", length = 64, updatable = false)
    private String snapshotSha256;

    /** A video clip of the event kept elsewhere, referenced until its retention ends (then forgotten). */
    @Column(name = "clip_url", length = 1000)
    private String clipUrl;

    @Column(name = "clip_sha256", length = 64, updatable = false)
    private String clipSha256;

    @Column(name = "clip_retain_until")
    private Instant clipRetainUntil;

    @Column(name = "violation_kind", length = 20, updatable = false)
    private String violationKind;

    @Column(name = "observed_at", nullable = false, updatable = false)
    private Instant observedAt;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    protected DetectionEvent() {
    }

    /** @param clipRetainUntil until when the clip's reference is kept (the camera's retention), null without a clip */
    public DetectionEvent(Detection d, Door door, String sender, Instant receivedAt, Instant clipRetainUntil) {
        this.eventId = d.eventId();
        this.cameraCode = d.cameraCode();
        this.door = door;
        this.sender = sender;
        this.kind = d.kind();
        this.phase = d.phase();
        this.trackId = d.trackId();
        this.label = d.label();
        this.score = d.score();
        this.zones = d.zones().isEmpty() ? null : String.join(",", d.zones());
        this.box = d.box();
        this.speedKmh = d.speedKmh();
        this.lane = d.lane();
        this.plateText = d.plate();
        this.cameraStatus = d.cameraStatus();
        this.snapshotSha256 = d.snapshotSha256();
        this.clipUrl = d.clipUrl();
        this.clipSha256 = d.clipUrl() == null ? null : d.clipSha256();
        this.clipRetainUntil = d.clipUrl() == null ? null : clipRetainUntil;
        this.violationKind = d.violation();
        this.observedAt = d.observedAt();
        this.receivedAt = receivedAt;
    }

    public Long getId() { return id; }
    public String getEventId() { return eventId; }
    public String getCameraCode() { return cameraCode; }
    public Door getDoor() { return door; }
    public String getSender() { return sender; }
    public DetectionKind getKind() { return kind; }
    public String getPhase() { return phase; }
    public String getTrackId() { return trackId; }
    public String getLabel() { return label; }
    public Double getScore() { return score; }
    public String getZones() { return zones; }
    public String getBox() { return box; }
    public Double getSpeedKmh() { return speedKmh; }
    public Integer getLane() { return lane; }
    public String getPlateText() { return plateText; }
    public CameraStatus getCameraStatus() { return cameraStatus; }
    public String getSnapshotSha256() { return snapshotSha256; }
    public String getClipUrl() { return clipUrl; }
    public String getClipSha256() { return clipSha256; }
    public Instant getClipRetainUntil() { return clipRetainUntil; }
    public String getViolationKind() { return violationKind; }
    public Instant getObservedAt() { return observedAt; }
    public Instant getReceivedAt() { return receivedAt; }
}
