package vn.smartcity.ioc.lighting.domain;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

/**
 * A control program (TALQ's control program, OSGP's schedule): the switch points of one day, kept as the text a
 * supervisor writes ({@code sunset=100; 23:00=50; sunrise=0}) and checked when set. Calendars and special days
 * choose a program for each date.
 */
@Entity
@Table(name = "lighting_program")
public class ControlProgram {

    /** What burns where no calendar says otherwise: full level from sunset to sunrise, as a photocell would. */
    public static final List<SwitchPoint> DUSK_TO_DAWN = SwitchPoint.parseAll("sunrise=0; sunset=100");

    @Id
    @Column(name = "code", length = 40)
    private String code;

    @Column(name = "name_vi", nullable = false, length = 200)
    private String nameVi;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "points", nullable = false, length = 600)
    private String points;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    @Transient
    private List<SwitchPoint> parsed;

    protected ControlProgram() {
    }

    public ControlProgram(String code, String nameVi, String nameEn, String points, String by, Instant at) {
        this.code = LightingCodes.check(code, "lighting.programCode");
        change(nameVi, nameEn, points, by, at);
    }

    public final void change(String nameVi, String nameEn, String points, String by, Instant at) {
        LightingNames names = LightingNames.of(nameVi, nameEn);
        List<SwitchPoint> list = SwitchPoint.parseAll(points);
        this.nameVi = names.vi();
        this.nameEn = names.en();
        this.points = SwitchPoint.format(list);
        this.parsed = list;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public List<SwitchPoint> points() {
        if (parsed == null) {
            parsed = SwitchPoint.parseAll(points);
        }
        return parsed;
    }

    public String getCode() { return code; }
    public String getNameVi() { return nameVi; }
    public String getNameEn() { return nameEn; }
    public String getPoints() { return points; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public int getVersion() { return version; }
}
