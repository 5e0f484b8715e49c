-- V33: every export a staff member downloads (CSV, XLSX of the analytics pages): who, what, with which
-- parameters, how many rows, when (issue #21); auditors read it on /console/audit.
CREATE SEQUENCE download_log_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE download_log (
    id             ${id} NOT NULL,
    username       ${varchar}(100${chars}) NOT NULL,
    what           ${varchar}(60${chars}) NOT NULL,
    file_format    ${varchar}(8${chars}) NOT NULL,
    parameters     ${varchar}(500${chars}),
    row_count      ${int} NOT NULL,
    downloaded_at  ${timestamp} NOT NULL,
    CONSTRAINT pk_download_log PRIMARY KEY (id)
);
CREATE INDEX ix_download_log_at ON download_log (downloaded_at);
