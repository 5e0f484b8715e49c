package vn.smartcity.ioc.incident.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A step of an incident's checklist: copied from the category's procedure when the incident was opened. */
@Entity
@Table(name = "incident_step")
public class ChecklistStep {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "incident_step_seq")
    @SequenceGenerator(name = "incident_step_seq", sequenceName = "incident_step_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "incident_id", nullable = false)
    private Incident incident;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "text_vi", nullable = false, length = 300)
    private String textVi;

    @Column(name = "text_en", nullable = false, length = 300)
    private String textEn;

    @Column(name = "mandatory", nullable = false)
    private boolean mandatory;

    @Column(name = "done_by", length = 100)
    private String doneBy;

    @Column(name = "done_at")
    private Instant doneAt;

    protected ChecklistStep() {
    }

    ChecklistStep(Incident incident, SopStep template) {
        this.incident = incident;
        this.position = template.getPosition();
        this.textVi = template.getTextVi();
        this.textEn = template.getTextEn();
        this.mandatory = template.isMandatory();
    }

    void mark(boolean done, String by, Instant at) {
        this.doneBy = done ? by : null;
        this.doneAt = done ? at : null;
    }

    public boolean isDone() {
        return doneAt != null;
    }

    public Long getId() { return id; }
    public int getPosition() { return position; }
    public String getTextVi() { return textVi; }
    public String getTextEn() { return textEn; }
    public boolean isMandatory() { return mandatory; }
    public String getDoneBy() { return doneBy; }
    public Instant getDoneAt() { return doneAt; }
}
