package vn.smartcity.ioc.dossier.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.smartcity.ioc.dossier.domain.AdministrativeProcedure;
import vn.smartcity.ioc.dossier.domain.Dossier;
import vn.smartcity.ioc.dossier.domain.DossierEvent;
import vn.smartcity.ioc.dossier.domain.DossierRepository;
import vn.smartcity.ioc.dossier.domain.DossierStep;
import vn.smartcity.ioc.dossier.domain.WorkingCalendar;
import vn.smartcity.ioc.shared.domain.Invalid;
import vn.smartcity.ioc.shared.domain.Text;

/**
 * Takes dossier events into the timelines: an event already stored (by its event id) is a duplicate and changes
 * nothing; a dossier's first event creates it; each dossier's state and timing is recomputed from its whole
 * timeline. Two ways, the same rules: {@link #strict} (the REST door: one bad event refuses them all, nothing
 * stored) and {@link #lenient} (the import job: a bad event is skipped with its reason, the others stored).
 * Runs in the caller's transaction.
 */
@ApplicationScoped
public class DossierIngest {

    /** What a call did. */
    public record Outcome(int stored, int duplicates, List<Problem> problems) {
    }

    /** A refused event: where it was, its id, and why. */
    public record Problem(int line, String eventId, Text reason) {
    }

    @Inject
    DossierRepository repository;

    Clock clock = Clock.systemUTC();

    /**
     * All the events or none: throws {@link DossierRefused} naming every bad event (at most 20), with
     * {@code alreadyBad} (events that could not even be read) among them.
     */
    public Outcome strict(List<DossierEventLine> lines, List<Problem> alreadyBad) {
        Outcome outcome = take(lines, !alreadyBad.isEmpty(), true);
        if (!outcome.problems().isEmpty() || !alreadyBad.isEmpty()) {
            List<Problem> all = new ArrayList<>(alreadyBad);
            all.addAll(outcome.problems());
            all.sort(Comparator.comparingInt(Problem::line));
            throw new DossierRefused(all.subList(0, Math.min(20, all.size())));
        }
        return outcome;
    }

    /** All the events or none (see {@link #strict(List, List)}). */
    public Outcome strict(List<DossierEventLine> lines) {
        return strict(lines, List.of());
    }

    /** The good events stored, the bad ones returned with their reasons. */
    public Outcome lenient(List<DossierEventLine> lines) {
        return take(lines, false, false);
    }

