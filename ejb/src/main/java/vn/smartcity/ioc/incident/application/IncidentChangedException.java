package vn.smartcity.ioc.incident.application;

import java.time.Instant;

import jakarta.ejb.ApplicationException;

import vn.smartcity.ioc.shared.domain.Text;

/** Someone else changed the incident since the caller read it: reload, then act. Nothing was stored. */
@ApplicationException(rollback = true)
public class IncidentChangedException extends RuntimeException implements Text.Explained {

    private static final long serialVersionUID = 1L;

    private final String changedBy;
    private final Instant changedAt;
    private final Text explanation;

    public IncidentChangedException(long id, String changedBy, Instant changedAt) {
        this(new Text("incident.changed", id, changedBy, changedAt), changedBy, changedAt);
    }

    /** Changed by someone the workflow does not know (a concurrent write found when storing), around {@code at}. */
    IncidentChangedException(long id, Instant at) {
        this(new Text("incident.changedMeanwhile", id, at), "another user", at);
    }

    private IncidentChangedException(Text explanation, String changedBy, Instant changedAt) {
        super(explanation.english());
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.explanation = explanation;
    }

    public String changedBy() { return changedBy; }
    public Instant changedAt() { return changedAt; }

    @Override
    public Text explanation() {
        return explanation;
    }
}
