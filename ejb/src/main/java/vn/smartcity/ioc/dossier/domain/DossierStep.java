package vn.smartcity.ioc.dossier.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One event of a dossier's timeline as stored: unique by the one-stop-shop system's event id. */
@Entity
@Table(name = "dossier_event")
public class DossierStep {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dossier_event_seq")
    @SequenceGenerator(name = "dossier_event_seq", sequenceName = "dossier_event_seq", allocationSize = 50)
    private Long id;

    @Column(name = "event_id", nullable = false, length = 80, updatable = false)
    private String eventId;

    @Column(name = "dossier_id", nullable = false, updatable = false)
    private Long dossierId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 24, updatable = false)
    private DossierEvent.Kind kind;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "unit", length = 60, updatable = false)
    private String unit;

    @Column(name = "note", length = 1000, updatable = false)
    private String note;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected DossierStep() {
    }

    public DossierStep(long dossierId, DossierEvent event, Instant recordedAt) {
        this.eventId = event.eventId();
        this.dossierId = dossierId;
        this.kind = event.kind();
        this.occurredAt = event.at();
        this.unit = event.unit();
        this.note = event.note();
        this.recordedAt = recordedAt;
    }

    public DossierEvent event() {
        return new DossierEvent(eventId, kind, occurredAt, unit, note);
    }

    public Long getId() { return id; }
    public String getEventId() { return eventId; }
    public Long getDossierId() { return dossierId; }
    public DossierEvent.Kind getKind() { return kind; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getUnit() { return unit; }
    public String getNote() { return note; }
    public Instant getRecordedAt() { return recordedAt; }
}
