package vn.smartcity.ioc.lighting.domain;

import java.time.Duration;
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

import vn.smartcity.ioc.shared.domain.Invalid;

/**
 * An operator's override (TALQ's override command): a level for a luminaire, a group, a ward or the whole city,
 * from a time until a time, with a reason. It ends by itself at its end; an operator may end it earlier (the
 * program resumes). Where several cover a luminaire, the most specific target wins, then the newest.
 */
@Entity
@Table(name = "lighting_override")
@SequenceGenerator(name = "lighting_override_seq", sequenceName = "lighting_override_seq", allocationSize = 50)
public class LightingOverride {

    /** What an override is for, from the least to the most specific. */
    public enum Target { CITY, WARD, GROUP, LUMINAIRE }

    /** The longest an override may last: a longer change belongs in a program or a special day. */
    public static final Duration LONGEST = Duration.ofDays(7);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lighting_override_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind", nullable = false, length = 10)
    private Target target;

    @Column(name = "target_code", nullable = false, length = 40)
    private String targetCode;

    @Column(name = "dim_level", nullable = false)
    private int level;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "reason", nullable = false, length = 500)
    private String reason;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "ended_by", length = 100)
    private String endedBy;

    protected LightingOverride() {
    }

    public LightingOverride(Target target, String targetCode, int level, Instant startsAt, Instant endsAt,
            String reason, String by, Instant at) {
        if (target == null) {
            throw new Invalid("lighting.overrideTarget");
        }
        if (level < 0 || level > 100) {
            throw new Invalid("lighting.level", level);
        }
        Instant start = startsAt == null ? at : startsAt;
        if (endsAt == null || !endsAt.isAfter(start) || !endsAt.isAfter(at)
                || Duration.between(start, endsAt).compareTo(LONGEST) > 0) {
            throw new Invalid("lighting.overrideWindow", LONGEST.toDays());
        }
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 3 || why.length() > 500) {
            throw new Invalid("lighting.overrideReason");
        }
        this.target = target;
        this.targetCode = target == Target.CITY ? "*" : LightingCodes.check(targetCode, "lighting.overrideTargetCode");
        this.level = level;
        this.startsAt = start;
        this.endsAt = endsAt;
        this.reason = why;
        this.createdBy = by;
        this.createdAt = at;
    }

    /** An operator ends the override now (the program resumes); an override that ended already stays as it was. */
    public boolean end(String by, Instant at) {
        if (!endsAt.isAfter(at)) {
            return false;
        }
        this.endsAt = at.isBefore(startsAt) ? startsAt : at;
        this.endedBy = by;
        return true;
    }

    public boolean activeAt(Instant t) {
        return !t.isBefore(startsAt) && t.isBefore(endsAt);
    }

    public boolean covers(LuminairePlace place) {
        return switch (target) {
            case CITY -> true;
            case WARD -> targetCode.equals(place.wardCode());
            case GROUP -> targetCode.equals(place.groupCode());
            case LUMINAIRE -> targetCode.equals(place.code());
        };
    }

    /** Whether this override wins over another that covers the same luminaire at the same time. */
    boolean beats(LightingOverride other) {
        int bySpecificity = Integer.compare(target.ordinal(), other.target.ordinal());
        if (bySpecificity != 0) {
            return bySpecificity > 0;
        }
        int byAge = createdAt.compareTo(other.createdAt);
        return byAge != 0 ? byAge > 0 : (id != null && other.id != null && id > other.id);
    }

    public Long getId() { return id; }
    public Target getTarget() { return target; }
    public String getTargetCode() { return targetCode; }
    public int getLevel() { return level; }
    public Instant getStartsAt() { return startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public String getReason() { return reason; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public String getEndedBy() { return endedBy; }
}
