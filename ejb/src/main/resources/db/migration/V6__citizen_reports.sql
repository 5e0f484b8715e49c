-- V6: citizen reports (portal and Open311 service requests are the same thing underneath), the Open311
-- API clients, and the province's bounding box used to refuse coordinates outside it.

ALTER TABLE province ADD min_latitude ${double};
ALTER TABLE province ADD max_latitude ${double};
ALTER TABLE province ADD min_longitude ${double};
ALTER TABLE province ADD max_longitude ${double};
-- Lai Châu spans about 21°41'–22°49' N and 102°19'–103°59' E; the box is rounded outwards by ~1 km.
UPDATE province SET min_latitude = 21.67, max_latitude = 22.83, min_longitude = 102.31, max_longitude = 104.00
 WHERE code = 'LAI_CHAU';

CREATE SEQUENCE open311_client_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE open311_client (
    id          ${id} NOT NULL,
    name        ${varchar}(200${chars}) NOT NULL,
    key_prefix  ${varchar}(8${chars}) NOT NULL,
    key_hash    ${varchar}(64${chars}) NOT NULL,
    issued_by   ${varchar}(100${chars}) NOT NULL,
    issued_at   ${timestamp} NOT NULL,
    revoked_by  ${varchar}(100${chars}),
    revoked_at  ${timestamp},
    CONSTRAINT pk_open311_client PRIMARY KEY (id),
    CONSTRAINT uk_open311_client_key UNIQUE (key_hash)
);

-- The public id (Open311 service_request_id) is the sequence number; the tracking code is the citizen's
-- secret for following, answering, re-opening and rating. Personal data (name, phone, email) is never shown
-- publicly; client_hash is a keyed hash of the sender's address, kept only for the rate limits.
CREATE SEQUENCE citizen_report_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE citizen_report (
    id              ${id} NOT NULL,
    tracking_code   ${varchar}(12${chars}) NOT NULL,
    incident_id     ${id}, -- set when the report is filed, in the same transaction (the incident's source names the report)
    category_code   ${varchar}(40${chars}) NOT NULL,
    description     ${varchar}(4000${chars}),
    ward_code       ${varchar}(20${chars}),
    address         ${varchar}(500${chars}),
    latitude        ${double},
    longitude       ${double},
    media_url       ${varchar}(500${chars}),
    reporter_name   ${varchar}(100${chars}),
    reporter_phone  ${varchar}(20${chars}),
    reporter_email  ${varchar}(200${chars}),
    language        ${varchar}(2${chars}) NOT NULL,
    channel         ${varchar}(10${chars}) NOT NULL,
    api_client_id   ${id},
    client_hash     ${varchar}(64${chars}) NOT NULL,
    submitted_at    ${timestamp} NOT NULL,
    consent_at      ${timestamp} NOT NULL,
    rating          ${int},
    rating_comment  ${varchar}(1000${chars}),
    rated_at        ${timestamp},
    version         ${int} NOT NULL,
    CONSTRAINT pk_citizen_report PRIMARY KEY (id),
    CONSTRAINT uk_citizen_report_tracking UNIQUE (tracking_code),
    CONSTRAINT ck_citizen_report_channel CHECK (channel IN ('PORTAL', 'OPEN311')),
    CONSTRAINT ck_citizen_report_rating CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),
    CONSTRAINT fk_citizen_report_incident FOREIGN KEY (incident_id) REFERENCES incident (id),
    CONSTRAINT fk_citizen_report_client FOREIGN KEY (api_client_id) REFERENCES open311_client (id)
);
CREATE INDEX ix_citizen_report_incident ON citizen_report (incident_id);
CREATE INDEX ix_citizen_report_client ON citizen_report (client_hash, submitted_at);
CREATE INDEX ix_citizen_report_email ON citizen_report (reporter_email, submitted_at);
CREATE INDEX ix_citizen_report_phone ON citizen_report (reporter_phone, submitted_at);
CREATE INDEX ix_citizen_report_submitted ON citizen_report (submitted_at);
-- "the same problem?": open incidents of a category near a point
CREATE INDEX ix_incident_category_position ON incident (category_code, latitude, longitude);
