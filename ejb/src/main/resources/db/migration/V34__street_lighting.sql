-- V34: smart street lighting (service 7, issue #23). Programs of switch points (a time of day or sunset/sunrise
-- with an offset), calendars choosing a program by date range and weekday, special days, operators' overrides;
-- groups, control cabinets and luminaires with what each last reported; the faults telemetry revealed; the commands
-- to the gateways (override, resume, the schedule they keep) until acknowledged or expired.
-- (LEVEL and MODEL are Oracle keywords: the columns are dim_level and model_name.)

CREATE TABLE lighting_program (
    code          ${varchar}(40${chars}) NOT NULL,
    name_vi       ${varchar}(200${chars}) NOT NULL,
    name_en       ${varchar}(200${chars}) NOT NULL,
    points        ${varchar}(600${chars}) NOT NULL,
    updated_by    ${varchar}(100${chars}) NOT NULL,
    updated_at    ${timestamp} NOT NULL,
    version       ${int} NOT NULL,
    CONSTRAINT pk_lighting_program PRIMARY KEY (code)
);

CREATE TABLE lighting_calendar (
    code          ${varchar}(40${chars}) NOT NULL,
    name_vi       ${varchar}(200${chars}) NOT NULL,
    name_en       ${varchar}(200${chars}) NOT NULL,
    version       ${int} NOT NULL,
    CONSTRAINT pk_lighting_calendar PRIMARY KEY (code)
);

CREATE TABLE lighting_calendar_rule (
    calendar_code  ${varchar}(40${chars}) NOT NULL,
    rule_position  ${int} NOT NULL,
    valid_from     ${date},
    valid_to       ${date},
    weekdays       ${int} NOT NULL,
    program_code   ${varchar}(40${chars}) NOT NULL,
    CONSTRAINT pk_lighting_calendar_rule PRIMARY KEY (calendar_code, rule_position),
    CONSTRAINT fk_lighting_rule_calendar FOREIGN KEY (calendar_code) REFERENCES lighting_calendar (code),
    CONSTRAINT fk_lighting_rule_program FOREIGN KEY (program_code) REFERENCES lighting_program (code),
    CONSTRAINT ck_lighting_rule_weekdays CHECK (weekdays BETWEEN 1 AND 127)
);

CREATE SEQUENCE lighting_special_day_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE lighting_special_day (
    id            ${id} NOT NULL,
    day_date      ${date} NOT NULL,
    scope         ${varchar}(40${chars}) NOT NULL,
    name_vi       ${varchar}(200${chars}) NOT NULL,
    name_en       ${varchar}(200${chars}) NOT NULL,
    program_code  ${varchar}(40${chars}) NOT NULL,
    CONSTRAINT pk_lighting_special_day PRIMARY KEY (id),
    CONSTRAINT uk_lighting_special_day UNIQUE (day_date, scope),
    CONSTRAINT fk_lighting_special_program FOREIGN KEY (program_code) REFERENCES lighting_program (code)
);

CREATE TABLE lighting_group (
    code           ${varchar}(40${chars}) NOT NULL,
    name_vi        ${varchar}(200${chars}) NOT NULL,
    name_en        ${varchar}(200${chars}) NOT NULL,
    calendar_code  ${varchar}(40${chars}),
    version        ${int} NOT NULL,
    CONSTRAINT pk_lighting_group PRIMARY KEY (code),
    CONSTRAINT fk_lighting_group_calendar FOREIGN KEY (calendar_code) REFERENCES lighting_calendar (code)
);

CREATE TABLE lighting_cabinet (
    code          ${varchar}(40${chars}) NOT NULL,
    name          ${varchar}(200${chars}) NOT NULL,
    latitude      ${double} NOT NULL,
    longitude     ${double} NOT NULL,
    ward_code     ${varchar}(20${chars}),
    feeder        ${varchar}(60${chars}),
    meter         ${varchar}(60${chars}),
    gateway       ${varchar}(40${chars}),
    supply_loss   ${bool} NOT NULL,
    reported_at   ${timestamp},
    version       ${int} NOT NULL,
    CONSTRAINT pk_lighting_cabinet PRIMARY KEY (code)
);

