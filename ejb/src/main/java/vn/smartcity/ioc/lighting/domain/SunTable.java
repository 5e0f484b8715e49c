package vn.smartcity.ioc.lighting.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sunrise and sunset for the plan, computed once per day for each cell of a 0.01° grid (about 1 km; the times
 * differ by less than 3 seconds inside a cell) and kept: the plan asks for them for every luminaire and every
 * reading. At most {@value #MAX} days-and-cells are kept, then the table starts again.
 */
public final class SunTable {

    static final int MAX = 200_000;
    private static final Map<Long, Daylight> DAYS = new ConcurrentHashMap<>();

    private SunTable() {
    }

    public static Daylight at(LocalDate date, double latitude, double longitude) {
        long lat = Math.round(latitude * 100);
        long lon = Math.round(longitude * 100);
        long key = (date.toEpochDay() << 32) ^ (lat << 16) ^ lon;
        Daylight known = DAYS.get(key);
        if (known != null && known.date().equals(date)) {
            return known;
        }
        if (DAYS.size() >= MAX) {
            DAYS.clear();
        }
        Daylight day = AstronomicalClock.at(date, lat / 100.0, lon / 100.0);
        DAYS.put(key, day);
        return day;
    }
}
