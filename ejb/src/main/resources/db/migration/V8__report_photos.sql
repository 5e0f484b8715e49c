-- V8: citizens' photos. Kept in the database (one backup, every node sees them): re-encoded, without any
-- EXIF/XMP metadata, at most 5 per report and 5 MB each. A photo is public only once staff approved it.
CREATE SEQUENCE report_photo_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE report_photo (
    id            ${id} NOT NULL,
    report_id     ${id} NOT NULL,
    position      ${int} NOT NULL,
    content_type  ${varchar}(20${chars}) NOT NULL,
    size_bytes    ${int} NOT NULL,
    width         ${int} NOT NULL,
    height        ${int} NOT NULL,
    sha256        ${varchar}(64${chars}) NOT NULL,
    data          ${bytes} NOT NULL,
    approved      ${bool} NOT NULL,
    reviewed_by   ${varchar}(100${chars}),
    reviewed_at   ${timestamp},
    CONSTRAINT pk_report_photo PRIMARY KEY (id),
    CONSTRAINT ck_report_photo_type CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp')),
    CONSTRAINT fk_report_photo_report FOREIGN KEY (report_id) REFERENCES citizen_report (id)
);
CREATE INDEX ix_report_photo_report ON report_photo (report_id, position);
