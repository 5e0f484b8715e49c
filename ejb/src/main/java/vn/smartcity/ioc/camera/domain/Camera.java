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

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A camera of the city: what it watches, where it is, how its stream is reached (by the analytics worker or
 * Frigate, never by the IOC itself), its name in Frigate, its geometry (zones, lines, privacy masks as JSON in
 * normalised image coordinates), how long its evidence is kept per purpose, and its health.
 */
@Entity
@Table(name = "camera")
@Audited
public class Camera {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "camera_seq")
    @SequenceGenerator(name = "camera_seq", sequenceName = "camera_seq", allocationSize = 50)
    private Long id;

    @Column(name = "code", nullable = false, length = 40)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 12)
    private CameraKind kind;

    @Column(name = "ward_id")
    private Long wardId;

    @Column(name = "latitude")
    private Double latitude;

    @Column(name = "longitude")
    private Double longitude;

    @Column(name = "address", length = 300)
    private String address;

    @Column(name = "stream_url", length = 500)
    private String streamUrl;

    @Column(name = "external_name", length = 60)
    private String externalName;

    @Column(name = "direction", length = 60)
    private String direction;

    @Column(name = "lanes")
    private Integer lanes;

    @Column(name = "speed_limit_kmh")
    private Integer speedLimitKmh;

    @Column(name = "geometry", length = 4000)
    private String geometry;

    @Column(name = "retention_days_security", nullable = false)
    private int retentionDaysSecurity;

    @Column(name = "retention_days_traffic", nullable = false)
    private int retentionDaysTraffic;

    // health: changed by heartbeats every few seconds, not by staff; not audited
    @NotAudited
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private CameraStatus status = CameraStatus.UNKNOWN;

    @NotAudited
    @Column(name = "last_seen_at")
    private Instant lastSeenAt;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "changed_by", length = 100)
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected Camera() {
    }

    public Camera(String code, CameraDetails details, String by, Instant at) {
        this.code = code;
        change(details, by, at);
    }

    /** Replaces what staff set (checked first: nothing changes when it is refused). */
    public void change(CameraDetails d, String by, Instant at) {
        CameraGeometry g = d.check();
        this.name = d.name();
        this.kind = d.kind();
        this.wardId = d.wardId();
        this.latitude = d.latitude();
        this.longitude = d.longitude();
        this.address = d.address();
        this.streamUrl = d.streamUrl();
        this.externalName = d.externalName();
        this.direction = d.direction();
        this.lanes = d.lanes();
        this.speedLimitKmh = d.speedLimitKmh();
        this.geometry = g == null ? null : g.json();
        this.retentionDaysSecurity = d.retentionDaysSecurity();
        this.retentionDaysTraffic = d.retentionDaysTraffic();
        this.active = d.active();
        this.changedBy = by;
        this.changedAt = at;
    }

    public CameraDetails details() {
        return new CameraDetails(name, kind, wardId, latitude, longitude, address, streamUrl, externalName, direction,
                lanes, speedLimitKmh, geometry, retentionDaysSecurity, retentionDaysTraffic, active);
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public CameraKind getKind() { return kind; }
    public Long getWardId() { return wardId; }
    public Double getLatitude() { return latitude; }
    public Double getLongitude() { return longitude; }
    public String getAddress() { return address; }
    public String getStreamUrl() { return streamUrl; }
    public String getExternalName() { return externalName; }
    public String getDirection() { return direction; }
    public Integer getLanes() { return lanes; }
    public Integer getSpeedLimitKmh() { return speedLimitKmh; }
    public String getGeometry() { return geometry; }
    public int getRetentionDaysSecurity() { return retentionDaysSecurity; }
    public int getRetentionDaysTraffic() { return retentionDaysTraffic; }
    public CameraStatus getStatus() { return status; }
    public Instant getLastSeenAt() { return lastSeenAt; }
    public boolean isActive() { return active; }
    public String getChangedBy() { return changedBy; }
    public Instant getChangedAt() { return changedAt; }
    public int getVersion() { return version; }
}
