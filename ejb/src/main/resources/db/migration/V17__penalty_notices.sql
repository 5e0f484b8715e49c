-- V17: penalty notices (issue #5): the notice-issuing job renders one PDF per confirmed violation, stores it
-- here in the chunk transaction that marks the violation NOTICE_ISSUED, and exports the job's notices as CSV and
-- XML (docs/batch.md). The number is derived from the violation, so a restarted job cannot issue it twice.

CREATE SEQUENCE penalty_notice_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE penalty_notice (
    id               ${id} NOT NULL,
    violation_id     ${id} NOT NULL,
    notice_number    ${varchar}(30${chars}) NOT NULL,
    issued_at        ${timestamp} NOT NULL,
    pdf              ${bytes} NOT NULL,
    pdf_sha256       ${varchar}(64${chars}) NOT NULL,
    job_instance_id  ${id} NOT NULL,
    CONSTRAINT pk_penalty_notice PRIMARY KEY (id),
    CONSTRAINT uk_penalty_notice_violation UNIQUE (violation_id),
    CONSTRAINT uk_penalty_notice_number UNIQUE (notice_number),
    CONSTRAINT fk_penalty_notice_violation FOREIGN KEY (violation_id) REFERENCES violation (id)
);
CREATE INDEX ix_penalty_notice_job ON penalty_notice (job_instance_id);
