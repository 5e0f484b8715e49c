package vn.smartcity.ioc.violation.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * What one partition of a violation-processing execution has done so far: candidates read, handed to the writer
 * (violations and duplicates) and skipped, in committed chunks (JBeret itself counts a partitioned step only at
 * its end). A restarted execution counts afresh under its own id.
 */
@Entity
@Table(name = "violation_job_progress")
@IdClass(JobPartitionProgress.Key.class)
public class JobPartitionProgress {

    /** The key: execution and partition. */
    public static class Key implements Serializable {
        private Long jobExecutionId;
        private Integer partitionNo;

        public Key() {
        }

        public Key(long jobExecutionId, int partitionNo) {
            this.jobExecutionId = jobExecutionId;
            this.partitionNo = partitionNo;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(jobExecutionId, k.jobExecutionId) && Objects.equals(partitionNo, k.partitionNo);
        }

        @Override
        public int hashCode() {
            return Objects.hash(jobExecutionId, partitionNo);
        }
    }

    @Id
    @Column(name = "job_execution_id")
    private Long jobExecutionId;

    @Id
    @Column(name = "partition_no")
    private Integer partitionNo;

    @Column(name = "cameras", nullable = false, length = 4000)
    private String cameras;

    @Column(name = "items_read", nullable = false)
    private long read;

    @Column(name = "items_written", nullable = false)
    private long written;

    @Column(name = "items_skipped", nullable = false)
    private long skipped;

    @Column(name = "chunks", nullable = false)
    private long chunks;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected JobPartitionProgress() {
    }

    public JobPartitionProgress(long jobExecutionId, int partitionNo, String cameras) {
        this.jobExecutionId = jobExecutionId;
        this.partitionNo = partitionNo;
        this.cameras = cameras.length() > 4000 ? cameras.substring(0, 3997) + "…" : cameras;
    }

    /** Adds a committed chunk's counts. */
    public void chunk(long read, long written, long skipped, Instant at) {
        this.read += read;
        this.written += written;
        this.skipped += skipped;
        this.chunks++;
        this.updatedAt = at;
    }

    public Long getJobExecutionId() { return jobExecutionId; }
    public Integer getPartitionNo() { return partitionNo; }
    public String getCameras() { return cameras; }
    public long getRead() { return read; }
    public long getWritten() { return written; }
    public long getSkipped() { return skipped; }
    public long getChunks() { return chunks; }
    public Instant getUpdatedAt() { return updatedAt; }
}
