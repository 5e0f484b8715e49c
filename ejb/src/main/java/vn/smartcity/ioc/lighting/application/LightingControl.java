package vn.smartcity.ioc.lighting.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import vn.smartcity.ioc.audit.domain.AdminChange;
import vn.smartcity.ioc.city.application.CityDirectory;
import vn.smartcity.ioc.identity.application.CurrentStaff;
import vn.smartcity.ioc.identity.domain.Roles;
import vn.smartcity.ioc.identity.domain.StaffMember;
import vn.smartcity.ioc.lighting.domain.CalendarRule;
import vn.smartcity.ioc.lighting.domain.ControlProgram;
import vn.smartcity.ioc.lighting.domain.GatewayCommand;
import vn.smartcity.ioc.lighting.domain.LightingCalendar;
import vn.smartcity.ioc.lighting.domain.LightingFault;
import vn.smartcity.ioc.lighting.domain.LightingGroup;
import vn.smartcity.ioc.lighting.domain.LightingLevel;
import vn.smartcity.ioc.lighting.domain.LightingOverride;
import vn.smartcity.ioc.lighting.domain.LightingRepository;
import vn.smartcity.ioc.lighting.domain.Luminaire;
import vn.smartcity.ioc.lighting.domain.SpecialDay;
import vn.smartcity.ioc.report.domain.ReportCategoryRepository;
import vn.smartcity.ioc.shared.domain.Invalid;

/**
 * The lighting console's service: the register with what each luminaire should burn now and did report, a
 * luminaire's curve for a day, the open faults, and operators' overrides (audited). Operators, supervisors,
 * administrators and analysts see the whole city; a handler sees it when they belong to the department that
 * maintains street lighting (the category {@value LightingTelemetry#CATEGORY}'s).
 */
@Stateless
@RolesAllowed({Roles.OPERATOR, Roles.SUPERVISOR, Roles.ADMIN, Roles.ANALYST, Roles.HANDLER})
public class LightingControl {

    public static final int PAGE = 50;

    /** The figures at the top of the page. */
    public record Overview(long luminaires, Map<String, Long> states, long openFaults, long activeOverrides) {
    }

    /** A luminaire with what the plan says now. */
    public record Row(Luminaire luminaire, LightingLevel planned) {
    }

    @Inject
    LightingRepository repository;

    @Inject
    LightingPlans plans;

    @Inject
    CurrentStaff staff;

    @Inject
    ReportCategoryRepository categories;

    @Inject
    CityDirectory city;

    @Inject
    Event<AdminChange> adminChanges;

    @Inject
    LightingCommands commands;

    Clock clock = Clock.systemUTC();

    public Overview overview() {
        mayRead();
        Instant now = clock.instant();
        long active = repository.overrides(now, now.plusMillis(1)).size();
        return new Overview(repository.countLuminaires(null, null), repository.luminaireStates(), repository.countOpenFaults(), active);
    }

    public List<Row> luminaires(String ward, String group, int page) {
        mayRead();
        Instant now = clock.instant();
        LightingPlans.Snapshot plan = plans.current();
        return repository.luminaires(blank(ward), blank(group), Math.max(0, page) * PAGE, PAGE).stream()
                .map(l -> new Row(l, plan.plan().at(plan.place(l), now))).toList();
    }

    public long countLuminaires(String ward, String group) {
        mayRead();
        return repository.countLuminaires(blank(ward), blank(group));
    }

    /** A luminaire's curve for a day (with the overrides of the day). */
    public List<LightingLevel> curve(String code, LocalDate day) {
        mayRead();
        Luminaire l = repository.luminaires(List.of(code)).get(code);
        if (l == null) {
            throw new LightingRefused("lighting.unknownLuminaire", code);
        }
        LightingPlans.Snapshot plan = plans.around(day);
        return plan.plan().day(plan.place(l), day);
    }

    public List<LightingFault> openFaults() {
        mayRead();
        return repository.openFaults(100);
    }

    /** The overrides active now or still to come, and those ended in the last day. */
    public List<LightingOverride> overrides() {
        mayRead();
        Instant now = clock.instant();
        return repository.overrides(now.minus(Duration.ofDays(1)), now.plus(LightingOverride.LONGEST));
    }

