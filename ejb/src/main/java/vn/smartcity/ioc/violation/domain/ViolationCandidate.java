package vn.smartcity.ioc.violation.domain;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import vn.smartcity.ioc.shared.domain.NotNow;

/**
 * What a camera saw that may be a violation: the plate as read, the kind, when and where, the speed, and
 * the evidence image with the SHA-256 the camera computed. The violation-processing job reads the NEW ones.
 * Evidence is never altered: only the status is ever updated (so an update never rewrites the image).
 */
@Entity
@Table(name = "violation_candidate")
public class ViolationCandidate {

    /**
     * Where a candidate is in processing: PLATE_REVIEW waits for a traffic officer to read the plate from the
     * image (then NEW again, for the job), REJECTED was refused by the officer (no readable plate, not a violation).
     */
    public enum Status { NEW, PROCESSED, DUPLICATE, SKIPPED, PLATE_REVIEW, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "violation_candidate_seq")
    @SequenceGenerator(name = "violation_candidate_seq", sequenceName = "violation_candidate_seq", allocationSize = 50)
    private Long id;

    @Column(name = "camera_code", nullable = false, length = 40, updatable = false)
    private String cameraCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "violation_kind", nullable = false, length = 20, updatable = false)
    private ViolationKind kind;

    @Column(name = "plate_text", length = 30, updatable = false)
    private String plateText;

    @Enumerated(EnumType.STRING)
    @Column(name = "vehicle_class", length = 12, updatable = false)
    private VehicleClass vehicleClass;

    @Column(name = "observed_at", nullable = false, updatable = false)
    private Instant observedAt;

    @Column(name = "speed_kmh", updatable = false)
    private Integer speedKmh;

    @Column(name = "limit_kmh", updatable = false)
    private Integer limitKmh;

    @Column(name = "place", length = 300, updatable = false)
    private String place;

    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(name = "evidence", length = 6_000_000, updatable = false)
    private byte[] evidence;

    @Column(name = "evidence_sha256", length = 64, updatable = false)
    private String evidenceSha256;

    /** The violating vehicle in the evidence image: "x,y,width,height", normalised 0-1 or pixels; null: not known. */
    @Column(name = "vehicle_box", length = 80, updatable = false)
    private String vehicleBox;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private Status status = Status.NEW;

    /** The plate a traffic officer read from the image (the job uses it instead of the camera's); null: none. */
    @Column(name = "reviewed_plate", length = 30)
    private String reviewedPlate;

    @Column(name = "plate_reviewed_by", length = 100)
    private String plateReviewedBy;

    @Column(name = "plate_reviewed_at")
    private Instant plateReviewedAt;

    /** Why the officer rejected it. */
    @Column(name = "review_note", length = 500)
    private String reviewNote;

    protected ViolationCandidate() {
    }

    public ViolationCandidate(String cameraCode, ViolationKind kind, String plateText, VehicleClass vehicleClass,
                              Instant observedAt, Integer speedKmh, Integer limitKmh, String place, byte[] evidence,
                              String evidenceSha256) {
        this.cameraCode = cameraCode;
        this.kind = kind;
        this.plateText = plateText;
        this.vehicleClass = vehicleClass;
        this.observedAt = observedAt;
        this.speedKmh = speedKmh;
        this.limitKmh = limitKmh;
        this.place = place;
        this.evidence = evidence;
        this.evidenceSha256 = evidenceSha256;
    }

    /** A candidate whose evidence image shows the violating vehicle in {@code vehicleBox} ("x,y,width,height"). */
    public ViolationCandidate(String cameraCode, ViolationKind kind, String plateText, VehicleClass vehicleClass,
                              Instant observedAt, Integer speedKmh, Integer limitKmh, String place, byte[] evidence,
                              String evidenceSha256, String vehicleBox) {
        this(cameraCode, kind, plateText, vehicleClass, observedAt, speedKmh, limitKmh, place, evidence, evidenceSha256);
        this.vehicleBox = vehicleBox;
    }

    /**
     * A traffic officer read the plate from the evidence image: the candidate goes to the job again (NEW), with
     * the officer's plate; the camera's reading stays as it was.
     */
    public void plateRead(Plate plate, String by, Instant at) {
        requireReview();
        this.reviewedPlate = plate.canonical();
        this.plateReviewedBy = by;
        this.plateReviewedAt = at;
        this.status = Status.NEW;
    }

    /** A traffic officer rejected it (no readable plate, not a violation), with the reason. */
    public void rejectByOfficer(String reason, String by, Instant at) {
        requireReview();
        this.reviewNote = reason;
        this.plateReviewedBy = by;
        this.plateReviewedAt = at;
        this.status = Status.REJECTED;
    }

    private void requireReview() {
        if (status != Status.PLATE_REVIEW) {
            throw new NotNow("violation.candidateNotWaiting", id, status);
        }
    }

    /** km/h over the limit (speeding), or null. */
    public Integer overKmh() {
        return speedKmh == null || limitKmh == null ? null : speedKmh - limitKmh;
    }

    public String getVehicleBox() { return vehicleBox; }
    public Long getId() { return id; }
    public String getCameraCode() { return cameraCode; }
    public ViolationKind getKind() { return kind; }
    public String getPlateText() { return plateText; }
    public VehicleClass getVehicleClass() { return vehicleClass; }
    public Instant getObservedAt() { return observedAt; }
    public Integer getSpeedKmh() { return speedKmh; }
    public Integer getLimitKmh() { return limitKmh; }
    public String getPlace() { return place; }
    public byte[] getEvidence() { return evidence; }
    public String getEvidenceSha256() { return evidenceSha256; }
    public Status getStatus() { return status; }
    public String getReviewedPlate() { return reviewedPlate; }
    public String getPlateReviewedBy() { return plateReviewedBy; }
    public Instant getPlateReviewedAt() { return plateReviewedAt; }
    public String getReviewNote() { return reviewNote; }
}
