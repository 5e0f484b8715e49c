package vn.smartcity.ioc.dossier.domain;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import vn.smartcity.ioc.shared.domain.Invalid;

/**
 * Working-day arithmetic of the one-stop shop: which days are working days (not a weekend day unless worked in
 * exchange, not a day off), the office hours of each, and the working time between two instants or after one.
 * Time limits of administrative procedures are in working days (each the {@link WorkingHours#perDay()} hours) or
 * in working hours; time outside office hours does not count, so a dossier received at 20:00 starts its clock at
 * the next working morning.
 *
 * <p>The years it knows are those an administrator has entered; arithmetic past them assumes plain weeks.
 */
public final class WorkingCalendar implements Serializable {

    /** Vietnam's time: dossiers are timed on the office clock of the province. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** How far the arithmetic looks ahead before it gives up (a limit of years is a data error). */
    private static final int MAX_DAYS = 3 * 366;

    private final Set<DayOfWeek> weekend;
    private final Map<LocalDate, DayRule> rules = new HashMap<>();
    private final WorkingHours hours;
    private final ZoneId zone;
    /** The zone's offset on the days after {@link #fixedAfter} (no transition since, none to come), else null. */
    private final java.time.ZoneOffset fixedOffset;
    private final LocalDate fixedAfter;

    public WorkingCalendar(Set<DayOfWeek> weekend, Collection<DayRule> days, WorkingHours hours, ZoneId zone) {
        this.weekend = weekend.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(weekend);
        for (DayRule d : days) {
            rules.put(d.date(), d);
        }
        this.hours = hours;
        this.zone = zone;
        // Vietnam's clocks have not changed since 1975 and no change is planned: the days after the last transition
        // take its offset by arithmetic (the working-time walks convert two instants per period of every day)
        java.time.zone.ZoneRules zoneRules = zone.getRules();
        Instant now = Instant.now();
        java.time.zone.ZoneOffsetTransition last = zoneRules.previousTransition(now);
        boolean settled = zoneRules.nextTransition(now) == null && zoneRules.getTransitionRules().isEmpty();
        this.fixedOffset = settled ? zoneRules.getOffset(now) : null;
        this.fixedAfter = !settled ? null : last == null ? LocalDate.MIN : last.getDateTimeAfter().toLocalDate().plusDays(1);
    }

    /** Saturdays and Sundays off, the state office's hours, Vietnam's time, and the given days. */
    public static WorkingCalendar vietnam(Collection<DayRule> days) {
        return new WorkingCalendar(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), days, WorkingHours.STATE_OFFICE, VIETNAM);
    }

    public WorkingHours hours() {
        return hours;
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean isWorkingDay(LocalDate day) {
        DayRule rule = rules.get(day);
        if (rule != null) {
            return rule.kind() == DayRule.Kind.WORKING_DAY;
        }
        return !weekend.contains(day.getDayOfWeek());
    }

    /** The rule of a day that does not follow the week, if it has one. */
    public java.util.Optional<DayRule> rule(LocalDate day) {
        return java.util.Optional.ofNullable(rules.get(day));
    }

    /** The first working day on or after {@code day}. */
    public LocalDate workingDayFrom(LocalDate day) {
        LocalDate d = day;
        for (int i = 0; !isWorkingDay(d); i++, d = d.plusDays(1)) {
            guard(i);
        }
        return d;
    }

    /** The start of the next working day after {@code day} (a dossier received past an afternoon cut-off). */
    public Instant startOfNextWorkingDay(LocalDate day) {
        return at(workingDayFrom(day.plusDays(1)), hours.morningStart());
    }

    /** The working time between two instants (zero when {@code to} is not after {@code from}). */
    public Duration workingTime(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        LocalDate day = LocalDate.ofInstant(from, zone);
        LocalDate last = LocalDate.ofInstant(to, zone);
        Duration total = Duration.ZERO;
        for (int i = 0; !day.isAfter(last); day = day.plusDays(1), i++) {
            guard(i);
            if (!isWorkingDay(day)) {
                continue;
            }
            for (LocalTime[] period : hours.periods()) {
                Instant start = max(at(day, period[0]), from);
                Instant end = min(at(day, period[1]), to);
                if (end.isAfter(start)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    /**
     * The instant at which {@code working} working time has passed since {@code from}: a limit that ends exactly at
     * the end of a period ends then (17:00), not at the next morning. Zero working time is {@code from} itself.
     */
    public Instant plusWorkingTime(Instant from, Duration working) {
        if (working.isNegative()) {
            throw new Invalid("dossier.negativeTime");
        }
        Duration left = working;
        if (left.isZero()) {
            return from;
        }
        LocalDate day = LocalDate.ofInstant(from, zone);
        for (int i = 0; ; day = day.plusDays(1), i++) {
            guard(i);
            if (!isWorkingDay(day)) {
                continue;
            }
            for (LocalTime[] period : hours.periods()) {
                Instant start = max(at(day, period[0]), from);
                Instant end = at(day, period[1]);
                if (!end.isAfter(start)) {
                    continue;
                }
                Duration available = Duration.between(start, end);
                if (left.compareTo(available) <= 0) {
                    return start.plus(left);
                }
                left = left.minus(available);
            }
        }
    }

    /** Whole working days from the day of {@code from} to the day of {@code to} (0 the same day, negative before). */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int n = 0;
        int i = 0;
        for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1), i++) {
            guard(i);
            if (isWorkingDay(d.plusDays(1))) {
                n++;
            }
        }
        return n;
    }

    private Instant at(LocalDate day, LocalTime time) {
        if (fixedOffset != null && day.isAfter(fixedAfter)) {
            return Instant.ofEpochSecond(LocalDateTime.of(day, time).toEpochSecond(fixedOffset));
        }
        return LocalDateTime.of(day, time).atZone(zone).toInstant();
    }

    private static void guard(int days) {
        if (days > MAX_DAYS) {
            throw new Invalid("dossier.calendarTooFar", MAX_DAYS);
        }
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
