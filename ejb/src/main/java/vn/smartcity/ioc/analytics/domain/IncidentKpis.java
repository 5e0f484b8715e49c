package vn.smartcity.ioc.analytics.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The incident KPIs of a period [from, to) (days in Vietnam's time), computed from {@link IncidentFact}s. The
 * definitions, written once here and shown on the analytics page (messages analytics.kpi.*):
 * <ul>
 * <li><b>opened</b>: incidents created in the period, except those merged into another (counted there);</li>
 * <li><b>resolved</b>: incidents whose last resolution falls in the period;</li>
 * <li><b>on time</b>: resolved ones resolved by their due time (the SLA, as re-scheduled with a reason); the
 * <b>on-time rate</b> is on time / resolved;</li>
 * <li><b>median time to resolve</b>: of the resolved ones, from creation to last resolution;</li>
 * <li><b>re-opened</b>: resolved ones that a citizen or staff re-opened at least once; the <b>re-open rate</b> is
 * re-opened / resolved;</li>
 * <li><b>rating</b>: the average of the citizens' ratings (1–5 stars) of the resolved ones, with their number.</li>
 * </ul>
 * Grouping by {@link Dimension#DAY} puts each figure on its own day: opened on the day of creation, the others on
 * the day of resolution.
 */
public final class IncidentKpis {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private IncidentKpis() {
    }

    /** The rows by group (in the group's order), and the total of all groups as the last row ("*"). */
    public static List<IncidentKpiRow> of(List<IncidentFact> facts, LocalDate from, LocalDate to, Dimension by) {
        Instant start = from.atStartOfDay(VIETNAM).toInstant();
        Instant end = to.atStartOfDay(VIETNAM).toInstant();
        Map<String, Tally> groups = new TreeMap<>();
        Tally total = new Tally();
        for (IncidentFact f : facts) {
            if (within(f.createdAt(), start, end) && !f.merged()) {
                String group = by == Dimension.DAY ? day(f.createdAt()) : f.value(by);
                groups.computeIfAbsent(group, g -> new Tally()).opened++;
                total.opened++;
            }
            if (f.resolvedAt() != null && within(f.resolvedAt(), start, end)) {
                String group = by == Dimension.DAY ? day(f.resolvedAt()) : f.value(by);
                groups.computeIfAbsent(group, g -> new Tally()).resolved(f);
                total.resolved(f);
            }
        }
        List<IncidentKpiRow> rows = new ArrayList<>();
        groups.forEach((group, tally) -> rows.add(tally.row(group)));
        rows.add(total.row("*"));
        return rows;
    }

    private static boolean within(Instant at, Instant start, Instant end) {
        return !at.isBefore(start) && at.isBefore(end);
    }

    private static String day(Instant at) {
        return LocalDate.ofInstant(at, VIETNAM).toString();
    }

    private static final class Tally {
        long opened;
        long onTime;
        long reopened;
        long ratings;
        long ratingSum;
        final List<Duration> toResolve = new ArrayList<>();

        void resolved(IncidentFact f) {
            toResolve.add(Duration.between(f.createdAt(), f.resolvedAt()));
            onTime += f.resolvedAt().isAfter(f.dueAt()) ? 0 : 1;
            reopened += f.reopened() > 0 ? 1 : 0;
            ratings += f.ratings();
            ratingSum += f.ratingSum();
        }

        IncidentKpiRow row(String group) {
            long resolved = toResolve.size();
            return new IncidentKpiRow(group, opened, resolved, onTime, rate(onTime, resolved), median(toResolve),
                    reopened, rate(reopened, resolved), ratings,
                    ratings == 0 ? null : Math.round(ratingSum * 100.0 / ratings) / 100.0);
        }

        private static Double rate(long part, long whole) {
            return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 1000.0;
        }

        /** The middle value, or the mean of the two middle values of an even number. */
        private static Duration median(List<Duration> values) {
            if (values.isEmpty()) {
                return null;
            }
            List<Duration> sorted = values.stream().sorted().toList();
            int n = sorted.size();
            return n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
        }
    }
}
