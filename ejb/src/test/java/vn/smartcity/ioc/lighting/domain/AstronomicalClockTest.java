package vn.smartcity.ioc.lighting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

/**
 * The astronomical clock against two references: the rough times of the project's facts (NOAA's low-accuracy
 * formulas for Lai Châu, 1-2 minutes expected), and NOAA's general solar position method (its spreadsheet's
 * formulas, written out here independently of commons-suncalc) on every day of a year, within a minute.
 */
class AstronomicalClockTest {

    static final double LAT = 22.3964;
    static final double LON = 103.4582;

    @Test
    void laiChauSunriseAndSunsetAtTheSolsticesMatchTheReferenceTimes() {
        Daylight june = AstronomicalClock.at(LocalDate.of(2026, 6, 21), LAT, LON);
        Daylight december = AstronomicalClock.at(LocalDate.of(2026, 12, 21), LAT, LON);
        near(LocalDateTime.of(2026, 6, 21, 5, 22), june.sunrise(), 2);
        near(LocalDateTime.of(2026, 6, 21, 18, 53), june.sunset(), 2);
        near(LocalDateTime.of(2026, 12, 21, 6, 41), december.sunrise(), 2);
        near(LocalDateTime.of(2026, 12, 21, 17, 27), december.sunset(), 2);
    }

    @Test
    void everyDayOfTheYearAgreesWithNoaasMethodWithinAMinute() {
        for (LocalDate d = LocalDate.of(2026, 1, 1); d.getYear() == 2026; d = d.plusDays(1)) {
            Daylight day = AstronomicalClock.at(d, LAT, LON);
            near(Noaa.event(d, LAT, LON, true), day.sunrise(), 1);
            near(Noaa.event(d, LAT, LON, false), day.sunset(), 1);
        }
    }

    @Test
    void eachPlaceHasItsOwnTimes() {
        LocalDate d = LocalDate.of(2026, 12, 21);
        Daylight city = AstronomicalClock.at(d, LAT, LON);
        Daylight west = AstronomicalClock.at(d, 22.06, 102.25); // Mường Tè, 1.2° west: about 5 minutes later
        long minutes = Duration.between(city.sunset(), west.sunset()).toMinutes();
        assertTrue(minutes >= 4 && minutes <= 6, "sunset at Mường Tè " + west.sunset() + " vs " + city.sunset());
    }

    private static void near(LocalDateTime expected, LocalDateTime actual, int minutes) {
        long diff = Math.abs(Duration.between(expected, actual).toSeconds());
        assertTrue(diff <= minutes * 60L, "expected " + expected + " ± " + minutes + " min, was " + actual);
    }

    /** NOAA's general solar position method (the spreadsheet's formulas), evaluated at the event itself. */
    static final class Noaa {

        static LocalDateTime event(LocalDate date, double lat, double lon, boolean rise) {
            double minutes = 720; // local noon first, then at the event's own time
            for (int i = 0; i < 3; i++) {
                minutes = solve(date, minutes, lat, lon, rise);
            }
            LocalDateTime t = date.atTime(LocalTime.MIDNIGHT).plusSeconds(Math.round(minutes * 60));
            return t;
        }

        private static double solve(LocalDate date, double localMinutes, double lat, double lon, boolean rise) {
            double jd = date.toEpochDay() + 2440587.5 + (localMinutes - 7 * 60) / 1440.0;
            double t = (jd - 2451545.0) / 36525.0;
            double l0 = mod360(280.46646 + t * (36000.76983 + t * 0.0003032));
            double m = 357.52911 + t * (35999.05029 - 0.0001537 * t);
            double e = 0.016708634 - t * (0.000042037 + 0.0000001267 * t);
            double c = sin(m) * (1.914602 - t * (0.004817 + 0.000014 * t)) + sin(2 * m) * (0.019993 - 0.000101 * t)
                    + sin(3 * m) * 0.000289;
            double apparent = l0 + c - 0.00569 - 0.00478 * sin(125.04 - 1934.136 * t);
            double obliquity = 23 + (26 + (21.448 - t * (46.815 + t * (0.00059 - t * 0.001813))) / 60) / 60
                    + 0.00256 * cos(125.04 - 1934.136 * t);
            double declination = Math.toDegrees(Math.asin(sin(obliquity) * sin(apparent)));
            double y = Math.pow(Math.tan(Math.toRadians(obliquity / 2)), 2);
            double equationOfTime = 4 * Math.toDegrees(y * sin(2 * l0) - 2 * e * sin(m) + 4 * e * y * sin(m) * cos(2 * l0)
                    - 0.5 * y * y * sin(4 * l0) - 1.25 * e * e * sin(2 * m));
            double hourAngle = Math.toDegrees(Math.acos(cos(90.833) / (cos(lat) * cos(declination))
                    - Math.tan(Math.toRadians(lat)) * Math.tan(Math.toRadians(declination))));
            double noon = 720 - 4 * lon - equationOfTime + 7 * 60;
            return rise ? noon - 4 * hourAngle : noon + 4 * hourAngle;
        }

        private static double sin(double deg) { return Math.sin(Math.toRadians(deg)); }
        private static double cos(double deg) { return Math.cos(Math.toRadians(deg)); }
        private static double mod360(double deg) { return ((deg % 360) + 360) % 360; }
    }

    @Test
    void theNoaaReferenceItselfGivesTheFactsTimes() {
        // guards the reference: NOAA's method written here gives the facts' rough times too
        near(LocalDateTime.of(2026, 6, 21, 5, 22), Noaa.event(LocalDate.of(2026, 6, 21), LAT, LON, true), 2);
        assertEquals(LocalDate.of(2026, 12, 21), Noaa.event(LocalDate.of(2026, 12, 21), LAT, LON, false).toLocalDate());
        near(LocalDateTime.of(2026, 12, 21, 17, 27), Noaa.event(LocalDate.of(2026, 12, 21), LAT, LON, false), 2);
    }
}
