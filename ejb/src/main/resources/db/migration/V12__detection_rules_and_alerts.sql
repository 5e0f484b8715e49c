-- V12: rules that turn detection events into alerts, and the alerts operators handle (issue #4).
-- A rule matches events of one camera (or all), one zone (or any), some labels, at least a score, inside a
-- daily time window (Vietnam's local time; a window may wrap past midnight), and per kind:
--   PRESENCE       an object is there (a person in a restricted zone at night, fire or smoke anywhere)
--   DWELL          the same tracked object has been in the zone at least min_duration_seconds (loitering,
--                  a vehicle stopped where stopping is forbidden)
--   CROWD          at least min_count distinct tracked objects in the zone within the last 60 seconds
--   CAMERA_STATUS  a camera reports a status among the labels (offline, tampered)
-- Rules are edited on the console; every version is kept (Envers, detection_rule_aud), and an alert records
-- the version of the rule that raised it.

CREATE SEQUENCE detection_rule_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE detection_rule (
    id                   ${id} NOT NULL,
    code                 ${varchar}(40${chars}) NOT NULL,
    name                 ${varchar}(200${chars}) NOT NULL,
    kind                 ${varchar}(16${chars}) NOT NULL,
    camera_code          ${varchar}(40${chars}),
    zone                 ${varchar}(40${chars}),
    labels               ${varchar}(200${chars}) NOT NULL,
    from_minute          ${int},
    to_minute            ${int},
    min_score            ${double},
    min_duration_seconds ${int},
    min_count            ${int},
    severity             ${varchar}(10${chars}) NOT NULL,
    category_code        ${varchar}(40${chars}) NOT NULL,
    active               ${bool} NOT NULL,
    changed_by           ${varchar}(100${chars}) NOT NULL,
    changed_at           ${timestamp} NOT NULL,
    version              ${int} NOT NULL,
    CONSTRAINT pk_detection_rule PRIMARY KEY (id),
    CONSTRAINT uk_detection_rule_code UNIQUE (code),
    CONSTRAINT ck_detection_rule_kind CHECK (kind IN ('PRESENCE', 'DWELL', 'CROWD', 'CAMERA_STATUS')),
    CONSTRAINT ck_detection_rule_severity CHECK (severity IN ('INFO', 'WARNING', 'CRITICAL')),
    CONSTRAINT ck_detection_rule_window CHECK ((from_minute IS NULL AND to_minute IS NULL)
        OR (from_minute BETWEEN 0 AND 1439 AND to_minute BETWEEN 0 AND 1439))
);

CREATE TABLE detection_rule_aud (
    id                   ${id} NOT NULL,
    rev                  ${id} NOT NULL,
    revtype              ${tinyint},
    code                 ${varchar}(40${chars}),
    name                 ${varchar}(200${chars}),
    kind                 ${varchar}(16${chars}),
    camera_code          ${varchar}(40${chars}),
    zone                 ${varchar}(40${chars}),
    labels               ${varchar}(200${chars}),
    from_minute          ${int},
    to_minute            ${int},
    min_score            ${double},
    min_duration_seconds ${int},
    min_count            ${int},
    severity             ${varchar}(10${chars}),
    category_code        ${varchar}(40${chars}),
    active               ${bool},
    changed_by           ${varchar}(100${chars}),
    changed_at           ${timestamp},
    CONSTRAINT pk_detection_rule_aud PRIMARY KEY (rev, id),
    CONSTRAINT fk_detection_rule_aud_rev FOREIGN KEY (rev) REFERENCES ioc_revision (id)
);

CREATE SEQUENCE camera_alert_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE camera_alert (
    id               ${id} NOT NULL,
    rule_id          ${id} NOT NULL,
    rule_code        ${varchar}(40${chars}) NOT NULL,
    rule_version     ${int} NOT NULL,
    severity         ${varchar}(10${chars}) NOT NULL,
    title            ${varchar}(300${chars}) NOT NULL,
    camera_code      ${varchar}(40${chars}) NOT NULL,
    zone             ${varchar}(40${chars}),
    label            ${varchar}(40${chars}),
    track_id         ${varchar}(80${chars}),
    event_id         ${varchar}(120${chars}) NOT NULL,
    snapshot_sha256  ${varchar}(64${chars}),
    dedupe_key       ${varchar}(250${chars}) NOT NULL,
    observed_at      ${timestamp} NOT NULL,
    raised_at        ${timestamp} NOT NULL,
    state            ${varchar}(12${chars}) NOT NULL,
    handled_by       ${varchar}(100${chars}),
    handled_at       ${timestamp},
    note             ${varchar}(1000${chars}),
    incident_id      ${id},
    version          ${int} NOT NULL,
    CONSTRAINT pk_camera_alert PRIMARY KEY (id),
    CONSTRAINT fk_camera_alert_rule FOREIGN KEY (rule_id) REFERENCES detection_rule (id),
    CONSTRAINT ck_camera_alert_state CHECK (state IN ('NEW', 'ACKNOWLEDGED', 'DISMISSED', 'ESCALATED')),
    CONSTRAINT ck_camera_alert_severity CHECK (severity IN ('INFO', 'WARNING', 'CRITICAL'))
);
CREATE INDEX ix_camera_alert_state ON camera_alert (state, raised_at);
CREATE INDEX ix_camera_alert_dedupe ON camera_alert (dedupe_key, raised_at);
CREATE INDEX ix_detection_event_track ON detection_event (camera_code, track_id, observed_at);

-- The launch's rules (times are Vietnam's local time, minutes of the day: 1320 = 22:00, 300 = 05:00).
INSERT INTO detection_rule (id, code, name, kind, camera_code, zone, labels, from_minute, to_minute, min_score, min_duration_seconds, min_count, severity, category_code, active, changed_by, changed_at, version)
VALUES (1, 'night-intrusion-square', 'Người vào khu vực cấm ban đêm – Quảng trường', 'PRESENCE', 'LC-TP-002', 'restricted', 'person', 1320, 300, 0.6, NULL, NULL, 'CRITICAL', 'public-order', ${true}, 'system', TIMESTAMP '2026-11-25 00:00:00', 0);
INSERT INTO detection_rule (id, code, name, kind, camera_code, zone, labels, from_minute, to_minute, min_score, min_duration_seconds, min_count, severity, category_code, active, changed_by, changed_at, version)
VALUES (2, 'fire-smoke', 'Cháy hoặc khói', 'PRESENCE', NULL, NULL, 'fire,smoke', NULL, NULL, 0.7, NULL, NULL, 'CRITICAL', 'fire', ${true}, 'system', TIMESTAMP '2026-11-25 00:00:00', 0);
INSERT INTO detection_rule (id, code, name, kind, camera_code, zone, labels, from_minute, to_minute, min_score, min_duration_seconds, min_count, severity, category_code, active, changed_by, changed_at, version)
VALUES (3, 'market-crowd', 'Tụ tập đông người – Chợ trung tâm', 'CROWD', 'LC-DK-002', NULL, 'person', NULL, NULL, 0.5, NULL, 5, 'WARNING', 'public-order', ${true}, 'system', TIMESTAMP '2026-11-25 00:00:00', 0);
INSERT INTO detection_rule (id, code, name, kind, camera_code, zone, labels, from_minute, to_minute, min_score, min_duration_seconds, min_count, severity, category_code, active, changed_by, changed_at, version)
VALUES (4, 'square-loitering', 'Lảng vảng quá 5 phút – Quảng trường', 'DWELL', 'LC-TP-002', NULL, 'person', NULL, NULL, 0.5, 300, NULL, 'WARNING', 'public-order', ${true}, 'system', TIMESTAMP '2026-11-25 00:00:00', 0);
INSERT INTO detection_rule (id, code, name, kind, camera_code, zone, labels, from_minute, to_minute, min_score, min_duration_seconds, min_count, severity, category_code, active, changed_by, changed_at, version)
VALUES (5, 'no-stopping-le-loi', 'Dừng xe nơi cấm dừng – Đại lộ Lê Lợi', 'DWELL', 'LC-DK-001', 'no-stopping', 'car,truck,bus,motorbike', NULL, NULL, 0.5, 120, NULL, 'WARNING', 'traffic', ${true}, 'system', TIMESTAMP '2026-11-25 00:00:00', 0);
INSERT INTO detection_rule (id, code, name, kind, camera_code, zone, labels, from_minute, to_minute, min_score, min_duration_seconds, min_count, severity, category_code, active, changed_by, changed_at, version)
VALUES (6, 'camera-tampered', 'Camera mất tín hiệu hoặc bị can thiệp', 'CAMERA_STATUS', NULL, NULL, 'offline,tampered', NULL, NULL, NULL, NULL, NULL, 'WARNING', 'public-order', ${true}, 'system', TIMESTAMP '2026-11-25 00:00:00', 0);
