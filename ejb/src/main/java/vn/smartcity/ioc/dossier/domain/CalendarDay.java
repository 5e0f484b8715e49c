package vn.smartcity.ioc.dossier.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.smartcity.ioc.shared.domain.Invalid;

/**
 * A day of the working calendar that does not follow the week, as an administrator keeps it: a day off or a
 * weekend day worked in exchange, its name, and whether it was checked against the government's announcement
 * for the year (the rows the IOC ships are not).
 */
@Entity
@Table(name = "dossier_calendar_day")
public class CalendarDay {

    @Id
    @Column(name = "calendar_date")
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 12)
    private DayRule.Kind kind;

    @Column(name = "name_vi", nullable = false, length = 200)
    private String nameVi;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "confirmed", nullable = false)
    private boolean confirmed;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CalendarDay() {
    }

    public CalendarDay(LocalDate date, DayRule.Kind kind, String nameVi, String nameEn, String by, Instant at) {
        this.date = date;
        change(kind, nameVi, nameEn, by, at);
    }

    /** An administrator sets the day (confirming it: they enter it from the announcement). */
    public final void change(DayRule.Kind kind, String nameVi, String nameEn, String by, Instant at) {
        if (kind == null) {
            throw new Invalid("dossier.dayKind");
        }
        String vi = nameVi == null ? "" : nameVi.strip();
        String en = nameEn == null || nameEn.isBlank() ? vi : nameEn.strip();
        if (vi.isEmpty() || vi.length() > 200 || en.length() > 200) {
            throw new Invalid("dossier.dayName");
        }
        this.kind = kind;
        this.nameVi = vi;
        this.nameEn = en;
        this.confirmed = true;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public DayRule rule() {
        return new DayRule(date, kind, nameVi, nameEn);
    }

    public LocalDate getDate() { return date; }
    public DayRule.Kind getKind() { return kind; }
    public String getNameVi() { return nameVi; }
    public String getNameEn() { return nameEn; }
    public boolean isConfirmed() { return confirmed; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
}