    /** The newest commands to the gateways and where they are. */
    public List<GatewayCommand> commands() {
        mayRead();
        return repository.recentCommands(50);
    }

    /** Queues every gateway's schedule from today (after a change of programs, calendars or special days). */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public int pushSchedules() {
        List<String> gateways = repository.gateways(LightingOverride.Target.CITY, null);
        commands.schedules(gateways, java.time.LocalDate.now(vn.smartcity.ioc.lighting.domain.AstronomicalClock.VIETNAM));
        adminChanges.fire(new AdminChange(staff.get().orElseThrow().username(), "lighting-schedules",
                gateways.size() + " gateways", "push"));
        return gateways.size();
    }

    public List<LightingGroup> groups() {
        mayRead();
        return repository.groups();
    }

    public List<ControlProgram> programs() {
        mayRead();
        return repository.programs();
    }

    public List<LightingCalendar> calendars() {
        mayRead();
        return repository.calendars();
    }

    /** An operator overrides the plan: a level for a target from a time (null: now) until a time, with a reason. */
    @RolesAllowed({Roles.OPERATOR, Roles.SUPERVISOR, Roles.ADMIN})
    public long override(LightingOverride.Target target, String code, int level, Instant from, Instant until, String reason) {
        String who = staff.get().orElseThrow().username();
        try {
            if (target == LightingOverride.Target.WARD && city.wards().stream().noneMatch(w -> w.code().equals(code))
                    || target == LightingOverride.Target.GROUP && repository.group(code).isEmpty()
                    || target == LightingOverride.Target.LUMINAIRE && repository.luminaires(List.of(code)).isEmpty()) {
                throw new Invalid("lighting.overrideTargetCode", code == null ? "" : code);
            }
            LightingOverride o = new LightingOverride(target, code, level, from, until, reason, who, clock.instant());
            repository.add(o);
            commands.overrideAdded(o);
            plans.changed();
            adminChanges.fire(new AdminChange(who, "lighting-override", target + " " + o.getTargetCode() + " " + level
                    + "% until " + o.getEndsAt() + ": " + o.getReason(), "add"));
            return o.getId();
        } catch (Invalid e) {
            throw new LightingRefused(e);
        }
    }

    /** Ends an override now: the program resumes. */
    @RolesAllowed({Roles.OPERATOR, Roles.SUPERVISOR, Roles.ADMIN})
    public void end(long id) {
        String who = staff.get().orElseThrow().username();
        LightingOverride o = repository.override(id).orElseThrow(() -> new LightingRefused("lighting.overrideNotThere", id));
        if (o.end(who, clock.instant())) {
            commands.overrideEnded(o);
            plans.changed();
            adminChanges.fire(new AdminChange(who, "lighting-override", String.valueOf(id), "end"));
        }
    }

    /** A supervisor writes a program (a new code adds one); every gateway gets its schedule again. */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public void saveProgram(String code, String nameVi, String nameEn, String points) {
        String who = staff.get().orElseThrow().username();
        try {
            ControlProgram p = repository.program(code == null ? null : code.strip()).orElse(null);
            if (p == null) {
                repository.add(new ControlProgram(code, nameVi, nameEn, points, who, clock.instant()));
            } else {
                p.change(nameVi, nameEn, points, who, clock.instant());
            }
        } catch (Invalid e) {
            throw new LightingRefused(e);
        }
        changed(who, "lighting-program", code + ": " + points);
    }

    /** A supervisor writes a calendar's lines ({@link CalendarRule#parseAll}); their programs must exist. */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public void saveCalendar(String code, String nameVi, String nameEn, String rules) {
        String who = staff.get().orElseThrow().username();
        try {
            List<CalendarRule> lines = CalendarRule.parseAll(rules);
            for (CalendarRule r : lines) {
                if (repository.program(r.getProgramCode()).isEmpty()) {
                    throw new Invalid("lighting.unknownProgram", r.getProgramCode());
                }
            }
            LightingCalendar c = repository.calendar(code == null ? null : code.strip()).orElse(null);
            if (c == null) {
                repository.add(new LightingCalendar(code, nameVi, nameEn, lines));
            } else {
                c.change(nameVi, nameEn, lines);
            }
        } catch (Invalid e) {
            throw new LightingRefused(e);
        }
        changed(who, "lighting-calendar", code + ": " + rules.replace("\n", " | "));
    }

