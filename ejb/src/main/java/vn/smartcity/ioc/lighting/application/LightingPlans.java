package vn.smartcity.ioc.lighting.application;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.smartcity.ioc.lighting.domain.AstronomicalClock;
import vn.smartcity.ioc.lighting.domain.ControlProgram;
import vn.smartcity.ioc.lighting.domain.LightingCalendar;
import vn.smartcity.ioc.lighting.domain.LightingGroup;
import vn.smartcity.ioc.lighting.domain.LightingPlan;
import vn.smartcity.ioc.lighting.domain.LightingRepository;
import vn.smartcity.ioc.lighting.domain.Luminaire;
import vn.smartcity.ioc.lighting.domain.LuminairePlace;
import vn.smartcity.ioc.lighting.domain.SpecialDay;
import vn.smartcity.ioc.shared.application.TtlCache;

/**
 * The lighting plan in force: programs, calendars, the special days from two days ago to eight days ahead and the
 * overrides active in that window, read once and kept for {@value #KEEP_SECONDS} seconds (telemetry judges
 * thousands of readings a second against it); a change made on this node is seen at once ({@link #changed()}),
 * one made on another node of a cluster within that time. Called inside the caller's transaction.
 */
@ApplicationScoped
public class LightingPlans {

    static final int KEEP_SECONDS = 15;

    @Inject
    LightingRepository repository;

    private final TtlCache<String, Snapshot> cache = new TtlCache<>(1, Duration.ofSeconds(KEEP_SECONDS));

    /** The plan and the calendar of each group. */
    public record Snapshot(LightingPlan plan, Map<String, String> calendarOfGroup) {

        public LuminairePlace place(Luminaire l) {
            return l.place(l.getGroupCode() == null ? null : calendarOfGroup.get(l.getGroupCode()));
        }
    }

    public Snapshot current() {
        return cache.get("plan", () -> read(Instant.now()));
    }

    /** Forgets the kept plan: a program, calendar, special day, group or override changed. */
    public void changed() {
        cache.clear();
    }

    /** A plan for any window (the console's preview of another day). */
    public Snapshot around(LocalDate day) {
        Instant now = Instant.now();
        LocalDate today = LocalDate.ofInstant(now, AstronomicalClock.VIETNAM);
        if (!day.isBefore(today.minusDays(1)) && !day.isAfter(today.plusDays(7))) {
            return current();
        }
        return read(day.atStartOfDay(AstronomicalClock.VIETNAM).toInstant());
    }

    private Snapshot read(Instant around) {
        LocalDate day = LocalDate.ofInstant(around, AstronomicalClock.VIETNAM);
        Map<String, ControlProgram> programs = new HashMap<>();
        repository.programs().forEach(p -> {
            p.points();
            programs.put(p.getCode(), p);
        });
        Map<String, LightingCalendar> calendars = new HashMap<>();
        repository.calendars().forEach(c -> calendars.put(c.getCode(), c));
        Map<String, SpecialDay> special = new HashMap<>();
        for (SpecialDay d : repository.specialDays(day.minusDays(2), day.plusDays(8))) {
            special.put(LightingPlan.specialKey(d.getScope(), d.getDate()), d);
        }
        Map<String, String> calendarOfGroup = new HashMap<>();
        for (LightingGroup g : repository.groups()) {
            if (g.getCalendarCode() != null) {
                calendarOfGroup.put(g.getCode(), g.getCalendarCode());
            }
        }
        LightingPlan plan = new LightingPlan(programs, calendars, special,
                repository.overrides(around.minus(Duration.ofDays(2)), around.plus(Duration.ofDays(8))));
        return new Snapshot(plan, Map.copyOf(calendarOfGroup));
    }
}
