package vn.smartcity.ioc.dossier.domain;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.smartcity.ioc.shared.domain.Invalid;

/**
 * A dossier's state and timing, computed from its timeline (never typed in): when its clock started (the
 * afternoon cut-off may move it), when it is due (the limit's working time, not counting pauses for documents, a
 * payment or a suspension), when its handling finished and whether early, on time or late; for one still open,
 * how much working time is left or by how much it is overdue.
 *
 * @param dueAt      null while the clock is stopped before the limit was used up (the due time moves on resume)
 * @param finishedAt when the result was ready (or, without that step, handed over), refused or withdrawn; else null
 * @param result     for a finished, timed dossier (result ready or returned); else null
 * @param used       working time the clock ran up to the end (finish, or {@code now})
 * @param paused     calendar time spent paused
 * @param apologySent whether the apology for lateness was sent
 */
public record DossierTiming(DossierState state, Instant receivedAt, Instant clockStart, Duration limit, Instant dueAt,
                            Instant finishedAt, OnTime result, Duration used, Duration paused, boolean apologySent)
        implements Serializable {

    /** "Due soon": at most this many working days left. */
    public static final int DUE_SOON_WORKING_DAYS = 2;

    /**
     * The timing of a dossier from its events (in any order: they are put in time order, events of the same
     * instant in the order given), refusing a timeline that cannot be (no RECEIVED first, a resume without a pause,
     * a step after the end).
     */
    public static DossierTiming of(List<DossierEvent> events, ProcessingLimit limit, WorkingCalendar calendar, Instant now) {
        List<DossierEvent> ordered = new ArrayList<>(events);
        ordered.sort(Comparator.comparing(DossierEvent::at)); // stable: same instant keeps the given order
        if (ordered.isEmpty() || ordered.get(0).kind() != DossierEvent.Kind.RECEIVED) {
            throw new Invalid("dossier.timelineStartsWithReceived");
        }
        Instant received = ordered.get(0).at();
        Instant clockStart = limit.clockStart(received, calendar);
        Duration allowed = limit.workingTime(calendar);

        DossierState state = DossierState.IN_PROGRESS;
        List<Instant[]> running = new ArrayList<>();
        Instant runningSince = clockStart;
        Instant pausedSince = null;
        Duration paused = Duration.ZERO;
        Instant finished = null;
        boolean timed = false;
        boolean apology = false;
        for (DossierEvent e : ordered.subList(1, ordered.size())) {
            DossierEvent.Kind kind = e.kind();
            if (kind == DossierEvent.Kind.APOLOGY_SENT) {
                apology = true;
                continue;
            }
            if (kind == DossierEvent.Kind.RECEIVED) {
                throw new Invalid("dossier.receivedTwice", e.eventId());
            }
            if (state == DossierState.RETURNED || state == DossierState.REFUSED || state == DossierState.WITHDRAWN) {
                throw new Invalid("dossier.afterTheEnd", e.eventId(), kind, state);
            }
            if (state == DossierState.RESULT_READY && kind != DossierEvent.Kind.RETURNED) {
                throw new Invalid("dossier.afterResult", e.eventId(), kind);
            }
            switch (kind) {
                case TRANSFERRED -> { /* the handling unit changes; the clock goes on (or stays paused) */ }
                case SUPPLEMENT_REQUESTED, FINANCIAL_OBLIGATION, SUSPENDED -> {
                    if (state == DossierState.PAUSED) {
                        throw new Invalid("dossier.alreadyPaused", e.eventId(), kind);
                    }
                    running.add(new Instant[] {runningSince, max(e.at(), runningSince)});
                    pausedSince = e.at();
                    state = DossierState.PAUSED;
                }
                case RESUMED -> {
                    if (state != DossierState.PAUSED) {
                        throw new Invalid("dossier.resumeWithoutPause", e.eventId());
                    }
                    paused = paused.plus(Duration.between(pausedSince, e.at()));
                    pausedSince = null;
                    runningSince = max(e.at(), clockStart);
                    state = DossierState.IN_PROGRESS;
                }
                case RESULT_READY -> {
                    if (state == DossierState.PAUSED) {
                        throw new Invalid("dossier.resultWhilePaused", e.eventId());
                    }
                    running.add(new Instant[] {runningSince, max(e.at(), runningSince)});
                    finished = e.at();
                    timed = true;
                    state = DossierState.RESULT_READY;
                }
                case RETURNED -> {
                    if (state == DossierState.PAUSED) {
                        throw new Invalid("dossier.resultWhilePaused", e.eventId());
                    }
                    if (state != DossierState.RESULT_READY) { // handed over without a "result ready" step first
                        running.add(new Instant[] {runningSince, max(e.at(), runningSince)});
                        finished = e.at();
                        timed = true;
                    }
                    state = DossierState.RETURNED;
                }
                case REFUSED, WITHDRAWN -> {
                    if (pausedSince != null) {
                        paused = paused.plus(Duration.between(pausedSince, e.at()));
                        pausedSince = null;
                    } else {
                        running.add(new Instant[] {runningSince, max(e.at(), runningSince)});
                    }
                    finished = e.at();
                    state = kind == DossierEvent.Kind.REFUSED ? DossierState.REFUSED : DossierState.WITHDRAWN;
                }
                default -> throw new IllegalStateException(kind.name()); // a defect, not a refusal
            }
        }
        if (state == DossierState.IN_PROGRESS) {
            running.add(new Instant[] {runningSince, null});
        } else if (state == DossierState.PAUSED) {
            paused = paused.plus(Duration.between(pausedSince, max(now, pausedSince)));
        }

        // walk the running intervals: the due time is where the allowed working time runs out
        Duration used = Duration.ZERO;
        Instant due = null;
        for (Instant[] interval : running) {
            Instant from = max(interval[0], clockStart);
            Instant to = interval[1] == null ? null : max(interval[1], from);
            Duration here = calendar.workingTime(from, to == null ? max(now, from) : to);
            if (due == null) {
                Duration left = allowed.minus(used);
                Instant end = calendar.plusWorkingTime(from, left);
                if (to == null || !end.isAfter(to)) {
                    due = end;
                }
            }
            used = used.plus(here);
        }
        if (due == null && state != DossierState.PAUSED && !running.isEmpty()) {
            // finished before the limit ran out: the due time is where it would have, the clock going on
            Instant[] last = running.get(running.size() - 1);
            due = calendar.plusWorkingTime(max(last[1], clockStart), allowed.minus(used));
        }
        OnTime result = timed ? classify(finished, due, calendar) : null;
        return new DossierTiming(state, received, clockStart, allowed, due, finished, result, used, paused, apology);
    }

    private static OnTime classify(Instant finished, Instant due, WorkingCalendar calendar) {
        if (finished.isAfter(due)) {
            return OnTime.LATE;
        }
        LocalDate finishedOn = LocalDate.ofInstant(finished, calendar.zone());
        LocalDate dueOn = LocalDate.ofInstant(due, calendar.zone());
        return finishedOn.isBefore(dueOn) ? OnTime.EARLY : OnTime.ON_TIME;
    }

    /** Open (in progress) and past its due time at {@code now}. */
    public boolean overdue(Instant now) {
        return state == DossierState.IN_PROGRESS && dueAt != null && now.isAfter(dueAt);
    }

    /** Open and due within {@value #DUE_SOON_WORKING_DAYS} working days of {@code now}, not yet overdue. */
    public boolean dueSoon(Instant now, WorkingCalendar calendar) {
        return state == DossierState.IN_PROGRESS && dueAt != null && !now.isAfter(dueAt)
                && calendar.workingTime(now, dueAt).compareTo(calendar.hours().perDay().multipliedBy(DUE_SOON_WORKING_DAYS)) <= 0;
    }

    /** Working days by which an open dossier is past due at {@code now} (0 when not; a started day counts). */
    public long workingDaysOverdue(Instant now, WorkingCalendar calendar) {
        if (!overdue(now)) {
            return 0;
        }
        Duration late = calendar.workingTime(dueAt, now);
        long perDay = calendar.hours().perDay().toSeconds();
        return (late.toSeconds() + perDay - 1) / perDay;
    }

    /** Whether the citizen is owed a written apology not yet sent: finished late, or open and overdue. */
    public boolean apologyOwed(Instant now) {
        return !apologySent && (result == OnTime.LATE || overdue(now));
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
