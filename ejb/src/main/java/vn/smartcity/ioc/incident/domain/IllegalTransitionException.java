package vn.smartcity.ioc.incident.domain;

/** A transition the incident's state does not allow, or without what it needs (a reason, an answer...). */
public class IllegalTransitionException extends RuntimeException {

    private final IncidentState from;
    private final IncidentState to;

    public IllegalTransitionException(IncidentState from, IncidentState to, String message) {
        super(message);
        this.from = from;
        this.to = to;
    }

    public IncidentState from() { return from; }
    public IncidentState to() { return to; }
}
