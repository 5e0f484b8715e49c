package vn.smartcity.ioc.violation.domain;

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

import vn.smartcity.ioc.shared.domain.Invalid;
import vn.smartcity.ioc.shared.domain.NotNow;
import vn.smartcity.ioc.shared.domain.Text;

/**
 * A traffic violation established from a candidate: the normalised plate, the owner from the vehicle
 * registry, the fine by the schedule in force that day. It waits for a traffic officer's review
 * (AWAITING_REVIEW), or for manual work when the plate is unknown or no fine rule applies (MANUAL_REVIEW).
 */
@Entity
@Table(name = "violation")
@Audited
public class Violation {

    /** Where a violation is. */
    public enum State { AWAITING_REVIEW, MANUAL_REVIEW, CONFIRMED, REJECTED, NOTICE_ISSUED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "violation_seq")
    @SequenceGenerator(name = "violation_seq", sequenceName = "violation_seq", allocationSize = 50)
    private Long id;

    @Column(name = "candidate_id", nullable = false, unique = true)
    private Long candidateId;

    @Column(name = "plate", nullable = false, length = 20)
    private String plate;

    @Enumerated(EnumType.STRING)
    @Column(name = "vehicle_class", length = 12)
    private VehicleClass vehicleClass;

    @Enumerated(EnumType.STRING)
    @Column(name = "violation_kind", nullable = false, length = 20)
    private ViolationKind kind;

    @Column(name = "camera_code", nullable = false, length = 40)
    private String cameraCode;

    @Column(name = "observed_at", nullable = false)
    private Instant observedAt;

    @Column(name = "place", length = 300)
    private String place;

    @Column(name = "speed_kmh")
    private Integer speedKmh;

    @Column(name = "limit_kmh")
    private Integer limitKmh;

    @Column(name = "owner_name", length = 200)
    private String ownerName;

    @Column(name = "owner_address", length = 500)
    private String ownerAddress;

    @Column(name = "fine_rule_id")
    private Long fineRuleId;

    @Column(name = "fine_min")
    private Long fineMin;

    @Column(name = "fine_max")
    private Long fineMax;

    @Column(name = "points")
    private Integer points;

    @Column(name = "legal_basis", length = 200)
    private String legalBasis;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private State state;

    @Column(name = "review_note", length = 1000)
    private String reviewNote;

    @Column(name = "first_confirmed_by", length = 100)
    private String firstConfirmedBy;

    @Column(name = "first_confirmed_at")
    private Instant firstConfirmedAt;

