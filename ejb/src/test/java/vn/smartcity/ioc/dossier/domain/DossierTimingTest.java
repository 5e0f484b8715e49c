package vn.smartcity.ioc.dossier.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.smartcity.ioc.dossier.domain.WorkingCalendarTest.CALENDAR;
import static vn.smartcity.ioc.dossier.domain.WorkingCalendarTest.at;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import vn.smartcity.ioc.dossier.domain.DossierEvent.Kind;
import vn.smartcity.ioc.shared.domain.Invalid;

/** A dossier's state and timing from its timeline: pauses, the boundaries of early / on time / late, refusals. */
class DossierTimingTest {

    static final ProcessingLimit THREE_DAYS = ProcessingLimit.workingDays(3);
    /** Monday 7 Dec 2026 08:00: with 3 working days, due Thursday 10 at 08:00. */
    static final Instant MONDAY = at(2026, 12, 7, 8, 0);
    static final Instant DUE = at(2026, 12, 10, 8, 0);

    private int ids;

    DossierEvent event(Kind kind, Instant at) {
        return new DossierEvent("E" + (++ids), kind, at, null, null);
    }

    DossierTiming timing(Instant now, Object... kindsAndTimes) {
        List<DossierEvent> events = new ArrayList<>();
        events.add(event(Kind.RECEIVED, MONDAY));
        for (int i = 0; i < kindsAndTimes.length; i += 2) {
            events.add(event((Kind) kindsAndTimes[i], (Instant) kindsAndTimes[i + 1]));
        }
        return DossierTiming.of(events, THREE_DAYS, CALENDAR, now);
    }

    @Test
    void anOpenDossierRunsItsClockToTheDueTime() {
        DossierTiming open = timing(at(2026, 12, 9, 9, 0));
        assertEquals(DossierState.IN_PROGRESS, open.state());
        assertEquals(DUE, open.dueAt());
        assertEquals(Duration.ofHours(17), open.used(), "Monday 7.5 h, Tuesday 8 h, Wednesday 1.5 h");
        assertNull(open.result());
        assertTrue(open.dueSoon(at(2026, 12, 9, 9, 0), CALENDAR), "due within 2 working days");
        assertFalse(open.dueSoon(at(2026, 12, 7, 9, 0), CALENDAR), "more than 2 working days left on Monday 09:00");
        assertFalse(open.overdue(DUE));
        assertTrue(open.overdue(DUE.plusSeconds(1)));
        assertEquals(1, open.workingDaysOverdue(DUE.plusSeconds(1), CALENDAR), "a started day counts");
        assertEquals(1, open.workingDaysOverdue(at(2026, 12, 11, 8, 0), CALENDAR));
        assertEquals(2, open.workingDaysOverdue(at(2026, 12, 11, 8, 1), CALENDAR));
        assertEquals(2, open.workingDaysOverdue(at(2026, 12, 14, 7, 0), CALENDAR), "the weekend does not count");
        assertTrue(open.apologyOwed(at(2026, 12, 11, 9, 0)));
        assertFalse(open.apologyOwed(at(2026, 12, 9, 9, 0)));
    }

    @Test
    void earlyOnTimeAndLateAtTheirBoundaries() {
        Instant now = at(2026, 12, 31, 12, 0);
        assertEquals(OnTime.EARLY, timing(now, Kind.RESULT_READY, at(2026, 12, 9, 16, 59)).result(), "the day before the due day");
        assertEquals(OnTime.ON_TIME, timing(now, Kind.RESULT_READY, at(2026, 12, 10, 7, 45)).result(), "the due day, before the time");
        assertEquals(OnTime.ON_TIME, timing(now, Kind.RESULT_READY, DUE).result(), "exactly at the due time");
        assertEquals(OnTime.LATE, timing(now, Kind.RESULT_READY, DUE.plusSeconds(1)).result(), "a second after");
        DossierTiming late = timing(now, Kind.RESULT_READY, at(2026, 12, 10, 16, 0), Kind.RETURNED, at(2026, 12, 11, 9, 0));
        assertEquals(DossierState.RETURNED, late.state());
        assertEquals(OnTime.LATE, late.result(), "timed by the result, not by the hand-over");
        assertEquals(DUE, late.dueAt());
        assertTrue(late.apologyOwed(now));
        DossierTiming apologised = timing(now, Kind.RESULT_READY, at(2026, 12, 10, 16, 0), Kind.APOLOGY_SENT, at(2026, 12, 10, 16, 5));
        assertFalse(apologised.apologyOwed(now));
        DossierTiming handedOver = timing(now, Kind.RETURNED, at(2026, 12, 8, 10, 0));
        assertEquals(OnTime.EARLY, handedOver.result(), "handed over without a result-ready step: timed by the hand-over");
        assertEquals(DUE, handedOver.dueAt(), "the due time of a finished dossier is where its limit would have run out");
        assertTrue(OnTime.EARLY.kept() && OnTime.ON_TIME.kept() && !OnTime.LATE.kept());
    }

