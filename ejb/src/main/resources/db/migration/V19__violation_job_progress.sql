-- V19: live progress of the violation-processing job per partition. JBeret keeps a partitioned step's counts
-- only when the step ends; the job's PartitionProgress listener adds each chunk's counts here in the chunk's own
-- transaction (so a rolled-back chunk counts nothing), and the console shows them while the job runs.
CREATE TABLE violation_job_progress (
    job_execution_id ${id} NOT NULL,
    partition_no     ${int} NOT NULL,
    cameras          ${varchar}(4000${chars}) NOT NULL,
    items_read       ${id} NOT NULL,
    items_written    ${id} NOT NULL,
    items_skipped    ${id} NOT NULL,
    chunks           ${id} NOT NULL,
    updated_at       ${timestamp} NOT NULL,
    CONSTRAINT pk_violation_job_progress PRIMARY KEY (job_execution_id, partition_no)
);
