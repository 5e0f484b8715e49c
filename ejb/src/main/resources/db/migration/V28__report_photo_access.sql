-- V28: the access log of citizens' photos (personal data): every look, approval and withdrawal by staff, and
-- every refused one (another department's incident), as evidence_access is for camera evidence.
CREATE SEQUENCE report_photo_access_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE report_photo_access (
    id          ${id} NOT NULL,
    photo_id    ${id} NOT NULL,
    accessed_by ${varchar}(100${chars}) NOT NULL,
    accessed_at ${timestamp} NOT NULL,
    action      ${varchar}(10${chars}) NOT NULL,
    allowed     ${bool} NOT NULL,
    CONSTRAINT pk_report_photo_access PRIMARY KEY (id),
    CONSTRAINT ck_report_photo_access_action CHECK (action IN ('VIEW', 'APPROVE', 'WITHDRAW'))
);
CREATE INDEX ix_report_photo_access_photo ON report_photo_access (photo_id, accessed_at);
