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

/**
 * A camera of the city: what it watches, where it is, how its stream is reached (by the analytics worker or
 * Frigate, never by the IOC itself), its name in Frigate, its geometry (zones, lines, privacy masks as JSON in
 * normalised image coordinates), how long its evidence is kept per purpose, and its health.
 */
@Entity
@Table(name = "camera")
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

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private CameraStatus status = CameraStatus.UNKNOWN;

    @Column(name = "last_seen_at")
    private Instant lastSeenAt;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected Camera() {
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
    public int getVersion() { return version; }
}
