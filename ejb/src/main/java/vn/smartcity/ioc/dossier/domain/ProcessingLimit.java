package vn.smartcity.ioc.dossier.domain;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import vn.smartcity.ioc.shared.domain.Invalid;

/**
 * The legal time limit of a procedure: so many working days (each {@link WorkingHours#perDay()}) or working
 * hours, and, if the procedure's rule says so, an afternoon cut-off: a dossier received at or after it is counted
 * from the next working morning (a per-procedure rule, not a global one).
 *
 * @param afternoonCutOff null when the procedure has none
 */
public record ProcessingLimit(int amount, Unit unit, LocalTime afternoonCutOff) implements Serializable {

    public enum Unit { WORKING_DAYS, WORKING_HOURS }

    /** More than a year of working days is a data error, not a procedure. */
    static final int MAX_DAYS = 260;

    public ProcessingLimit {
        if (unit == null || amount < 0 || (unit == Unit.WORKING_DAYS ? amount > MAX_DAYS : amount > MAX_DAYS * 8)) {
            throw new Invalid("dossier.limit", MAX_DAYS);
        }
    }

    public static ProcessingLimit workingDays(int days) {
        return new ProcessingLimit(days, Unit.WORKING_DAYS, null);
    }

    public static ProcessingLimit workingHours(int hours) {
        return new ProcessingLimit(hours, Unit.WORKING_HOURS, null);
    }

    public ProcessingLimit withAfternoonCutOff(LocalTime cutOff) {
        return new ProcessingLimit(amount, unit, cutOff);
    }

    /** The working time the limit allows on {@code calendar}. */
    public Duration workingTime(WorkingCalendar calendar) {
        return unit == Unit.WORKING_DAYS ? calendar.hours().perDay().multipliedBy(amount) : Duration.ofHours(amount);
    }

    /**
     * When the clock of a dossier received at {@code receivedAt} starts: then, or the next working morning when
     * the procedure has an afternoon cut-off and it came at or after it on a working day, or after the office closed.
     * (Time outside office hours does not count anyway; the cut-off moves the start past the rest of the afternoon.)
     */
    public Instant clockStart(Instant receivedAt, WorkingCalendar calendar) {
        if (afternoonCutOff == null) {
            return receivedAt;
        }
        LocalDate day = LocalDate.ofInstant(receivedAt, calendar.zone());
        LocalTime time = receivedAt.atZone(calendar.zone()).toLocalTime();
        if (calendar.isWorkingDay(day) && !time.isBefore(afternoonCutOff)) {
            return calendar.startOfNextWorkingDay(day);
        }
        return receivedAt;
    }
}
