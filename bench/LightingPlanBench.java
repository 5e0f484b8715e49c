import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

import vn.smartcity.ioc.lighting.domain.CalendarRule;
import vn.smartcity.ioc.lighting.domain.ControlProgram;
import vn.smartcity.ioc.lighting.domain.LightingCalendar;
import vn.smartcity.ioc.lighting.domain.LightingLevel;
import vn.smartcity.ioc.lighting.domain.LightingOverride;
import vn.smartcity.ioc.lighting.domain.LightingPlan;
import vn.smartcity.ioc.lighting.domain.LuminairePlace;

/**
 * bench/LightingPlanBench.java [luminaires (50000)] : the effective levels of a day for every luminaire of a
 * province (LightingPlan.day: the city's calendar of V34, a ward override, each luminaire's own sunrise and
 * sunset), spread over Lai Châu (21.8-22.8 N, 102.2-103.9 E). Prints the time of a first pass (the sun table
 * empty) and of a second (the same day again), and the changes counted. Issue #23's goal: <= 5 s for 50,000.
 * Run by bench/lighting.sh with the ejb module's classes and commons-suncalc on the class path.
 */
public class LightingPlanBench {
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        Instant t0 = Instant.parse("2026-12-01T00:00:00Z");
        ControlProgram weeknight = new ControlProgram("P-WEEKNIGHT", "a", "a", "01:00=50; sunrise=0; sunset=100; 23:00=50", "b", t0);
        ControlProgram weekend = new ControlProgram("P-WEEKEND", "a", "a", "01:00=50; sunrise=0; sunset=100", "b", t0);
        LightingCalendar city = new LightingCalendar("CAL-CITY", "c", "c", List.of(
                new CalendarRule(null, null, EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                        DayOfWeek.THURSDAY, DayOfWeek.SUNDAY), "P-WEEKNIGHT"),
                new CalendarRule(null, null, EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), "P-WEEKEND")));
        LocalDate day = LocalDate.of(2026, 12, 11);
        LightingOverride ward = new LightingOverride(LightingOverride.Target.WARD, "W-7", 30,
                Instant.parse("2026-12-11T15:00:00Z"), Instant.parse("2026-12-11T18:00:00Z"), "bench", "bench", t0);
        LightingPlan plan = new LightingPlan(Map.of("P-WEEKNIGHT", weeknight, "P-WEEKEND", weekend),
                Map.of("CAL-CITY", city), Map.of(), List.of(ward));
        Random random = new Random(23);
        List<LuminairePlace> places = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            places.add(new LuminairePlace("LC-" + i, "G-" + (i % 500), "W-" + (i % 100), i % 10 == 0 ? null : "CAL-CITY",
                    21.8 + random.nextDouble(), 102.2 + 1.7 * random.nextDouble()));
        }
        for (String pass : new String[] {"first pass (sun table empty)", "second pass"}) {
            long start = System.nanoTime();
            long changes = 0;
            for (LuminairePlace p : places) {
                List<LightingLevel> curve = plan.day(p, day);
                changes += curve.size();
            }
            double s = (System.nanoTime() - start) / 1e9;
            System.out.printf("%s: %,d luminaires' curves for %s in %.2f s (%,d steps)%n", pass, n, day, s, changes);
        }
    }
}
