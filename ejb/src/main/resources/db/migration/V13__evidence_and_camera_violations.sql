-- V13: evidence images of detection events, kept once per content hash (SHA-256) for the retention days of
-- their purpose (the camera's retention_days_security or retention_days_traffic), then purged; every look at
-- one is logged (evidence_access). Detection events may name a violation the camera saw (violation_kind):
-- those become violation candidates for the violation-processing job.

CREATE SEQUENCE evidence_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE evidence (
    id            ${id} NOT NULL,
    sha256        ${varchar}(64${chars}) NOT NULL,
    media_type    ${varchar}(20${chars}) NOT NULL,
    bytes         ${bytes} NOT NULL,
    size_bytes    ${int} NOT NULL,
    camera_code   ${varchar}(40${chars}) NOT NULL,
    purpose       ${varchar}(10${chars}) NOT NULL,
    captured_at   ${timestamp} NOT NULL,
    retain_until  ${timestamp} NOT NULL,
    stored_at     ${timestamp} NOT NULL,
    CONSTRAINT pk_evidence PRIMARY KEY (id),
    CONSTRAINT uk_evidence_sha256 UNIQUE (sha256),
    CONSTRAINT ck_evidence_purpose CHECK (purpose IN ('SECURITY', 'TRAFFIC'))
);
CREATE INDEX ix_evidence_retain ON evidence (retain_until);

CREATE SEQUENCE evidence_access_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE evidence_access (
    id           ${id} NOT NULL,
    sha256       ${varchar}(64${chars}) NOT NULL,
    accessed_by  ${varchar}(100${chars}) NOT NULL,
    accessed_at  ${timestamp} NOT NULL,
    found        ${bool} NOT NULL,
    CONSTRAINT pk_evidence_access PRIMARY KEY (id)
);
CREATE INDEX ix_evidence_access_sha ON evidence_access (sha256, accessed_at);

ALTER TABLE detection_event ADD violation_kind ${varchar}(20${chars});
