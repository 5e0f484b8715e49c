package vn.smartcity.ioc.analytics.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where and when incidents arise in a period: the incidents opened (as {@link IncidentKpis} counts them: created in
 * the period, not merged) by hour of the week in Vietnam's time (a heat table of 7 days × 24 hours, Monday first)
 * and by ward, most first; optionally of one category.
 *
 * @param hourOfWeek {@code [day 0 = Monday … 6][hour 0 … 23]}
 * @param wards      wards with their count, most first (ties by code); incidents without a ward are left out
 * @param busiest    the largest cell of the heat table (0 for none), to scale its shades
 */
public record Hotspots(long[][] hourOfWeek, List<Map.Entry<String, Long>> wards, long busiest, long total) {

    /** The hotspots of [from, to) of {@code category} (null: every category). */
    public static Hotspots of(List<IncidentFact> facts, LocalDate from, LocalDate to, String category) {
        Instant start = from.atStartOfDay(IncidentKpis.VIETNAM).toInstant();
        Instant end = to.atStartOfDay(IncidentKpis.VIETNAM).toInstant();
        long[][] cells = new long[7][24];
        Map<String, Long> byWard = new TreeMap<>();
        long busiest = 0;
        long total = 0;
        for (IncidentFact f : facts) {
            if (f.merged() || f.createdAt().isBefore(start) || !f.createdAt().isBefore(end)
                    || (category != null && !category.equals(f.category()))) {
                continue;
            }
            ZonedDateTime local = f.createdAt().atZone(IncidentKpis.VIETNAM);
            int day = local.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
            busiest = Math.max(busiest, ++cells[day][local.getHour()]);
            total++;
            if (f.ward() != null) {
                byWard.merge(f.ward(), 1L, Long::sum);
            }
        }
        List<Map.Entry<String, Long>> wards = new ArrayList<>(byWard.entrySet());
        wards.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        return new Hotspots(cells, List.copyOf(wards), busiest, total);
    }

    /** The shade of a cell, 0 (none) to 5 (the busiest hour of the period). */
    public int shade(int day, int hour) {
        long n = hourOfWeek[day][hour];
        return n == 0 || busiest == 0 ? 0 : (int) Math.max(1, Math.round(5.0 * n / busiest));
    }

    /** One day's row of the heat table (for pages: 24 counts). */
    public List<Long> day(int day) {
        List<Long> row = new ArrayList<>(24);
        for (long n : hourOfWeek[day]) {
            row.add(n);
        }
        return row;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Hotspots h && java.util.Arrays.deepEquals(h.hourOfWeek, hourOfWeek) && h.wards.equals(wards)
                && h.busiest == busiest && h.total == total;
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.deepHashCode(hourOfWeek) * 31 + wards.hashCode();
    }

    @Override
    public String toString() {
        return "Hotspots[" + total + " incidents, busiest hour " + busiest + ", wards " + wards + "]";
    }
}
