package vn.smartcity.ioc.incident.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** Where an incident is in its life, and where it may go from there. */
public enum IncidentState {
    /** received, nobody looked at it yet */
    NEW,
    /** an operator checked it: real, categorised, prioritised */
    TRIAGED,
    /** a department (and maybe a person) is responsible */
    ASSIGNED,
    /** the department is working on it */
    IN_PROGRESS,
    /** the department says it is fixed; the public answer is written */
    RESOLVED,
    /** confirmed fixed (or the re-open period passed) */
    CLOSED,
    /** not a matter for the city, or not true: with a reason */
    REJECTED,
    /** the same problem as another incident, merged into it */
    DUPLICATE,
    /** the fix was not satisfactory: back to work */
    REOPENED;

    /** The states this one may move to. */
    public Set<IncidentState> next() {
        return switch (this) {
            case NEW -> EnumSet.of(TRIAGED, REJECTED, DUPLICATE);
            case TRIAGED -> EnumSet.of(ASSIGNED, REJECTED, DUPLICATE);
            case ASSIGNED -> EnumSet.of(ASSIGNED, IN_PROGRESS, REJECTED, DUPLICATE);
            case IN_PROGRESS -> EnumSet.of(ASSIGNED, RESOLVED);
            case RESOLVED -> EnumSet.of(CLOSED, REOPENED);
            case CLOSED -> EnumSet.of(REOPENED);
            case REOPENED -> EnumSet.of(ASSIGNED, IN_PROGRESS);
            case REJECTED, DUPLICATE -> EnumSet.noneOf(IncidentState.class);
        };
    }

    public boolean canMoveTo(IncidentState target) {
        return next().contains(target);
    }

    /** Still somebody's work: counts against the SLA and appears in the queues. */
    public boolean isOpen() {
        return this != RESOLVED && this != CLOSED && this != REJECTED && this != DUPLICATE;
    }

    /**
     * When the fix of an incident in this state was done (the start of its citizens' re-open period): the
     * resolution time of a resolved incident, the closing time of a closed one; null otherwise.
     */
    public Instant doneAt(Instant resolvedAt, Instant closedAt) {
        return this == RESOLVED ? resolvedAt : this == CLOSED ? closedAt : null;
    }
}
