package vn.smartcity.ioc.violation.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A candidate the job could not turn into a violation, with the reason, for the console. */
@Entity
@Table(name = "violation_skip")
public class SkippedCandidate {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "violation_skip_seq")
    @SequenceGenerator(name = "violation_skip_seq", sequenceName = "violation_skip_seq", allocationSize = 50)
    private Long id;

    @Column(name = "candidate_id", nullable = false)
    private Long candidateId;

    @Column(name = "job_execution_id")
    private Long jobExecutionId;

    @Column(name = "reason", nullable = false, length = 500)
    private String reason;

    @Column(name = "skipped_at", nullable = false)
    private Instant skippedAt;

    protected SkippedCandidate() {
    }

    public SkippedCandidate(long candidateId, Long jobExecutionId, String reason, Instant skippedAt) {
        this.candidateId = candidateId;
        this.jobExecutionId = jobExecutionId;
        this.reason = reason.length() > 500 ? reason.substring(0, 500) : reason;
        this.skippedAt = skippedAt;
    }

    public Long getId() { return id; }
    public Long getCandidateId() { return candidateId; }
    public Long getJobExecutionId() { return jobExecutionId; }
    public String getReason() { return reason; }
    public Instant getSkippedAt() { return skippedAt; }
}
