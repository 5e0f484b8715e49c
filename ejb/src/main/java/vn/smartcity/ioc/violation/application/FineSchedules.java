package vn.smartcity.ioc.violation.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import vn.smartcity.ioc.audit.domain.AdminChange;
import vn.smartcity.ioc.identity.domain.Roles;
import vn.smartcity.ioc.shared.application.Refused;
import vn.smartcity.ioc.shared.domain.Text;
import vn.smartcity.ioc.violation.domain.FineRule;
import vn.smartcity.ioc.violation.domain.FineSchedule;
import vn.smartcity.ioc.violation.domain.VehicleClass;
import vn.smartcity.ioc.violation.domain.ViolationKind;
import vn.smartcity.ioc.violation.domain.ViolationRepository;

/**
 * The fine schedules as data (console /console/violations/fines.xhtml). When a decree changes, an administrator
 * adds a new schedule with its effective date and its rules (one line each, the form prefilled with the rules of
 * the latest schedule); the latest one then ends the day before. Violations are fined by the schedule in force
 * on their own day (FineRuleBook), so the old one keeps fining what happened while it was in force. Schedules
 * are never edited or deleted: a correction is a new schedule.
 */
@Stateless
public class FineSchedules {

    /** The header of the rule lines (semicolon-separated). */
    public static final String RULES_HEADER = "violation_kind;vehicle_class;over_min_kmh;over_max_kmh;fine_min;fine_max;points;legal_basis;verified";

    /** A schedule the application refuses, with the reason. */
    @ApplicationException(rollback = true)
    public static class ScheduleRefused extends Refused {
        public ScheduleRefused(String key, Object... arguments) {
            super(key, arguments);
        }

        ScheduleRefused(List<Text> problems) {
            super(Text.list(problems));
        }
    }

    /** A schedule as the console shows it. */
    public record ScheduleView(long id, String decree, String title, LocalDate effectiveFrom, LocalDate effectiveTo,
                               String createdBy, List<FineRule> rules) {
        public int getRuleCount() {
            return rules.size();
        }
    }

    @Inject
    ViolationRepository repository;

    @Resource
    SessionContext caller;

    @Inject
    Event<AdminChange> adminChanges;

    Clock clock = Clock.systemUTC();

    /** Every schedule, the latest first, with its rules. */
    @RolesAllowed({Roles.TRAFFIC_OFFICER, Roles.SUPERVISOR, Roles.ADMIN})
    public List<ScheduleView> schedules() {
        List<ScheduleView> views = new ArrayList<>();
        repository.schedulesWithRules().forEach((s, rules) -> views.add(0, new ScheduleView(s.getId(), s.getDecree(),
                s.getTitle(), s.getEffectiveFrom(), s.getEffectiveTo(), s.getCreatedBy(), rules)));
        return views;
    }

    /** The rules of the latest schedule as lines (the header first), to start a new schedule from. */
    @RolesAllowed({Roles.TRAFFIC_OFFICER, Roles.SUPERVISOR, Roles.ADMIN})
    public String latestRulesAsLines() {
        List<ScheduleView> all = schedules();
        StringBuilder text = new StringBuilder(RULES_HEADER).append('\n');
        if (!all.isEmpty()) {
            for (FineRule r : all.get(0).rules()) {
                text.append(r.getKind()).append(';').append(r.getVehicleClass()).append(';')
                        .append(r.getOverMinKmh() == null ? "" : r.getOverMinKmh()).append(';')
                        .append(r.getOverMaxKmh() == null ? "" : r.getOverMaxKmh()).append(';')
                        .append(r.getFineMin()).append(';').append(r.getFineMax()).append(';').append(r.getPoints()).append(';')
                        .append(r.getLegalBasis()).append(';').append(r.isVerified()).append('\n');
            }
        }
        return text.toString();
    }