    /** @param checkOnly nothing is stored, whatever the events (the problems are what is asked) */
    private Outcome take(List<DossierEventLine> lines, boolean checkOnly, boolean strict) {
        Instant now = clock.instant();
        List<Problem> problems = new ArrayList<>();
        // duplicates: stored before, or twice in this call
        Set<String> stored = repository.storedEventIds(lines.stream().map(DossierEventLine::eventId).toList());
        Set<String> seen = new HashSet<>();
        Map<String, List<DossierEventLine>> byDossier = new LinkedHashMap<>();
        int duplicates = 0;
        for (DossierEventLine l : lines) {
            if (stored.contains(l.eventId()) || !seen.add(l.eventId())) {
                duplicates++;
                continue;
            }
            byDossier.computeIfAbsent(l.dossierCode(), c -> new ArrayList<>()).add(l);
        }
        if (byDossier.isEmpty()) {
            return new Outcome(0, duplicates, problems);
        }
        Map<String, Dossier> dossiers = repository.dossiers(byDossier.keySet());
        Set<String> procedureCodes = new HashSet<>();
        dossiers.values().forEach(d -> procedureCodes.add(d.getProcedureCode()));
        byDossier.values().forEach(ls -> ls.stream().filter(l -> l.procedureCode() != null)
                .forEach(l -> procedureCodes.add(l.procedureCode())));
        Map<String, AdministrativeProcedure> procedures = repository.procedures(procedureCodes);
        Map<Long, List<DossierEvent>> timelines = repository.timelines(
                dossiers.values().stream().map(Dossier::getId).toList());
        WorkingCalendar calendar = WorkingCalendar.vietnam(repository.calendarDays());

        int storedCount = 0;
        List<Dossier> created = new ArrayList<>();
        Map<Dossier, List<DossierEvent>> taken = new HashMap<>();
        for (Map.Entry<String, List<DossierEventLine>> group : byDossier.entrySet()) {
            List<DossierEventLine> incoming = new ArrayList<>(group.getValue());
            incoming.sort(Comparator.comparing(DossierEventLine::at)); // stable for the same instant
            Dossier dossier = dossiers.get(group.getKey());
            List<DossierEvent> timeline = dossier == null ? new ArrayList<>()
                    : new ArrayList<>(timelines.getOrDefault(dossier.getId(), List.of()));
            List<DossierEvent> accepted = new ArrayList<>();
            // the usual case first: the dossier's new events all fit, one recomputation for all of them
            Dossier whole = whole(dossier, timeline, incoming, procedures, calendar, now);
            if (whole != null) {
                if (dossier == null) {
                    created.add(whole);
                }
                taken.put(whole, incoming.stream().map(DossierEventLine::event).toList());
                storedCount += incoming.size();
                continue;
            }
            // else event by event, to tell the bad ones from the good
            for (DossierEventLine l : incoming) {
                try {
                    if (dossier == null) {
                        dossier = open(l, procedures);
                        created.add(dossier);
                    }
                    List<DossierEvent> next = new ArrayList<>(timeline);
                    next.add(l.event());
                    AdministrativeProcedure procedure = procedures.get(dossier.getProcedureCode());
                    dossier.follow(next, procedure.limit(), calendar, now); // refuses a timeline that cannot be
                    if (l.rating() != null) {
                        dossier.rated(l.rating());
                    }
                    timeline = next;
                    accepted.add(l.event());
                } catch (Invalid e) {
                    problems.add(new Problem(l.line(), l.eventId(), e.explanation()));
                }
            }
            if (dossier != null && !accepted.isEmpty()) {
                taken.put(dossier, accepted);
                storedCount += accepted.size();
            } else if (dossier != null) {
                created.remove(dossier);
            }
        }
        if (checkOnly || strict && !problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(Problem::line));
            return new Outcome(0, duplicates, problems);
        }
        for (Dossier d : created) {
            repository.add(d);
        }
        for (Map.Entry<Dossier, List<DossierEvent>> t : taken.entrySet()) {
            for (DossierEvent e : t.getValue()) {
                repository.add(new DossierStep(t.getKey().getId(), e, now));
            }
        }
        problems.sort(Comparator.comparingInt(Problem::line));
        return new Outcome(storedCount, duplicates, problems);
    }

    /**
     * The dossier after all of {@code incoming} (opened by the first when it is new), or null when one of them does
     * not fit: then nothing was changed, and the caller takes them one by one.
     */
    private static Dossier whole(Dossier dossier, List<DossierEvent> timeline, List<DossierEventLine> incoming,
                                 Map<String, AdministrativeProcedure> procedures, WorkingCalendar calendar, Instant now) {
        try {
            Dossier d = dossier == null ? open(incoming.get(0), procedures) : dossier;
            List<DossierEvent> next = new ArrayList<>(timeline);
            incoming.forEach(l -> next.add(l.event()));
            for (DossierEventLine l : incoming) {
                if (l.rating() != null && (l.rating() < 1 || l.rating() > 5)) {
                    return null;
                }
            }
            // follow computes the timing before it changes anything: a timeline that cannot be leaves d as it was
            d.follow(next, procedures.get(d.getProcedureCode()).limit(), calendar, now);
            incoming.stream().filter(l -> l.rating() != null).forEach(l -> d.rated(l.rating()));
            return d;
        } catch (Invalid e) {
            return null;
        }
    }

    /** A dossier from its first event: RECEIVED, of a known procedure. */
    private static Dossier open(DossierEventLine first, Map<String, AdministrativeProcedure> procedures) {
        if (first.kind() != DossierEvent.Kind.RECEIVED) {
            throw new Invalid("dossier.unknownDossier", first.dossierCode(), first.kind());
        }
        AdministrativeProcedure procedure = first.procedureCode() == null ? null : procedures.get(first.procedureCode());
        if (procedure == null) {
            throw new Invalid("dossier.unknownProcedure", String.valueOf(first.procedureCode()));
        }
        return new Dossier(first.dossierCode(), procedure, first.departmentCode(), first.channel(), first.event());
    }
}
