package vn.smartcity.ioc.lighting.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import vn.smartcity.ioc.shared.domain.Invalid;

/**
 * A line of a lighting calendar: on these weekdays, between these dates (both included; open when empty), run this
 * program. The first line of a calendar that matches a date wins.
 */
@Embeddable
public class CalendarRule {

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    /** Bit 0 Monday … bit 6 Sunday. */
    @Column(name = "weekdays", nullable = false)
    private int weekdays;

    @Column(name = "program_code", nullable = false, length = 40)
    private String programCode;

    protected CalendarRule() {
    }

    public CalendarRule(LocalDate validFrom, LocalDate validTo, Set<DayOfWeek> days, String programCode) {
        if (days == null || days.isEmpty()) {
            throw new Invalid("lighting.weekdays");
        }
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            throw new Invalid("lighting.dateRange");
        }
        this.validFrom = validFrom;
        this.validTo = validTo;
        int mask = 0;
        for (DayOfWeek d : days) {
            mask |= 1 << (d.getValue() - 1);
        }
        this.weekdays = mask;
        this.programCode = LightingCodes.check(programCode, "lighting.programCode");
    }

    public boolean matches(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom))
                && (validTo == null || !date.isAfter(validTo))
                && (weekdays & (1 << (date.getDayOfWeek().getValue() - 1))) != 0;
    }

    public Set<DayOfWeek> days() {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            if ((weekdays & (1 << (d.getValue() - 1))) != 0) {
                days.add(d);
            }
        }
        return days;
    }

    public LocalDate getValidFrom() { return validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public String getProgramCode() { return programCode; }
}
