package vn.smartcity.ioc.lighting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A group of luminaires (FIWARE StreetlightGroup, TALQ group) that follows one calendar (none: dusk to dawn). */
@Entity
@Table(name = "lighting_group")
public class LightingGroup {

    @Id
    @Column(name = "code", length = 40)
    private String code;

    @Column(name = "name_vi", nullable = false, length = 200)
    private String nameVi;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "calendar_code", length = 40)
    private String calendarCode;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected LightingGroup() {
    }

    public LightingGroup(String code, String nameVi, String nameEn, String calendarCode) {
        this.code = LightingCodes.check(code, "lighting.groupCode");
        rename(nameVi, nameEn);
        follow(calendarCode);
    }

    public final void rename(String nameVi, String nameEn) {
        LightingNames names = LightingNames.of(nameVi, nameEn);
        this.nameVi = names.vi();
        this.nameEn = names.en();
    }

    public final void follow(String calendarCode) {
        this.calendarCode = calendarCode == null || calendarCode.isBlank() ? null
                : LightingCodes.check(calendarCode, "lighting.calendarCode");
    }

    public String getCode() { return code; }
    public String getNameVi() { return nameVi; }
    public String getNameEn() { return nameEn; }
    public String getCalendarCode() { return calendarCode; }
}
