package vn.smartcity.ioc.violation.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fine schedules and their rules, read once (a batch partition keeps one for its run): a violation is fined
 * by the schedule in force on its day (Vietnam's calendar; of two in force, the one that took effect last), by
 * the first of that schedule's rules (in the order given) that applies to its kind, vehicle class and, for
 * speeding, km/h over the limit.
 */
public final class FineRuleBook {

    private record Entry(FineSchedule schedule, List<FineRule> rules) {
    }

    private final List<Entry> schedules = new ArrayList<>();

    /** @param rulesBySchedule every schedule with its rules, in the order they are tried */
    public FineRuleBook(Map<FineSchedule, List<FineRule>> rulesBySchedule) {
        rulesBySchedule.forEach((schedule, rules) -> schedules.add(new Entry(schedule, List.copyOf(rules))));
        schedules.sort(Comparator.comparing((Entry e) -> e.schedule().getEffectiveFrom()).reversed());
    }

    /** The schedule in force on {@code day}, if any. */
    public Optional<FineSchedule> scheduleOn(LocalDate day) {
        return schedules.stream().filter(e -> e.schedule().inForceOn(day)).map(Entry::schedule).findFirst();
    }

    /** The rule that fines this violation on {@code day}; empty when no schedule is in force or none applies. */
    public Optional<FineRule> rule(LocalDate day, ViolationKind kind, VehicleClass vehicleClass, Integer overKmh) {
        return schedules.stream().filter(e -> e.schedule().inForceOn(day)).findFirst().stream()
                .flatMap(e -> e.rules().stream()).filter(r -> r.applies(kind, vehicleClass, overKmh)).findFirst();
    }
}
