package vn.smartcity.ioc.incident.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One line of an incident's history: who did what, when, from which state to which, and why. */
@Entity
@Table(name = "incident_timeline")
public class TimelineEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "incident_timeline_seq")
    @SequenceGenerator(name = "incident_timeline_seq", sequenceName = "incident_timeline_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "incident_id", nullable = false)
    private Incident incident;

    @Column(name = "occurred_at", nullable = false)
    private Instant at;

    @Column(name = "actor", nullable = false, length = 100)
    private String actor;

    @Column(name = "action", nullable = false, length = 30)
    private String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", length = 20)
    private IncidentState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, length = 20)
    private IncidentState toState;

    @Column(name = "note", length = 4000)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(name = "visibility", nullable = false, length = 10)
    private Visibility visibility;

    protected TimelineEntry() {
    }

    TimelineEntry(Incident incident, Instant at, String actor, String action, IncidentState fromState,
                  IncidentState toState, String note, Visibility visibility) {
        this.incident = incident;
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.fromState = fromState;
        this.toState = toState;
        this.note = note;
        this.visibility = visibility;
    }

    public Long getId() { return id; }
    public Instant getAt() { return at; }
    public String getActor() { return actor; }
    public String getAction() { return action; }
    public IncidentState getFromState() { return fromState; }
    public IncidentState getToState() { return toState; }
    public String getNote() { return note; }
    public Visibility getVisibility() { return visibility; }
}
