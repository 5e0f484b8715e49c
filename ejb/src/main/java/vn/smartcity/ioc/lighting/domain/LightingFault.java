package vn.smartcity.ioc.lighting.domain;

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
 * A fault of a luminaire or a cabinet, open from the first reading that showed it until a reading says it is
 * gone; at most one open fault per subject and kind. When opened it is said on the console's live feed, and by
 * rule it opens a maintenance incident for the lighting department.
 */
@Entity
@Table(name = "lighting_fault")
@SequenceGenerator(name = "lighting_fault_seq", sequenceName = "lighting_fault_seq", allocationSize = 50)
public class LightingFault {

    /** What has the fault. */
    public enum Subject { LUMINAIRE, CABINET }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lighting_fault_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false, length = 10)
    private Subject subject;

    @Column(name = "subject_code", nullable = false, length = 40)
    private String subjectCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private FaultKind kind;

    @Column(name = "ward_code", length = 20)
    private String wardCode;

    @Column(name = "latitude", nullable = false)
    private double latitude;

    @Column(name = "longitude", nullable = false)
    private double longitude;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    @Column(name = "cleared_at")
    private Instant clearedAt;

    @Column(name = "incident_id")
    private Long incidentId;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected LightingFault() {
    }

    public LightingFault(Subject subject, String subjectCode, FaultKind kind, String wardCode, double latitude,
            double longitude, Instant at) {
        this.subject = subject;
        this.subjectCode = subjectCode;
        this.kind = kind;
        this.wardCode = wardCode;
        this.latitude = latitude;
        this.longitude = longitude;
        this.openedAt = at;
        this.lastSeenAt = at;
    }

    public void seen(Instant at) {
        if (at.isAfter(lastSeenAt)) {
            lastSeenAt = at;
        }
    }

    public void clear(Instant at) {
        this.clearedAt = at.isBefore(openedAt) ? openedAt : at;
    }

    public void incidentOpened(long id) {
        this.incidentId = id;
    }

    public boolean isOpen() {
        return clearedAt == null;
    }

    public Long getId() { return id; }
    public Subject getSubject() { return subject; }
    public String getSubjectCode() { return subjectCode; }
    public FaultKind getKind() { return kind; }
    public String getWardCode() { return wardCode; }
    public double getLatitude() { return latitude; }
    public double getLongitude() { return longitude; }
    public Instant getOpenedAt() { return openedAt; }
    public Instant getLastSeenAt() { return lastSeenAt; }
    public Instant getClearedAt() { return clearedAt; }
    public Long getIncidentId() { return incidentId; }
}
