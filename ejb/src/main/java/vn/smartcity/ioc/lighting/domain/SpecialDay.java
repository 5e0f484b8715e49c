package vn.smartcity.ioc.lighting.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import vn.smartcity.ioc.shared.domain.Invalid;

/**
 * A day whose lighting is not the week's (Tết, a holiday, a festival, an event): on that date, for one calendar
 * or for all ({@link #ALL}), this program runs instead of the calendar's. The night belongs to the day it starts
 * on: the special day's last level burns on until the next day's first switch point.
 */
@Entity
@Table(name = "lighting_special_day")
@SequenceGenerator(name = "lighting_special_day_seq", sequenceName = "lighting_special_day_seq", allocationSize = 50)
public class SpecialDay {

    /** The scope of a special day for every calendar. */
    public static final String ALL = "*";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lighting_special_day_seq")
    private Long id;

    @Column(name = "day_date", nullable = false)
    private LocalDate date;

    @Column(name = "scope", nullable = false, length = 40)
    private String scope;

    @Column(name = "name_vi", nullable = false, length = 200)
    private String nameVi;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "program_code", nullable = false, length = 40)
    private String programCode;

    protected SpecialDay() {
    }

    public SpecialDay(LocalDate date, String calendarCode, String nameVi, String nameEn, String programCode) {
        if (date == null) {
            throw new Invalid("lighting.date");
        }
        LightingNames names = LightingNames.of(nameVi, nameEn);
        this.date = date;
        this.scope = calendarCode == null || calendarCode.isBlank() ? ALL : LightingCodes.check(calendarCode, "lighting.calendarCode");
        this.nameVi = names.vi();
        this.nameEn = names.en();
        this.programCode = LightingCodes.check(programCode, "lighting.programCode");
    }

    public Long getId() { return id; }
    public LocalDate getDate() { return date; }
    public String getScope() { return scope; }
    public String getNameVi() { return nameVi; }
    public String getNameEn() { return nameEn; }
    public String getProgramCode() { return programCode; }
}