CREATE TABLE luminaire (
    code             ${varchar}(40${chars}) NOT NULL,
    latitude         ${double} NOT NULL,
    longitude        ${double} NOT NULL,
    ward_code        ${varchar}(20${chars}),
    road             ${varchar}(200${chars}),
    model_name       ${varchar}(100${chars}),
    lamp_technology  ${varchar}(10${chars}) NOT NULL,
    power_rating_w   ${int} NOT NULL,
    dimmable         ${bool} NOT NULL,
    cabinet_code     ${varchar}(40${chars}),
    gateway          ${varchar}(40${chars}) NOT NULL,
    group_code       ${varchar}(40${chars}),
    power_state      ${varchar}(8${chars}) NOT NULL,
    dim_level        ${int},
    power_w          ${double},
    energy_wh        ${double},
    operating_hours  ${double},
    lamp_failure     ${bool} NOT NULL,
    dimming_failure  ${bool} NOT NULL,
    supply_loss      ${bool} NOT NULL,
    reported_at      ${timestamp},
    version          ${int} NOT NULL,
    CONSTRAINT pk_luminaire PRIMARY KEY (code),
    CONSTRAINT fk_luminaire_group FOREIGN KEY (group_code) REFERENCES lighting_group (code),
    CONSTRAINT fk_luminaire_cabinet FOREIGN KEY (cabinet_code) REFERENCES lighting_cabinet (code),
    CONSTRAINT ck_luminaire_power_state CHECK (power_state IN ('UNKNOWN', 'ON', 'OFF'))
);
CREATE INDEX ix_luminaire_gateway ON luminaire (gateway);
CREATE INDEX ix_luminaire_group ON luminaire (group_code);

CREATE SEQUENCE lighting_override_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE lighting_override (
    id           ${id} NOT NULL,
    target_kind  ${varchar}(10${chars}) NOT NULL,
    target_code  ${varchar}(40${chars}) NOT NULL,
    dim_level    ${int} NOT NULL,
    starts_at    ${timestamp} NOT NULL,
    ends_at      ${timestamp} NOT NULL,
    reason       ${varchar}(500${chars}) NOT NULL,
    created_by   ${varchar}(100${chars}) NOT NULL,
    created_at   ${timestamp} NOT NULL,
    ended_by     ${varchar}(100${chars}),
    CONSTRAINT pk_lighting_override PRIMARY KEY (id),
    CONSTRAINT ck_lighting_override_target CHECK (target_kind IN ('CITY', 'WARD', 'GROUP', 'LUMINAIRE')),
    CONSTRAINT ck_lighting_override_level CHECK (dim_level BETWEEN 0 AND 100)
);
CREATE INDEX ix_lighting_override_ends ON lighting_override (ends_at);

CREATE SEQUENCE lighting_fault_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE lighting_fault (
    id            ${id} NOT NULL,
    subject_kind  ${varchar}(10${chars}) NOT NULL,
    subject_code  ${varchar}(40${chars}) NOT NULL,
    kind          ${varchar}(20${chars}) NOT NULL,
    ward_code     ${varchar}(20${chars}),
    latitude      ${double} NOT NULL,
    longitude     ${double} NOT NULL,
    opened_at     ${timestamp} NOT NULL,
    last_seen_at  ${timestamp} NOT NULL,
    cleared_at    ${timestamp},
    incident_id   ${id},
    version       ${int} NOT NULL,
    CONSTRAINT pk_lighting_fault PRIMARY KEY (id),
    CONSTRAINT ck_lighting_fault_subject CHECK (subject_kind IN ('LUMINAIRE', 'CABINET')),
    CONSTRAINT ck_lighting_fault_kind CHECK (kind IN ('LAMP_FAILURE', 'DIMMING_FAILURE', 'SUPPLY_LOSS', 'ON_IN_DAYTIME',
        'OFF_AT_NIGHT', 'ABNORMAL_POWER', 'CABINET_SUPPLY_LOSS'))
);
CREATE INDEX ix_lighting_fault_subject ON lighting_fault (subject_code, cleared_at);
CREATE INDEX ix_lighting_fault_open ON lighting_fault (cleared_at, opened_at);
INSERT INTO timer_lease (name, last_slot) VALUES ('lighting-faults', 0);

