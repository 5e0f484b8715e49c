package vn.smartcity.ioc.violation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One line of a fine schedule: a violation by a vehicle class (for speeding, within a band of km/h over the
 * limit: over_min inclusive, over_max exclusive), its fine range in VND, the licence points deducted and the
 * article and clause cited. {@code verified}: checked against the official text of the decree.
 */
@Entity
@Table(name = "fine_rule")
public class FineRule {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fine_rule_seq")
    @SequenceGenerator(name = "fine_rule_seq", sequenceName = "fine_rule_seq", allocationSize = 50)
    private Long id;

    @Column(name = "schedule_id", nullable = false)
    private Long scheduleId;

    @Enumerated(EnumType.STRING)
    @Column(name = "violation_kind", nullable = false, length = 20)
    private ViolationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "vehicle_class", nullable = false, length = 12)
    private VehicleClass vehicleClass;

    @Column(name = "over_min_kmh")
    private Integer overMinKmh;

    @Column(name = "over_max_kmh")
    private Integer overMaxKmh;

    @Column(name = "fine_min", nullable = false)
    private long fineMin;

    @Column(name = "fine_max", nullable = false)
    private long fineMax;

    @Column(name = "points", nullable = false)
    private int points;

    @Column(name = "legal_basis", nullable = false, length = 200)
    private String legalBasis;

    @Column(name = "verified", nullable = false)
    private boolean verified;

    protected FineRule() {
    }

    /** A line of the schedule {@code scheduleId}; for speeding, the band [overMinKmh, overMaxKmh) km/h over the limit. */
    public FineRule(Long scheduleId, ViolationKind kind, VehicleClass vehicleClass, Integer overMinKmh, Integer overMaxKmh,
                    long fineMin, long fineMax, int points, String legalBasis, boolean verified) {
        this.scheduleId = scheduleId;
        this.kind = kind;
        this.vehicleClass = vehicleClass;
        this.overMinKmh = overMinKmh;
        this.overMaxKmh = overMaxKmh;
        this.fineMin = fineMin;
        this.fineMax = fineMax;
        this.points = points;
        this.legalBasis = legalBasis;
        this.verified = verified;
    }

    /** Whether this line applies to a violation (for speeding: the km/h over the limit). */
    public boolean applies(ViolationKind kind, VehicleClass vehicleClass, Integer overKmh) {
        if (this.kind != kind || this.vehicleClass != vehicleClass) {
            return false;
        }
        if (kind != ViolationKind.SPEEDING) {
            return true;
        }
        return overKmh != null && (overMinKmh == null || overKmh >= overMinKmh) && (overMaxKmh == null || overKmh < overMaxKmh);
    }

    public Long getId() { return id; }
    public Long getScheduleId() { return scheduleId; }
    public ViolationKind getKind() { return kind; }
    public Integer getOverMinKmh() { return overMinKmh; }
    public Integer getOverMaxKmh() { return overMaxKmh; }
    public VehicleClass getVehicleClass() { return vehicleClass; }
    public long getFineMin() { return fineMin; }
    public long getFineMax() { return fineMax; }
    public int getPoints() { return points; }
    public String getLegalBasis() { return legalBasis; }
    public boolean isVerified() { return verified; }
}
