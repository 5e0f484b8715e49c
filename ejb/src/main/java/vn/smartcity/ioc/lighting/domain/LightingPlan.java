package vn.smartcity.ioc.lighting.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What each luminaire should burn, and why: an operator's override first (the most specific target, then the
 * newest), then a special day's program, then the program its group's calendar gives the date, then dusk to dawn
 * at full level ({@link ControlProgram#DUSK_TO_DAWN}). A day's curve starts at midnight with the level the
 * previous day's last switch point left (the night belongs to the day it began on) and changes at each of the
 * day's switch points, computed with the luminaire's own sunrise and sunset. Immutable: built from the programs,
 * calendars, special days and the overrides of the period asked about.
 */
public final class LightingPlan {

    private final Map<String, ControlProgram> programs;
    private final Map<String, LightingCalendar> calendars;
    private final Map<String, SpecialDay> specialDays;
    private final List<LightingOverride> overrides;

    /**
     * @param specialDays by {@link #specialKey}
     * @param overrides those that may be active in the period asked about
     */
    public LightingPlan(Map<String, ControlProgram> programs, Map<String, LightingCalendar> calendars,
            Map<String, SpecialDay> specialDays, List<LightingOverride> overrides) {
        this.programs = Map.copyOf(programs);
        this.calendars = Map.copyOf(calendars);
        this.specialDays = Map.copyOf(specialDays);
        this.overrides = List.copyOf(overrides);
    }

    public static String specialKey(String scope, LocalDate date) {
        return scope + "@" + date;
    }

    /** The program a luminaire's calendar runs on a date, and why. */
    Chosen chosen(String calendarCode, LocalDate date) {
        SpecialDay special = calendarCode == null ? null : specialDays.get(specialKey(calendarCode, date));
        if (special == null) {
            special = specialDays.get(specialKey(SpecialDay.ALL, date));
        }
        if (special != null && programs.containsKey(special.getProgramCode())) {
            return new Chosen(programs.get(special.getProgramCode()).points(), LevelSource.SPECIAL_DAY,
                    special.getProgramCode());
        }
        LightingCalendar calendar = calendarCode == null ? null : calendars.get(calendarCode);
        if (calendar != null) {
            String code = calendar.programOn(date).orElse(null);
            if (code != null && programs.containsKey(code)) {
                return new Chosen(programs.get(code).points(), LevelSource.PROGRAM, code);
            }
        }
        return new Chosen(ControlProgram.DUSK_TO_DAWN, LevelSource.DEFAULT, "dusk-to-dawn");
    }

    record Chosen(List<SwitchPoint> points, LevelSource source, String reference) {
    }

    /**
     * The day's curve without overrides (what a gateway keeps as its schedule): the level at midnight, then one
     * entry per change.
     */
    public List<LightingLevel> programmed(LuminairePlace place, LocalDate date) {
        List<LightingLevel> curve = new ArrayList<>();
        LightingLevel carried = last(place, date.minusDays(1));
        curve.add(new LightingLevel(date.atStartOfDay(), carried.level(), carried.source(), carried.reference()));
        for (LightingLevel step : resolved(place, date)) {
            add(curve, step);
        }
        return curve;
    }

    private LightingLevel last(LuminairePlace place, LocalDate date) {
        List<LightingLevel> steps = resolved(place, date);
        return steps.get(steps.size() - 1);
    }

    /** The day's switch points at their moments, in order (a later point of the list wins a tie). */
    private List<LightingLevel> resolved(LuminairePlace place, LocalDate date) {
        Chosen chosen = chosen(place.calendarCode(), date);
        Daylight day = SunTable.at(date, place.latitude(), place.longitude());
        List<LightingLevel> steps = new ArrayList<>(chosen.points().size());
        for (SwitchPoint p : chosen.points()) {
            LocalDateTime at = p.on(day);
            // an offset that crosses midnight is kept inside its day
            if (at.isBefore(date.atStartOfDay())) {
                at = date.atStartOfDay();
            } else if (!at.isBefore(date.plusDays(1).atStartOfDay())) {
                at = date.atTime(23, 59);
            }
            steps.add(new LightingLevel(at, p.level(), chosen.source(), chosen.reference()));
        }
        steps.sort(Comparator.comparing(LightingLevel::from));
        return steps;
    }

    private static void add(List<LightingLevel> curve, LightingLevel step) {
        LightingLevel previous = curve.get(curve.size() - 1);
        if (previous.from().equals(step.from())) {
            curve.set(curve.size() - 1, step);
            if (curve.size() > 1 && curve.get(curve.size() - 2).sameAs(step)) {
                curve.remove(curve.size() - 1);
            }
        } else if (!previous.sameAs(step)) {
            curve.add(step);
        }
    }

    /** The winning override for a luminaire at an instant, if any. */
    LightingOverride overrideAt(LuminairePlace place, Instant t) {
        LightingOverride winner = null;
        for (LightingOverride o : overrides) {
            if (o.activeAt(t) && o.covers(place) && (winner == null || o.beats(winner))) {
                winner = o;
            }
        }
        return winner;
    }

    /** The level a luminaire should burn at an instant, and why. */
    public LightingLevel at(LuminairePlace place, Instant t) {
        LocalDateTime local = LocalDateTime.ofInstant(t, AstronomicalClock.VIETNAM);
        LightingOverride o = overrideAt(place, t);
        if (o != null) {
            return new LightingLevel(local, o.getLevel(), LevelSource.OVERRIDE, String.valueOf(o.getId()));
        }
        LightingLevel current = null;
        for (LightingLevel step : programmed(place, local.toLocalDate())) {
            if (step.from().isAfter(local)) {
                break;
            }
            current = step;
        }
        return new LightingLevel(local, current.level(), current.source(), current.reference());
    }

    /** A luminaire's curve for a day, midnight to midnight, with the overrides of the day. */
    public List<LightingLevel> day(LuminairePlace place, LocalDate date) {
        List<LightingLevel> programmed = programmed(place, date);
        LocalDateTime start = date.atStartOfDay();
        LocalDateTime end = date.plusDays(1).atStartOfDay();
        TreeSet<LocalDateTime> changes = new TreeSet<>();
        boolean any = false;
        for (LightingOverride o : overrides) {
            if (!o.covers(place)) {
                continue;
            }
            LocalDateTime from = LocalDateTime.ofInstant(o.getStartsAt(), AstronomicalClock.VIETNAM);
            LocalDateTime to = LocalDateTime.ofInstant(o.getEndsAt(), AstronomicalClock.VIETNAM);
            if (to.isAfter(start) && from.isBefore(end)) {
                any = true;
                changes.add(from.isBefore(start) ? start : from);
                if (to.isBefore(end)) {
                    changes.add(to);
                }
            }
        }
        if (!any) {
            return programmed;
        }
        programmed.forEach(step -> changes.add(step.from()));
        List<LightingLevel> curve = new ArrayList<>();
        int p = 0;
        for (LocalDateTime moment : changes) {
            while (p + 1 < programmed.size() && !programmed.get(p + 1).from().isAfter(moment)) {
                p++;
            }
            LightingOverride o = overrideAt(place, moment.atZone(AstronomicalClock.VIETNAM).toInstant());
            LightingLevel step = o != null
                    ? new LightingLevel(moment, o.getLevel(), LevelSource.OVERRIDE, String.valueOf(o.getId()))
                    : new LightingLevel(moment, programmed.get(p).level(), programmed.get(p).source(),
                            programmed.get(p).reference());
            if (curve.isEmpty()) {
                curve.add(step);
            } else {
                add(curve, step);
            }
        }
        return curve;
    }
}