    @Test
    void aRequestForDocumentsStopsTheClockUntilTheyCome() {
        // 8 h used by Tuesday 08:00; documents asked then, supplied the next Monday 10:00; 16 h left:
        // Monday 5.5 h, Tuesday 8 h, Wednesday 16 Dec 2.5 h: due 10:00
        Instant asked = at(2026, 12, 8, 8, 0);
        Instant supplied = at(2026, 12, 14, 10, 0);
        DossierTiming waiting = timing(at(2026, 12, 11, 9, 0), Kind.SUPPLEMENT_REQUESTED, asked);
        assertEquals(DossierState.PAUSED, waiting.state());
        assertNull(waiting.dueAt(), "the due time moves when the documents come");
        assertFalse(waiting.overdue(at(2026, 12, 11, 9, 0)), "not overdue while waiting for the citizen");
        assertEquals(Duration.ofHours(8), waiting.used());
        assertEquals(Duration.ofHours(73), waiting.paused(), "Tuesday 08:00 to Friday 09:00");

        DossierTiming resumed = timing(at(2026, 12, 15, 9, 0), Kind.SUPPLEMENT_REQUESTED, asked, Kind.RESUMED, supplied);
        assertEquals(DossierState.IN_PROGRESS, resumed.state());
        assertEquals(at(2026, 12, 16, 10, 0), resumed.dueAt());
        assertFalse(resumed.overdue(at(2026, 12, 15, 9, 0)), "would be overdue since Thursday 10 without the pause");

        DossierTiming twoPauses = timing(at(2026, 12, 31, 9, 0), Kind.SUPPLEMENT_REQUESTED, asked, Kind.RESUMED, supplied,
                Kind.FINANCIAL_OBLIGATION, at(2026, 12, 14, 13, 0), Kind.RESUMED, at(2026, 12, 15, 7, 30),
                Kind.RESULT_READY, at(2026, 12, 16, 16, 0));
        // the payment pause took Monday afternoon (4 h): due Wednesday 16 at 15:30, the result at 16:00 is late
        assertEquals(at(2026, 12, 16, 15, 30), twoPauses.dueAt());
        assertEquals(OnTime.LATE, twoPauses.result());
    }

    @Test
    void refusedAndWithdrawnDossiersAreNotTimed() {
        Instant now = at(2026, 12, 31, 12, 0);
        DossierTiming refused = timing(now, Kind.REFUSED, at(2026, 12, 14, 9, 0));
        assertEquals(DossierState.REFUSED, refused.state());
        assertNull(refused.result());
        assertFalse(refused.overdue(now) || refused.apologyOwed(now), "a refusal is not late");
        DossierTiming withdrawn = timing(now, Kind.SUPPLEMENT_REQUESTED, at(2026, 12, 8, 8, 0), Kind.WITHDRAWN, at(2026, 12, 9, 8, 0));
        assertEquals(DossierState.WITHDRAWN, withdrawn.state());
        assertEquals(Duration.ofHours(24), withdrawn.paused());
        assertTrue(withdrawn.state().finished() && !DossierState.PAUSED.finished());
    }

    @Test
    void aTransferKeepsTheClockAndEventsComeInTimeOrder() {
        Instant now = at(2026, 12, 8, 9, 0);
        List<DossierEvent> events = new ArrayList<>(List.of(
                new DossierEvent("E2", Kind.TRANSFERRED, at(2026, 12, 7, 9, 0), "SO_TNMT", null),
                new DossierEvent("E1", Kind.RECEIVED, MONDAY, "TTHCC", null)));
        DossierTiming t = DossierTiming.of(events, THREE_DAYS, CALENDAR, now);
        assertEquals(DossierState.IN_PROGRESS, t.state());
        assertEquals(DUE, t.dueAt());
    }

    @Test
    void aTimelineThatCannotBeIsRefusedInBothLanguages() {
        Instant now = at(2026, 12, 31, 12, 0);
        Invalid noReception = assertThrows(Invalid.class, () -> DossierTiming.of(
                List.of(new DossierEvent("X", Kind.TRANSFERRED, MONDAY, null, null)), THREE_DAYS, CALENDAR, now));
        assertTrue(noReception.explanation().in(Locale.forLanguageTag("vi")).contains("tiếp nhận"));
        assertThrows(Invalid.class, () -> timing(now, Kind.RESUMED, at(2026, 12, 8, 8, 0)));
        assertThrows(Invalid.class, () -> timing(now, Kind.SUPPLEMENT_REQUESTED, at(2026, 12, 8, 8, 0),
                Kind.SUSPENDED, at(2026, 12, 8, 9, 0)));
        assertThrows(Invalid.class, () -> timing(now, Kind.SUPPLEMENT_REQUESTED, at(2026, 12, 8, 8, 0),
                Kind.RESULT_READY, at(2026, 12, 9, 9, 0)));
        Invalid afterEnd = assertThrows(Invalid.class, () -> timing(now, Kind.RETURNED, at(2026, 12, 8, 8, 0),
                Kind.TRANSFERRED, at(2026, 12, 9, 9, 0)));
        assertTrue(afterEnd.getMessage().contains("after the dossier was RETURNED"), afterEnd.getMessage());
        assertThrows(Invalid.class, () -> timing(now, Kind.RECEIVED, at(2026, 12, 8, 8, 0)));
    }
}
