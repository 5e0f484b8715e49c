-- V11: the camera registry and the detection events cameras and analytics workers send (issue #4).
-- A detection event is stored once under its event id (uk_detection_event_event_id): the JMS queue, the REST
-- door and the MQTT bridge all write through the same application service, which skips ids already stored,
-- so a redelivered or re-sent event never becomes a second row.

CREATE SEQUENCE camera_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE camera (
    id                     ${id} NOT NULL,
    code                   ${varchar}(40${chars}) NOT NULL,
    name                   ${varchar}(200${chars}) NOT NULL,
    kind                   ${varchar}(12${chars}) NOT NULL,
    ward_id                ${id},
    latitude               ${double},
    longitude              ${double},
    address                ${varchar}(300${chars}),
    stream_url             ${varchar}(500${chars}),
    external_name          ${varchar}(60${chars}),
    direction              ${varchar}(60${chars}),
    lanes                  ${int},
    speed_limit_kmh        ${int},
    geometry               ${varchar}(4000${chars}),
    retention_days_security ${int} NOT NULL,
    retention_days_traffic ${int} NOT NULL,
    status                 ${varchar}(12${chars}) NOT NULL,
    last_seen_at           ${timestamp},
    active                 ${bool} NOT NULL,
    version                ${int} NOT NULL,
    CONSTRAINT pk_camera PRIMARY KEY (id),
    CONSTRAINT uk_camera_code UNIQUE (code),
    CONSTRAINT uk_camera_external_name UNIQUE (external_name),
    CONSTRAINT fk_camera_ward FOREIGN KEY (ward_id) REFERENCES ward (id),
    CONSTRAINT ck_camera_kind CHECK (kind IN ('SECURITY', 'TRAFFIC', 'ANPR')),
    CONSTRAINT ck_camera_status CHECK (status IN ('UNKNOWN', 'ONLINE', 'OFFLINE', 'TAMPERED'))
);

-- ids from a sequence with a large step: the consumer stores events in batches of hundreds and asks the
-- database for a new block of ids once per 500 rows
CREATE SEQUENCE detection_event_seq START WITH 1 INCREMENT BY 500;
CREATE TABLE detection_event (
    id               ${id} NOT NULL,
    event_id         ${varchar}(120${chars}) NOT NULL,
    camera_code      ${varchar}(40${chars}) NOT NULL,
    door             ${varchar}(8${chars}) NOT NULL,
    sender           ${varchar}(100${chars}),
    kind             ${varchar}(16${chars}) NOT NULL,
    phase            ${varchar}(8${chars}),
    track_id         ${varchar}(80${chars}),
    label            ${varchar}(40${chars}),
    score            ${double},
    zones            ${varchar}(400${chars}),
    box              ${varchar}(80${chars}),
    speed_kmh        ${double},
    lane             ${int},
    plate_text       ${varchar}(30${chars}),
    camera_status    ${varchar}(12${chars}),
    snapshot_sha256  ${varchar}(64${chars}),
    observed_at      ${timestamp} NOT NULL,
    received_at      ${timestamp} NOT NULL,
    CONSTRAINT pk_detection_event PRIMARY KEY (id),
    CONSTRAINT uk_detection_event_event_id UNIQUE (event_id),
    CONSTRAINT ck_detection_event_door CHECK (door IN ('JMS', 'REST', 'MQTT')),
    CONSTRAINT ck_detection_event_kind CHECK (kind IN ('OBJECT', 'REVIEW', 'CAMERA_STATUS'))
);
CREATE INDEX ix_detection_event_camera ON detection_event (camera_code, observed_at);
CREATE INDEX ix_detection_event_observed ON detection_event (observed_at);

-- The cameras of the launch (Lai Châu's IOC): the city centre's intersections and public places. Stream URLs
-- are the recorder's; the worker and Frigate reach them, the IOC never does. external_name = the camera's
-- name in Frigate (MQTT bridge).
INSERT INTO camera (id, code, name, kind, ward_id, latitude, longitude, address, stream_url, external_name, direction, lanes, speed_limit_kmh, geometry, retention_days_security, retention_days_traffic, status, last_seen_at, active, version)
VALUES (1, 'LC-TP-001', 'Ngã tư Trần Hưng Đạo – Lê Duẩn', 'TRAFFIC', 1, 22.3958, 103.4589, 'Ngã tư Trần Hưng Đạo – Lê Duẩn, phường Tân Phong', 'rtsp://nvr-01.ioc.laichau.gov.vn/cam001', 'tran_hung_dao_le_duan', 'Bắc → Nam', 3, 50, NULL, 30, 365, 'UNKNOWN', NULL, ${true}, 0);
INSERT INTO camera (id, code, name, kind, ward_id, latitude, longitude, address, stream_url, external_name, direction, lanes, speed_limit_kmh, geometry, retention_days_security, retention_days_traffic, status, last_seen_at, active, version)
VALUES (2, 'LC-TP-002', 'Quảng trường Nhân dân tỉnh', 'SECURITY', 1, 22.3969, 103.4571, 'Quảng trường Nhân dân, phường Tân Phong', 'rtsp://nvr-01.ioc.laichau.gov.vn/cam002', 'quang_truong', NULL, NULL, NULL, NULL, 30, 365, 'UNKNOWN', NULL, ${true}, 0);
INSERT INTO camera (id, code, name, kind, ward_id, latitude, longitude, address, stream_url, external_name, direction, lanes, speed_limit_kmh, geometry, retention_days_security, retention_days_traffic, status, last_seen_at, active, version)
VALUES (3, 'LC-DK-001', 'Ngã ba Đại lộ Lê Lợi – Nguyễn Chí Thanh', 'TRAFFIC', 2, 22.3871, 103.4693, 'Đại lộ Lê Lợi, phường Đoàn Kết', 'rtsp://nvr-02.ioc.laichau.gov.vn/cam003', 'le_loi_nguyen_chi_thanh', 'Đông → Tây', 2, 60, NULL, 30, 365, 'UNKNOWN', NULL, ${true}, 0);
INSERT INTO camera (id, code, name, kind, ward_id, latitude, longitude, address, stream_url, external_name, direction, lanes, speed_limit_kmh, geometry, retention_days_security, retention_days_traffic, status, last_seen_at, active, version)
VALUES (4, 'LC-DK-002', 'Chợ trung tâm Đoàn Kết', 'SECURITY', 2, 22.3858, 103.4712, 'Chợ trung tâm, phường Đoàn Kết', 'rtsp://nvr-02.ioc.laichau.gov.vn/cam004', 'cho_trung_tam', NULL, NULL, NULL, NULL, 30, 365, 'UNKNOWN', NULL, ${true}, 0);
INSERT INTO camera (id, code, name, kind, ward_id, latitude, longitude, address, stream_url, external_name, direction, lanes, speed_limit_kmh, geometry, retention_days_security, retention_days_traffic, status, last_seen_at, active, version)
VALUES (5, 'LC-TP-003', 'Cổng Trường THPT chuyên Lê Quý Đôn (biển số)', 'ANPR', 1, 22.3945, 103.4601, 'Đường Trần Phú, phường Tân Phong', 'rtsp://nvr-01.ioc.laichau.gov.vn/cam005', 'le_quy_don_anpr', 'Tây → Đông', 2, 40, NULL, 30, 365, 'UNKNOWN', NULL, ${true}, 0);