    @Column(name = "reviewed_by", length = 100)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "job_execution_id")
    private Long jobExecutionId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected Violation() {
    }

    /** This violation as the duplicate check compares it (plate, camera, kind, time). */
    public ViolationSighting sighting() {
        return new ViolationSighting(plate, cameraCode, kind, observedAt);
    }

    /**
     * Whether a candidate of this plate, camera and kind seen at {@code at} is this violation again: seen within
     * {@code window} of it, either side, bounds included.
     */
    public boolean repeatedBy(String plate, String cameraCode, ViolationKind kind, Instant at, java.time.Duration window) {
        return sighting().repeatedBy(plate, cameraCode, kind, at, window);
    }

    /**
     * Establishes a violation from a candidate whose plate was read; {@code vehicle} and {@code rule} may be
     * missing (unknown plate, no applicable rule): then it goes to manual review with the reason.
     */
    public static Violation establish(PendingCandidate candidate, Plate plate, VehicleOwner vehicle, FineRule rule,
                                      Long jobExecutionId, Instant now) {
        Violation v = new Violation();
        v.candidateId = candidate.id();
        v.plate = plate.canonical();
        v.kind = candidate.kind();
        v.cameraCode = candidate.cameraCode();
        v.observedAt = candidate.observedAt();
        v.place = candidate.place();
        v.speedKmh = candidate.speedKmh();
        v.limitKmh = candidate.limitKmh();
        v.jobExecutionId = jobExecutionId;
        v.createdAt = now;
        v.vehicleClass = vehicle != null ? vehicle.vehicleClass() : candidate.vehicleClass();
        if (vehicle != null) {
            v.ownerName = vehicle.ownerName();
            v.ownerAddress = vehicle.ownerAddress();
        }
        if (rule != null) {
            v.fineRuleId = rule.getId();
            v.fineMin = rule.getFineMin();
            v.fineMax = rule.getFineMax();
            v.points = rule.getPoints();
            v.legalBasis = rule.getLegalBasis();
        }
        if (vehicle == null) {
            v.state = State.MANUAL_REVIEW;
            v.reviewNote = new Text("violation.note.notRegistered", v.plate).stored();
        } else if (rule == null) {
            v.state = State.MANUAL_REVIEW;
            v.reviewNote = new Text("violation.note.noRule").stored();
        } else {
            v.state = State.AWAITING_REVIEW;
        }
        return v;
    }

    /**
     * An officer confirms the violation. At or above {@code secondOfficerFrom} VND (the top of the fine range),
     * a second, different officer must confirm too; until then it stays waiting, with the first one noted.
     * Returns whether the violation is now CONFIRMED.
     */
    public boolean confirm(String officer, long secondOfficerFrom, Instant now) {
        requireState(State.AWAITING_REVIEW, "confirm");
        boolean needsTwo = fineMax != null && fineMax >= secondOfficerFrom;
        if (needsTwo && firstConfirmedBy == null) {
            this.firstConfirmedBy = officer;
            this.firstConfirmedAt = now;
            return false;
        }
        if (needsTwo && firstConfirmedBy.equals(officer)) {
            throw new NotNow("violation.secondOfficer", fineMax, officer);
        }
        this.state = State.CONFIRMED;
        this.reviewedBy = officer;
        this.reviewedAt = now;
        return true;
    }

    /** An officer rejects the violation (a misread, an ambulance, a broken signal), with the reason. */
    public void reject(String reason, String officer, Instant now) {
        if (state != State.AWAITING_REVIEW && state != State.MANUAL_REVIEW) {
            throw new NotNow("violation.cannotReject", state);
        }
        if (reason == null || reason.isBlank()) {
            throw new Invalid("violation.rejectNeedsReason");
        }
        this.state = State.REJECTED;
        this.reviewNote = reason.strip().length() > 1000 ? reason.strip().substring(0, 1000) : reason.strip();
        this.reviewedBy = officer;
        this.reviewedAt = now;
    }

    /**
     * An officer corrects a misread plate (seen on the evidence image): the owner and the fine are looked up
     * again; any earlier first confirmation no longer counts.
     */
    public void correctPlate(Plate corrected, VehicleOwner vehicle, FineRule rule, String officer, Instant now) {
        if (state != State.AWAITING_REVIEW && state != State.MANUAL_REVIEW) {
            throw new NotNow("violation.cannotCorrect", state);
        }
        String before = plate;
        this.plate = corrected.canonical();
        this.vehicleClass = vehicle != null ? vehicle.vehicleClass() : vehicleClass;
        this.ownerName = vehicle == null ? null : vehicle.ownerName();
        this.ownerAddress = vehicle == null ? null : vehicle.ownerAddress();
        this.fineRuleId = rule == null ? null : rule.getId();
        this.fineMin = rule == null ? null : rule.getFineMin();
        this.fineMax = rule == null ? null : rule.getFineMax();
        this.points = rule == null ? null : rule.getPoints();
        this.legalBasis = rule == null ? null : rule.getLegalBasis();
        this.firstConfirmedBy = null;
        this.firstConfirmedAt = null;
        this.state = vehicle == null || rule == null ? State.MANUAL_REVIEW : State.AWAITING_REVIEW;
        this.reviewNote = new Text(vehicle == null ? "violation.note.plateCorrectedNotRegistered"
                : rule == null ? "violation.note.plateCorrectedNoRule" : "violation.note.plateCorrected",
                officer, before, plate).stored();
        this.reviewedBy = officer;
        this.reviewedAt = now;
    }

    /** The penalty notice was issued (by the notice-issuing job, in the transaction that stored it). */
    public void noticeIssued(Instant now) {
        requireState(State.CONFIRMED, "issue");
        this.state = State.NOTICE_ISSUED;
        this.reviewedAt = reviewedAt == null ? now : reviewedAt;
    }

    private void requireState(State expected, String action) {
        if (state != expected) {
            throw new NotNow("violation.onlyIn." + action, expected, state);
        }
    }

    public String getFirstConfirmedBy() { return firstConfirmedBy; }
    public Long getId() { return id; }
    public Long getCandidateId() { return candidateId; }
    public String getPlate() { return plate; }
    public VehicleClass getVehicleClass() { return vehicleClass; }
    public ViolationKind getKind() { return kind; }
    public String getCameraCode() { return cameraCode; }
    public Instant getObservedAt() { return observedAt; }
    public String getPlace() { return place; }
    public Integer getSpeedKmh() { return speedKmh; }
    public Integer getLimitKmh() { return limitKmh; }
    public String getOwnerName() { return ownerName; }
    public String getOwnerAddress() { return ownerAddress; }
    public Long getFineMin() { return fineMin; }
    public Long getFineMax() { return fineMax; }
    public Integer getPoints() { return points; }
    public String getLegalBasis() { return legalBasis; }
    public State getState() { return state; }
    public String getReviewNote() { return reviewNote; }
    public String getReviewedBy() { return reviewedBy; }
    public Instant getReviewedAt() { return reviewedAt; }
    public Long getJobExecutionId() { return jobExecutionId; }
    public int getVersion() { return version; }
}
