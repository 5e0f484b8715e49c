package vn.smartcity.ioc.dossier.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.smartcity.ioc.dossier.domain.AdministrativeProcedure;
import vn.smartcity.ioc.dossier.domain.DayRule;
import vn.smartcity.ioc.dossier.domain.Dossier;
import vn.smartcity.ioc.dossier.domain.DossierEvent;
import vn.smartcity.ioc.dossier.domain.DossierEvent.Kind;
import vn.smartcity.ioc.dossier.domain.DossierRepository;
import vn.smartcity.ioc.dossier.domain.DossierState;
import vn.smartcity.ioc.dossier.domain.OnTime;
import vn.smartcity.ioc.dossier.domain.ProcessingLimit;
import vn.smartcity.ioc.dossier.domain.DossierStep;

/** Taking events into timelines: idempotent on event ids, all-or-nothing (strict) or skipping the bad (lenient). */
class DossierIngestTest {

    static final Instant MONDAY = Instant.parse("2026-12-07T01:00:00Z"); // 08:00 in Vietnam

    /** The repository in memory: what the test needs to see stored. */
    static class Memory implements DossierRepository {
        final Map<String, AdministrativeProcedure> procedures = new HashMap<>();
        final Map<String, Dossier> dossiers = new HashMap<>();
        final List<DossierStep> entries = new ArrayList<>();
        long ids;

        @Override public List<DayRule> calendarDays() { return List.of(); }
        @Override public Map<String, AdministrativeProcedure> procedures(Collection<String> codes) {
            Map<String, AdministrativeProcedure> m = new HashMap<>(procedures);
            m.keySet().retainAll(codes);
            return m;
        }
        @Override public Map<String, Dossier> dossiers(Collection<String> codes) {
            Map<String, Dossier> m = new HashMap<>(dossiers);
            m.keySet().retainAll(codes);
            return m;
        }
        @Override public Map<Long, List<DossierEvent>> timelines(Collection<Long> dossierIds) {
            Map<Long, List<DossierEvent>> m = new HashMap<>();
            for (DossierStep e : entries) {
                if (dossierIds.contains(e.getDossierId())) {
                    m.computeIfAbsent(e.getDossierId(), k -> new ArrayList<>()).add(e.event());
                }
            }
            return m;
        }
        @Override public Set<String> storedEventIds(Collection<String> eventIds) {
            Set<String> s = new HashSet<>();
            entries.forEach(e -> { if (eventIds.contains(e.getEventId())) s.add(e.getEventId()); });
            return s;
        }
        @Override public List<Dossier> overdueNotAlerted(Instant now, int limit) { return List.of(); }
        @Override public List<Dossier> overdueWithoutIncident(Instant dueBefore, int limit) { return List.of(); }
        @Override public void add(Dossier dossier) {
            try {
                Field id = Dossier.class.getDeclaredField("id");
                id.setAccessible(true);
                id.set(dossier, ++ids);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            dossiers.put(dossier.getCode(), dossier);
        }
        @Override public void add(DossierStep entry) { entries.add(entry); }
    }

    final Memory memory = new Memory();
    final DossierIngest ingest = new DossierIngest();

    DossierIngestTest() {
        memory.procedures.put("P", new AdministrativeProcedure("P", "Cấp phép", "Permit", "Xây dựng",
                AdministrativeProcedure.Level.PROVINCE, "SXD", ProcessingLimit.workingDays(3), null, MONDAY));
        ingest.repository = memory;
        ingest.clock = Clock.fixed(Instant.parse("2026-12-31T00:00:00Z"), ZoneOffset.UTC);
    }

    static DossierEventLine line(int n, String id, String dossier, Kind kind, Instant at) {
        return new DossierEventLine(n, id, dossier, kind, at, kind == Kind.RECEIVED ? "P" : null, null, null, null, null, null);
    }

    @Test
    void eventsBuildTheTimelineAndTheSameEventsAgainChangeNothing() {
        List<DossierEventLine> lines = List.of(line(1, "e1", "D1", Kind.RECEIVED, MONDAY),
                line(2, "e2", "D1", Kind.RESULT_READY, MONDAY.plusSeconds(3600 * 24)));
        DossierIngest.Outcome first = ingest.strict(lines);
        assertEquals(2, first.stored());
        Dossier d = memory.dossiers.get("D1");
        assertEquals(DossierState.RESULT_READY, d.getState());
        assertEquals(OnTime.EARLY, d.getResult());
        assertEquals("SXD", d.getDepartmentCode(), "the procedure's department");
        DossierIngest.Outcome again = ingest.strict(lines);
        assertEquals(0, again.stored());
        assertEquals(2, again.duplicates());
        assertEquals(2, memory.entries.size());
        // a later event of the same dossier, in another call
        ingest.strict(List.of(line(1, "e3", "D1", Kind.RETURNED, MONDAY.plusSeconds(3600 * 48))));
        assertEquals(DossierState.RETURNED, d.getState());
    }

    @Test
    void strictRefusesAllWhenOneIsBadAndLenientKeepsTheGoodOnes() {
        List<DossierEventLine> lines = List.of(line(1, "e1", "D1", Kind.RECEIVED, MONDAY),
                line(2, "e2", "D1", Kind.RESUMED, MONDAY.plusSeconds(60)),
                line(3, "e3", "D2", Kind.RESULT_READY, MONDAY),
                line(4, "e4", "D3", Kind.RECEIVED, MONDAY));
        DossierRefused refused = assertThrows(DossierRefused.class, () -> ingest.strict(lines));
        assertEquals(List.of(2, 3), refused.problems().stream().map(DossierIngest.Problem::line).toList());
        assertTrue(refused.getMessage().contains("event 2 (e2): Event e2: RESUMED while the clock runs"), refused.getMessage());
        assertTrue(refused.explanation().in(Locale.forLanguageTag("vi")).contains("sự kiện 3 (e3): Không có hồ sơ D2"),
                refused.explanation().in(Locale.forLanguageTag("vi")));
        assertEquals(0, memory.entries.size(), "nothing stored");
        assertTrue(memory.dossiers.isEmpty());

        DossierIngest.Outcome lenient = ingest.lenient(lines);
        assertEquals(2, lenient.stored());
        assertEquals(2, lenient.problems().size());
        assertEquals(Set.of("D1", "D3"), memory.dossiers.keySet());
    }
}
