package vn.smartcity.ioc.dossier.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import vn.smartcity.ioc.shared.domain.Text;

/** An event the import job skipped: its line, its id when it could be read, and the reason. */
@Entity
@Table(name = "dossier_import_problem")
public class ImportProblem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dossier_import_problem_seq")
    @SequenceGenerator(name = "dossier_import_problem_seq", sequenceName = "dossier_import_problem_seq", allocationSize = 50)
    private Long id;

    @Column(name = "job_execution_id", nullable = false, updatable = false)
    private Long jobExecutionId;

    @Column(name = "line_no", nullable = false, updatable = false)
    private int line;

    @Column(name = "event_id", length = 80, updatable = false)
    private String eventId;

    /** {@link Text#stored()}: said in each reader's language. */
    @Column(name = "reason", nullable = false, length = 1000, updatable = false)
    private String reason;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected ImportProblem() {
    }

    public ImportProblem(long jobExecutionId, int line, String eventId, Text reason, Instant recordedAt) {
        this.jobExecutionId = jobExecutionId;
        this.line = line;
        this.eventId = eventId == null || eventId.length() <= 80 ? eventId : eventId.substring(0, 80);
        String stored = reason.stored();
        this.reason = stored.length() <= 1000 ? stored : stored.substring(0, 1000);
        this.recordedAt = recordedAt;
    }

    public Long getId() { return id; }
    public Long getJobExecutionId() { return jobExecutionId; }
    public int getLine() { return line; }
    public String getEventId() { return eventId; }
    public String getReason() { return reason; }
    public Instant getRecordedAt() { return recordedAt; }
}
