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

    private static final java.util.Map<String, DayOfWeek> DAYS = java.util.Map.of("MON", DayOfWeek.MONDAY,
            "TUE", DayOfWeek.TUESDAY, "WED", DayOfWeek.WEDNESDAY, "THU", DayOfWeek.THURSDAY, "FRI", DayOfWeek.FRIDAY,
            "SAT", DayOfWeek.SATURDAY, "SUN", DayOfWeek.SUNDAY);

    /**
     * Parses the lines of a calendar as a supervisor writes them, one rule per line:
     * {@code weekdays;from;to;program}, weekdays as {@code MON,TUE,…} or a range {@code MON-THU} (or {@code *} for
     * every day), the dates {@code yyyy-MM-dd} or empty (open): {@code MON-THU,SUN;;;P-WEEKNIGHT}.
     */
    public static java.util.List<CalendarRule> parseAll(String text) {
        java.util.List<CalendarRule> rules = new java.util.ArrayList<>();
        int n = 0;
        for (String line : (text == null ? "" : text).split("\\R")) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(";", -1);
            if (f.length != 4) {
                throw new Invalid("lighting.ruleSyntax", n, line.strip());
            }
            try {
                rules.add(new CalendarRule(f[1].isBlank() ? null : LocalDate.parse(f[1].strip()),
                        f[2].isBlank() ? null : LocalDate.parse(f[2].strip()), days(f[0], n, line), f[3].strip()));
            } catch (java.time.format.DateTimeParseException e) {
                throw new Invalid("lighting.ruleSyntax", n, line.strip());
            }
        }
        return rules;
    }

    private static Set<DayOfWeek> days(String text, int n, String line) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        String t = text.strip().toUpperCase(java.util.Locale.ROOT);
        if (t.equals("*")) {
            return EnumSet.allOf(DayOfWeek.class);
        }
        for (String part : t.split(",")) {
            String[] range = part.strip().split("-");
            DayOfWeek from = DAYS.get(range[0].strip());
            DayOfWeek to = range.length == 2 ? DAYS.get(range[1].strip()) : from;
            if (from == null || to == null || range.length > 2) {
                throw new Invalid("lighting.ruleSyntax", n, line.strip());
            }
            for (int d = from.getValue(); ; d = d % 7 + 1) {
                days.add(DayOfWeek.of(d));
                if (d == to.getValue()) {
                    break;
                }
            }
        }
        return days;
    }

    /** The line as {@link #parseAll} reads it. */
    @Override
    public String toString() {
        StringBuilder d = new StringBuilder();
        for (DayOfWeek day : days()) {
            if (!d.isEmpty()) {
                d.append(',');
            }
            d.append(day.name(), 0, 3);
        }
        return (days().size() == 7 ? "*" : d.toString()) + ";" + (validFrom == null ? "" : validFrom) + ";"
                + (validTo == null ? "" : validTo) + ";" + programCode;
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
