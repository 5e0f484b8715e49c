package vn.smartcity.ioc.lighting.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

import org.shredzone.commons.suncalc.SunTimes;

/**
 * Sunrise and sunset at a place (commons-suncalc): apparent times, the sun's upper edge on the horizon with
 * atmospheric refraction (the standard -0.833° of NOAA's method), at sea level (no elevation correction: a city at
 * ~950 m sees the sun up to 5 minutes earlier and later; the programs' offsets absorb that), rounded to the minute,
 * in Vietnam's time (UTC+7, no daylight saving). Where the sun neither rises nor sets on a day (not in Vietnam),
 * 06:00 and 18:00 stand in.
 */
public final class AstronomicalClock {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private AstronomicalClock() {
    }

    public static Daylight at(LocalDate date, double latitude, double longitude) {
        SunTimes times = SunTimes.compute()
                .on(date.atStartOfDay(VIETNAM))
                .at(latitude, longitude)
                .twilight(SunTimes.Twilight.VISUAL)
                .oneDay()
                .execute();
        LocalDateTime rise = local(times.getRise(), date.atTime(6, 0));
        LocalDateTime set = local(times.getSet(), date.atTime(18, 0));
        return new Daylight(date, rise, set);
    }

    private static LocalDateTime local(ZonedDateTime t, LocalDateTime otherwise) {
        if (t == null) {
            return otherwise;
        }
        return t.withZoneSameInstant(VIETNAM).plusSeconds(30).truncatedTo(ChronoUnit.MINUTES).toLocalDateTime();
    }
}
