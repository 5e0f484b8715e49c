-- V10: traffic violations from camera evidence (phạt nguội). The fine schedule is data with effective dates
-- (a new decree = a new schedule, the old one keeps fining what happened while it was in force; the dates are
-- Vietnam's calendar days: effective_to is the last day in force); candidates
-- come from the detection pipeline (or an import); the violation-processing job turns them into violations
-- that traffic officers review.

CREATE SEQUENCE fine_schedule_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE fine_schedule (
    id              ${id} NOT NULL,
    decree          ${varchar}(60${chars}) NOT NULL,
    title           ${varchar}(300${chars}) NOT NULL,
    effective_from  ${date} NOT NULL,
    effective_to    ${date},
    created_by      ${varchar}(100${chars}) NOT NULL,
    created_at      ${timestamp} NOT NULL,
    CONSTRAINT pk_fine_schedule PRIMARY KEY (id),
    CONSTRAINT uk_fine_schedule_decree UNIQUE (decree)
);

CREATE SEQUENCE fine_rule_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE fine_rule (
    id              ${id} NOT NULL,
    schedule_id     ${id} NOT NULL,
    violation_kind  ${varchar}(20${chars}) NOT NULL,
    vehicle_class   ${varchar}(12${chars}) NOT NULL,
    over_min_kmh    ${int},
    over_max_kmh    ${int},
    fine_min        ${id} NOT NULL,
    fine_max        ${id} NOT NULL,
    points          ${int} NOT NULL,
    legal_basis     ${varchar}(200${chars}) NOT NULL,
    verified        ${bool} NOT NULL,
    CONSTRAINT pk_fine_rule PRIMARY KEY (id),
    CONSTRAINT fk_fine_rule_schedule FOREIGN KEY (schedule_id) REFERENCES fine_schedule (id),
    CONSTRAINT ck_fine_rule_kind CHECK (violation_kind IN ('RED_LIGHT', 'SPEEDING', 'WRONG_WAY', 'WRONG_LANE',
                                                           'NO_HELMET', 'ILLEGAL_STOP', 'ILLEGAL_PARKING')),
    CONSTRAINT ck_fine_rule_class CHECK (vehicle_class IN ('CAR', 'MOTORBIKE', 'TRUCK'))
);
CREATE INDEX ix_fine_rule_schedule ON fine_rule (schedule_id, violation_kind, vehicle_class);

CREATE SEQUENCE vehicle_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE vehicle (
    id             ${id} NOT NULL,
    plate          ${varchar}(20${chars}) NOT NULL,
    vehicle_class  ${varchar}(12${chars}) NOT NULL,
    owner_name     ${varchar}(200${chars}) NOT NULL,
    owner_address  ${varchar}(500${chars}),
    imported_at    ${timestamp} NOT NULL,
    CONSTRAINT pk_vehicle PRIMARY KEY (id),
    CONSTRAINT uk_vehicle_plate UNIQUE (plate),
    CONSTRAINT ck_vehicle_class CHECK (vehicle_class IN ('CAR', 'MOTORBIKE', 'TRUCK'))
);

CREATE SEQUENCE violation_candidate_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE violation_candidate (
    id               ${id} NOT NULL,
    camera_code      ${varchar}(40${chars}) NOT NULL,
    violation_kind   ${varchar}(20${chars}) NOT NULL,
    plate_text       ${varchar}(30${chars}),
    vehicle_class    ${varchar}(12${chars}),
    observed_at      ${timestamp} NOT NULL,
    speed_kmh        ${int},
    limit_kmh        ${int},
    place            ${varchar}(300${chars}),
    evidence         ${bytes},
    evidence_sha256  ${varchar}(64${chars}),
    status           ${varchar}(12${chars}) NOT NULL,
    CONSTRAINT pk_violation_candidate PRIMARY KEY (id),
    CONSTRAINT ck_violation_candidate_status CHECK (status IN ('NEW', 'PROCESSED', 'DUPLICATE', 'SKIPPED'))
);
CREATE INDEX ix_violation_candidate_status ON violation_candidate (status, id);

CREATE SEQUENCE violation_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE violation (
    id               ${id} NOT NULL,
    candidate_id     ${id} NOT NULL,
    plate            ${varchar}(20${chars}) NOT NULL,
    vehicle_class    ${varchar}(12${chars}),
    violation_kind   ${varchar}(20${chars}) NOT NULL,
    camera_code      ${varchar}(40${chars}) NOT NULL,
    observed_at      ${timestamp} NOT NULL,
    place            ${varchar}(300${chars}),
    speed_kmh        ${int},
    limit_kmh        ${int},
    owner_name       ${varchar}(200${chars}),
    owner_address    ${varchar}(500${chars}),
    fine_rule_id     ${id},
    fine_min         ${id},
    fine_max         ${id},
    points           ${int},
    legal_basis      ${varchar}(200${chars}),
    state            ${varchar}(16${chars}) NOT NULL,
    review_note      ${varchar}(1000${chars}),
    first_confirmed_by ${varchar}(100${chars}),
    first_confirmed_at ${timestamp},
    reviewed_by      ${varchar}(100${chars}),
    reviewed_at      ${timestamp},
    job_execution_id ${id},
    created_at       ${timestamp} NOT NULL,
    version          ${int} NOT NULL,
    CONSTRAINT pk_violation PRIMARY KEY (id),
    CONSTRAINT uk_violation_candidate UNIQUE (candidate_id),
    CONSTRAINT fk_violation_candidate FOREIGN KEY (candidate_id) REFERENCES violation_candidate (id),
    CONSTRAINT ck_violation_state CHECK (state IN ('AWAITING_REVIEW', 'MANUAL_REVIEW', 'CONFIRMED', 'REJECTED',
                                                   'NOTICE_ISSUED'))
);
CREATE INDEX ix_violation_state ON violation (state, observed_at);
CREATE INDEX ix_violation_plate ON violation (plate, camera_code, violation_kind, observed_at);

-- every officer's decision on a violation is kept (Hibernate Envers, revisions in ioc_revision)
CREATE TABLE violation_aud (
    id               ${id} NOT NULL,
    rev              ${id} NOT NULL,
    revtype          ${tinyint},
    candidate_id     ${id},
    plate            ${varchar}(20${chars}),
    vehicle_class    ${varchar}(12${chars}),
    violation_kind   ${varchar}(20${chars}),
    camera_code      ${varchar}(40${chars}),
    observed_at      ${timestamp},
    place            ${varchar}(300${chars}),
    speed_kmh        ${int},
    limit_kmh        ${int},
    owner_name       ${varchar}(200${chars}),
    owner_address    ${varchar}(500${chars}),
    fine_rule_id     ${id},
    fine_min         ${id},
    fine_max         ${id},
    points           ${int},
    legal_basis      ${varchar}(200${chars}),
    state            ${varchar}(16${chars}),
    review_note      ${varchar}(1000${chars}),
    first_confirmed_by ${varchar}(100${chars}),
    first_confirmed_at ${timestamp},
    reviewed_by      ${varchar}(100${chars}),
    reviewed_at      ${timestamp},
    job_execution_id ${id},
    created_at       ${timestamp},
    CONSTRAINT pk_violation_aud PRIMARY KEY (rev, id),
    CONSTRAINT fk_violation_aud_rev FOREIGN KEY (rev) REFERENCES ioc_revision (id)
);

CREATE SEQUENCE violation_skip_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE violation_skip (
    id               ${id} NOT NULL,
    candidate_id     ${id} NOT NULL,
    job_execution_id ${id},
    reason           ${varchar}(500${chars}) NOT NULL,
    skipped_at       ${timestamp} NOT NULL,
    CONSTRAINT pk_violation_skip PRIMARY KEY (id)
);
CREATE INDEX ix_violation_skip_execution ON violation_skip (job_execution_id);

-- Decree 168/2024/NĐ-CP (in force from 1 January 2025): the violations cameras catch. verified = FALSE: the
-- amounts, points and clauses were entered from secondary sources and not checked against the official text
-- of the decree; the traffic police must confirm each rule (console) before notices are issued with it.
INSERT INTO fine_schedule VALUES (1, '168/2024/NĐ-CP', 'Nghị định 168/2024/NĐ-CP quy định xử phạt vi phạm hành chính về trật tự, an toàn giao thông trong lĩnh vực giao thông đường bộ',
    DATE '2025-01-01', NULL, 'system', CURRENT_TIMESTAMP);
INSERT INTO fine_rule VALUES (1, 1, 'RED_LIGHT', 'CAR', NULL, NULL, 18000000, 20000000, 4, 'Điều 6 khoản 9 điểm b', ${false});
INSERT INTO fine_rule VALUES (2, 1, 'RED_LIGHT', 'TRUCK', NULL, NULL, 18000000, 20000000, 4, 'Điều 6 khoản 9 điểm b', ${false});
INSERT INTO fine_rule VALUES (3, 1, 'RED_LIGHT', 'MOTORBIKE', NULL, NULL, 4000000, 6000000, 4, 'Điều 7 khoản 7 điểm c', ${false});
INSERT INTO fine_rule VALUES (4, 1, 'WRONG_WAY', 'CAR', NULL, NULL, 18000000, 20000000, 4, 'Điều 6 khoản 9 điểm d', ${false});
INSERT INTO fine_rule VALUES (5, 1, 'WRONG_WAY', 'TRUCK', NULL, NULL, 18000000, 20000000, 4, 'Điều 6 khoản 9 điểm d', ${false});
INSERT INTO fine_rule VALUES (6, 1, 'WRONG_WAY', 'MOTORBIKE', NULL, NULL, 4000000, 6000000, 4, 'Điều 7 khoản 7 điểm a', ${false});
INSERT INTO fine_rule VALUES (7, 1, 'SPEEDING', 'CAR', 5, 10, 800000, 1000000, 0, 'Điều 6 khoản 3 điểm a', ${false});
INSERT INTO fine_rule VALUES (8, 1, 'SPEEDING', 'CAR', 10, 20, 4000000, 6000000, 2, 'Điều 6 khoản 5 điểm đ', ${false});
INSERT INTO fine_rule VALUES (9, 1, 'SPEEDING', 'CAR', 20, 35, 6000000, 8000000, 4, 'Điều 6 khoản 6 điểm a', ${false});
INSERT INTO fine_rule VALUES (10, 1, 'SPEEDING', 'CAR', 35, NULL, 12000000, 14000000, 6, 'Điều 6 khoản 7 điểm a', ${false});
INSERT INTO fine_rule VALUES (11, 1, 'SPEEDING', 'TRUCK', 5, 10, 800000, 1000000, 0, 'Điều 6 khoản 3 điểm a', ${false});
INSERT INTO fine_rule VALUES (12, 1, 'SPEEDING', 'TRUCK', 10, 20, 4000000, 6000000, 2, 'Điều 6 khoản 5 điểm đ', ${false});
INSERT INTO fine_rule VALUES (13, 1, 'SPEEDING', 'TRUCK', 20, 35, 6000000, 8000000, 4, 'Điều 6 khoản 6 điểm a', ${false});
INSERT INTO fine_rule VALUES (14, 1, 'SPEEDING', 'TRUCK', 35, NULL, 12000000, 14000000, 6, 'Điều 6 khoản 7 điểm a', ${false});
INSERT INTO fine_rule VALUES (15, 1, 'SPEEDING', 'MOTORBIKE', 5, 10, 400000, 600000, 0, 'Điều 7 khoản 2 điểm a', ${false});
INSERT INTO fine_rule VALUES (16, 1, 'SPEEDING', 'MOTORBIKE', 10, 20, 800000, 1000000, 0, 'Điều 7 khoản 4 điểm a', ${false});
INSERT INTO fine_rule VALUES (17, 1, 'SPEEDING', 'MOTORBIKE', 20, NULL, 6000000, 8000000, 4, 'Điều 7 khoản 8 điểm a', ${false});
INSERT INTO fine_rule VALUES (18, 1, 'WRONG_LANE', 'CAR', NULL, NULL, 4000000, 6000000, 2, 'Điều 6 khoản 5 điểm a', ${false});
INSERT INTO fine_rule VALUES (19, 1, 'WRONG_LANE', 'TRUCK', NULL, NULL, 4000000, 6000000, 2, 'Điều 6 khoản 5 điểm a', ${false});
INSERT INTO fine_rule VALUES (20, 1, 'WRONG_LANE', 'MOTORBIKE', NULL, NULL, 600000, 800000, 0, 'Điều 7 khoản 3 điểm a', ${false});
INSERT INTO fine_rule VALUES (21, 1, 'NO_HELMET', 'MOTORBIKE', NULL, NULL, 400000, 600000, 0, 'Điều 7 khoản 2 điểm h', ${false});
INSERT INTO fine_rule VALUES (22, 1, 'ILLEGAL_STOP', 'CAR', NULL, NULL, 800000, 1000000, 0, 'Điều 6 khoản 3 điểm đ', ${false});
INSERT INTO fine_rule VALUES (23, 1, 'ILLEGAL_STOP', 'TRUCK', NULL, NULL, 800000, 1000000, 0, 'Điều 6 khoản 3 điểm đ', ${false});
INSERT INTO fine_rule VALUES (24, 1, 'ILLEGAL_STOP', 'MOTORBIKE', NULL, NULL, 400000, 600000, 0, 'Điều 7 khoản 2 điểm đ', ${false});
INSERT INTO fine_rule VALUES (25, 1, 'ILLEGAL_PARKING', 'CAR', NULL, NULL, 800000, 1000000, 0, 'Điều 6 khoản 3 điểm e', ${false});
INSERT INTO fine_rule VALUES (26, 1, 'ILLEGAL_PARKING', 'TRUCK', NULL, NULL, 800000, 1000000, 0, 'Điều 6 khoản 3 điểm e', ${false});
INSERT INTO fine_rule VALUES (27, 1, 'ILLEGAL_PARKING', 'MOTORBIKE', NULL, NULL, 400000, 600000, 0, 'Điều 7 khoản 2 điểm e', ${false});