    /** A special day for one calendar, or for all when {@code calendar} is empty. */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public void addSpecialDay(LocalDate date, String calendar, String nameVi, String nameEn, String program) {
        String who = staff.get().orElseThrow().username();
        try {
            if (repository.program(program).isEmpty()) {
                throw new Invalid("lighting.unknownProgram", String.valueOf(program));
            }
            SpecialDay day = new SpecialDay(date, calendar, nameVi, nameEn, program);
            if (!SpecialDay.ALL.equals(day.getScope()) && repository.calendar(day.getScope()).isEmpty()) {
                throw new Invalid("lighting.unknownCalendar", day.getScope());
            }
            boolean taken = repository.specialDays(date, date).stream().anyMatch(d -> d.getScope().equals(day.getScope()));
            if (taken) {
                throw new Invalid("lighting.specialDayTaken", date.toString(), day.getScope());
            }
            repository.add(day);
        } catch (Invalid e) {
            throw new LightingRefused(e);
        }
        changed(who, "lighting-special-day", date + " " + program, "add");
    }

    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public void removeSpecialDay(long id) {
        String who = staff.get().orElseThrow().username();
        SpecialDay day = repository.specialDay(id).orElseThrow(() -> new LightingRefused("lighting.specialDayNotThere", id));
        repository.remove(day);
        changed(who, "lighting-special-day", day.getDate() + " " + day.getProgramCode(), "remove");
    }

    /** The special days from a date on (a year ahead). */
    public List<SpecialDay> specialDays(LocalDate from) {
        mayRead();
        return repository.specialDays(from, from.plusYears(1));
    }

    /**
     * The preview of a calendar's day (overrides left out) at a luminaire's place, or without one at the city's first
     * ward that has a position.
     */
    public List<LightingLevel> preview(String calendar, LocalDate day, String luminaire) {
        mayRead();
        double lat;
        double lon;
        Luminaire l = luminaire == null || luminaire.isBlank() ? null : repository.luminaires(List.of(luminaire.strip())).get(luminaire.strip());
        if (l != null) {
            lat = l.getLatitude();
            lon = l.getLongitude();
        } else if (luminaire != null && !luminaire.isBlank()) {
            throw new LightingRefused("lighting.unknownLuminaire", luminaire.strip());
        } else {
            var ward = city.wards().stream().filter(w -> w.latitude() != null).findFirst().orElse(null);
            lat = ward == null ? 21.03 : ward.latitude();
            lon = ward == null ? 105.85 : ward.longitude();
        }
        LightingPlans.Snapshot plan = plans.around(day);
        return plan.plan().programmed(new vn.smartcity.ioc.lighting.domain.LuminairePlace("preview", null, null,
                calendar == null || calendar.isBlank() ? null : calendar.strip(), lat, lon), day);
    }

    private void changed(String who, String what, String target) {
        changed(who, what, target, "save");
    }

    private void changed(String who, String what, String target, String action) {
        plans.changed();
        commands.schedules(repository.gateways(LightingOverride.Target.CITY, null),
                LocalDate.now(vn.smartcity.ioc.lighting.domain.AstronomicalClock.VIETNAM));
        adminChanges.fire(new AdminChange(who, what, target.length() > 200 ? target.substring(0, 200) : target, action));
    }

    /** Whether the caller may read the lighting (handlers only of the department that maintains it). */
    public boolean readable() {
        StaffMember me = staff.get().orElseThrow();
        if (me.hasRole(Roles.OPERATOR) || me.hasRole(Roles.SUPERVISOR) || me.hasRole(Roles.ADMIN) || me.hasRole(Roles.ANALYST)) {
            return true;
        }
        String department = maintainer();
        return department != null && me.belongsTo(department);
    }

    /** The department that maintains street lighting (the category's own; wards routed elsewhere are not told apart). */
    public String maintainer() {
        return categories.byCode(LightingTelemetry.CATEGORY).map(c -> c.departmentFor(null).getCode()).orElse(null);
    }

    private void mayRead() {
        if (!readable()) {
            String department = maintainer();
            throw new LightingRefused("lighting.notYourDepartment", department == null ? "-" : department);
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