    /**
     * Adds a schedule in force from {@code effectiveFrom} (after the latest schedule's start, which then ends the
     * day before) with the rules of {@code ruleLines}; all or nothing.
     *
     * @return the new schedule's id
     */
    @RolesAllowed(Roles.ADMIN)
    public long add(String decree, String title, LocalDate effectiveFrom, String ruleLines) {
        String d = decree == null ? "" : decree.strip();
        String t = title == null ? "" : title.strip();
        if (d.isEmpty() || d.length() > 60) {
            throw new ScheduleRefused("violation.schedule.decree");
        }
        if (t.isEmpty() || t.length() > 300) {
            throw new ScheduleRefused("violation.schedule.title");
        }
        if (effectiveFrom == null) {
            throw new ScheduleRefused("violation.schedule.effectiveFrom");
        }
        if (repository.scheduleExists(d)) {
            throw new ScheduleRefused("violation.schedule.exists", d);
        }
        // the schedules come earliest first: the latest is the last one
        FineSchedule latest = repository.schedulesWithRules().keySet().stream().reduce((a, b) -> b).orElse(null);
        if (latest != null && !effectiveFrom.isAfter(latest.getEffectiveFrom())) {
            throw new ScheduleRefused("violation.schedule.notAfterLatest", latest.getDecree(), latest.getEffectiveFrom().toString());
        }
        List<Text> problems = new ArrayList<>();
        List<Object[]> rules = parse(ruleLines, problems);
        if (!problems.isEmpty()) {
            throw new ScheduleRefused(problems.stream().limit(10).toList());
        }
        String who = caller.getCallerPrincipal().getName();
        FineSchedule schedule = new FineSchedule(d, t, effectiveFrom, who, clock.instant());
        repository.addSchedule(schedule);
        for (Object[] r : rules) {
            repository.addRule(new FineRule(schedule.getId(), (ViolationKind) r[0], (VehicleClass) r[1], (Integer) r[2], (Integer) r[3],
                    (Long) r[4], (Long) r[5], (Integer) r[6], (String) r[7], (Boolean) r[8]));
        }
        if (latest != null && (latest.getEffectiveTo() == null || !latest.getEffectiveTo().isBefore(effectiveFrom))) {
            latest.supersededFrom(effectiveFrom);
        }
        adminChanges.fire(new AdminChange(who, "fine-schedule", d, "create"));
        return schedule.getId();
    }

    /** The rule lines: [kind, class, overMin, overMax, fineMin, fineMax, points, legalBasis, verified] each. */
    static List<Object[]> parse(String text, List<Text> problems) {
        List<String> lines = text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.isEmpty() || !lines.get(0).replace("\uFEFF", "").equals(RULES_HEADER)) {
            problems.add(new Text("violation.import.header", RULES_HEADER));
            return List.of();
        }
        if (lines.size() == 1) {
            problems.add(new Text("violation.schedule.noRule"));
        }
        List<Object[]> rules = new ArrayList<>();
        for (int n = 1; n < lines.size(); n++) {
            String[] f = lines.get(n).split(";", -1);
            int line = n + 1;
            if (f.length != 9) {
                problems.add(new Text("violation.import.fieldCount", line, 9, f.length));
                continue;
            }
            try {
                ViolationKind kind = ViolationKind.valueOf(f[0].strip().toUpperCase(Locale.ROOT));
                VehicleClass vehicleClass = VehicleClass.valueOf(f[1].strip().toUpperCase(Locale.ROOT));
                Integer overMin = f[2].isBlank() ? null : Integer.valueOf(f[2].strip());
                Integer overMax = f[3].isBlank() ? null : Integer.valueOf(f[3].strip());
                long fineMin = Long.parseLong(f[4].strip());
                long fineMax = Long.parseLong(f[5].strip());
                int points = Integer.parseInt(f[6].strip());
                String basis = f[7].strip();
                String verified = f[8].strip().toLowerCase(Locale.ROOT);
                if (fineMin <= 0 || fineMax < fineMin) {
                    problems.add(new Text("violation.schedule.fines", line));
                } else if (points < 0 || points > 12) {
                    problems.add(new Text("violation.schedule.points", line));
                } else if (basis.isEmpty() || basis.length() > 200) {
                    problems.add(new Text("violation.schedule.legalBasis", line));
                } else if (!verified.equals("true") && !verified.equals("false")) {
                    problems.add(new Text("violation.schedule.verified", line));
                } else if (kind == ViolationKind.SPEEDING ? overMin == null || overMax != null && overMax <= overMin
                        : overMin != null || overMax != null) {
                    problems.add(new Text("violation.schedule.speedBand", line));
                } else {
                    rules.add(new Object[] {kind, vehicleClass, overMin, overMax, fineMin, fineMax, points, basis,
                            Boolean.valueOf(verified)});
                }
            } catch (IllegalArgumentException e) {
                problems.add(new Text("violation.import.unreadable", line, String.valueOf(e.getMessage())));
            }
        }
        return rules;
    }
}
