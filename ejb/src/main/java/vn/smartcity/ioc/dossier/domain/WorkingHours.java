package vn.smartcity.ioc.dossier.domain;

import java.io.Serializable;
import java.time.Duration;
import java.time.LocalTime;

import vn.smartcity.ioc.shared.domain.Invalid;

/**
 * The office hours of a working day: a morning and an afternoon period (07:30–11:30 and 13:00–17:00 by default, the
 * usual hours of a Vietnamese state office: 8 hours). A time limit in working days counts this many hours per day.
 */
public record WorkingHours(LocalTime morningStart, LocalTime morningEnd, LocalTime afternoonStart, LocalTime afternoonEnd)
        implements Serializable {

    public static final WorkingHours STATE_OFFICE = new WorkingHours(LocalTime.of(7, 30), LocalTime.of(11, 30),
            LocalTime.of(13, 0), LocalTime.of(17, 0));

    public WorkingHours {
        if (morningStart == null || morningEnd == null || afternoonStart == null || afternoonEnd == null
                || !morningStart.isBefore(morningEnd) || morningEnd.isAfter(afternoonStart)
                || !afternoonStart.isBefore(afternoonEnd)) {
            throw new Invalid("dossier.workingHours");
        }
    }

    /** The working time of one full working day. */
    public Duration perDay() {
        return Duration.between(morningStart, morningEnd).plus(Duration.between(afternoonStart, afternoonEnd));
    }

    /** The periods of a day, in order: {start, end} each. */
    LocalTime[][] periods() {
        return new LocalTime[][] {{morningStart, morningEnd}, {afternoonStart, afternoonEnd}};
    }
}