CREATE TABLE lighting_command (
    id               ${varchar}(36${chars}) NOT NULL,
    gateway          ${varchar}(40${chars}) NOT NULL,
    kind             ${varchar}(10${chars}) NOT NULL,
    subject          ${varchar}(40${chars}) NOT NULL,
    state            ${varchar}(12${chars}) NOT NULL,
    attempts         ${int} NOT NULL,
    created_at       ${timestamp} NOT NULL,
    next_attempt_at  ${timestamp},
    last_sent_at     ${timestamp},
    expires_at       ${timestamp} NOT NULL,
    answered_at      ${timestamp},
    detail           ${varchar}(200${chars}),
    version          ${int} NOT NULL,
    CONSTRAINT pk_lighting_command PRIMARY KEY (id),
    CONSTRAINT ck_lighting_command_kind CHECK (kind IN ('OVERRIDE', 'RESUME', 'SCHEDULE')),
    CONSTRAINT ck_lighting_command_state CHECK (state IN ('PENDING', 'SENT', 'ACKNOWLEDGED', 'REFUSED', 'EXPIRED'))
);
CREATE INDEX ix_lighting_command_due ON lighting_command (state, next_attempt_at);
CREATE INDEX ix_lighting_command_subject ON lighting_command (kind, subject);
INSERT INTO timer_lease (name, last_slot) VALUES ('lighting-commands', 0);
INSERT INTO timer_lease (name, last_slot) VALUES ('lighting-schedules', 0);

ALTER TABLE incident_source DROP CONSTRAINT ck_incident_source_kind;
ALTER TABLE incident_source ADD CONSTRAINT ck_incident_source_kind CHECK (kind IN ('CITIZEN_REPORT', 'CAMERA_ALERT',
    'MEDIA_ARTICLE', 'SECURITY_ALERT', 'OPERATOR', 'DOSSIER', 'LIGHTING'));

-- the city's default programs and calendar: full from sunset; half from 23:00 on the nights before a working day
-- (Sunday to Thursday), from 01:00 on Friday and Saturday nights; off at sunrise
INSERT INTO lighting_program (code, name_vi, name_en, points, updated_by, updated_at, version)
    VALUES ('P-WEEKNIGHT', 'Đêm ngày thường: giảm 50% sau 23:00', 'Weeknight: 50% after 23:00', '01:00=50; sunrise=0; sunset=100; 23:00=50', 'ioc', CURRENT_TIMESTAMP, 0);
INSERT INTO lighting_program (code, name_vi, name_en, points, updated_by, updated_at, version)
    VALUES ('P-WEEKEND', 'Đêm cuối tuần: giảm 50% sau 01:00', 'Weekend night: 50% after 01:00', '01:00=50; sunrise=0; sunset=100', 'ioc', CURRENT_TIMESTAMP, 0);
INSERT INTO lighting_program (code, name_vi, name_en, points, updated_by, updated_at, version)
    VALUES ('P-FESTIVAL', 'Lễ, Tết: sáng tối đa cả đêm', 'Holiday: full all night', 'sunrise=0; sunset-15=100', 'ioc', CURRENT_TIMESTAMP, 0);
INSERT INTO lighting_calendar (code, name_vi, name_en, version) VALUES ('CAL-CITY', 'Lịch chiếu sáng đô thị', 'Urban lighting calendar', 0);
INSERT INTO lighting_calendar_rule (calendar_code, rule_position, valid_from, valid_to, weekdays, program_code) VALUES ('CAL-CITY', 0, NULL, NULL, 79, 'P-WEEKNIGHT');
INSERT INTO lighting_calendar_rule (calendar_code, rule_position, valid_from, valid_to, weekdays, program_code) VALUES ('CAL-CITY', 1, NULL, NULL, 48, 'P-WEEKEND');
