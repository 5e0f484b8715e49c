-- V31: public-administration dossiers (service 6, issue #22). The working calendar's days that do not follow the
-- week (days off, weekend days worked in exchange) as data administrators edit each year; the procedures with
-- their legal time limits; the dossiers with their state and timing computed from the timeline (kept here for the
-- monitoring queries, recomputed on each event, never typed in); the events, unique by the one-stop-shop's id.

CREATE TABLE dossier_calendar_day (
    calendar_date  ${date} NOT NULL,
    kind           ${varchar}(12${chars}) NOT NULL,
    name_vi        ${varchar}(200${chars}) NOT NULL,
    name_en        ${varchar}(200${chars}) NOT NULL,
    confirmed      ${bool} NOT NULL,
    updated_by     ${varchar}(100${chars}) NOT NULL,
    updated_at     ${timestamp} NOT NULL,
    CONSTRAINT pk_dossier_calendar_day PRIMARY KEY (calendar_date),
    CONSTRAINT ck_dossier_calendar_day_kind CHECK (kind IN ('DAY_OFF', 'WORKING_DAY'))
);

CREATE TABLE dossier_procedure (
    code               ${varchar}(40${chars}) NOT NULL,
    name_vi            ${varchar}(500${chars}) NOT NULL,
    name_en            ${varchar}(500${chars}),
    field              ${varchar}(200${chars}) NOT NULL,
    procedure_level    ${varchar}(10${chars}) NOT NULL,
    department_code    ${varchar}(40${chars}) NOT NULL,
    limit_amount       ${int} NOT NULL,
    limit_unit         ${varchar}(14${chars}) NOT NULL,
    cut_off_minute     ${int},
    fee_vnd            ${id},
    updated_at         ${timestamp} NOT NULL,
    version            ${int} NOT NULL,
    CONSTRAINT pk_dossier_procedure PRIMARY KEY (code),
    CONSTRAINT ck_dossier_procedure_level CHECK (procedure_level IN ('PROVINCE', 'DISTRICT', 'COMMUNE')),
    CONSTRAINT ck_dossier_procedure_unit CHECK (limit_unit IN ('WORKING_DAYS', 'WORKING_HOURS'))
);

CREATE SEQUENCE dossier_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE dossier (
    id                 ${id} NOT NULL,
    code               ${varchar}(60${chars}) NOT NULL,
    procedure_code     ${varchar}(40${chars}) NOT NULL,
    receiving_unit     ${varchar}(60${chars}),
    handling_unit      ${varchar}(60${chars}),
    department_code    ${varchar}(40${chars}) NOT NULL,
    channel            ${varchar}(8${chars}) NOT NULL,
    received_at        ${timestamp} NOT NULL,
    clock_start        ${timestamp} NOT NULL,
    due_at             ${timestamp},
    state              ${varchar}(12${chars}) NOT NULL,
    finished_at        ${timestamp},
    result             ${varchar}(8${chars}),
    used_minutes       ${int} NOT NULL,
    paused_minutes     ${int} NOT NULL,
    apology_sent       ${bool} NOT NULL,
    rating             ${int},
    last_event_at      ${timestamp} NOT NULL,
    version            ${int} NOT NULL,
    CONSTRAINT pk_dossier PRIMARY KEY (id),
    CONSTRAINT uk_dossier_code UNIQUE (code),
    CONSTRAINT fk_dossier_procedure FOREIGN KEY (procedure_code) REFERENCES dossier_procedure (code),
    CONSTRAINT ck_dossier_channel CHECK (channel IN ('DESK', 'ONLINE', 'POST')),
    CONSTRAINT ck_dossier_state CHECK (state IN ('IN_PROGRESS', 'PAUSED', 'RESULT_READY', 'RETURNED', 'REFUSED', 'WITHDRAWN')),
    CONSTRAINT ck_dossier_result CHECK (result IS NULL OR result IN ('EARLY', 'ON_TIME', 'LATE')),
    CONSTRAINT ck_dossier_rating CHECK (rating IS NULL OR rating BETWEEN 1 AND 5)
);
CREATE INDEX ix_dossier_department_state ON dossier (department_code, state, due_at);
CREATE INDEX ix_dossier_procedure ON dossier (procedure_code, received_at);
CREATE INDEX ix_dossier_finished ON dossier (finished_at, department_code);
CREATE INDEX ix_dossier_received ON dossier (received_at, department_code);

CREATE SEQUENCE dossier_event_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE dossier_event (
    id             ${id} NOT NULL,
    event_id       ${varchar}(80${chars}) NOT NULL,
    dossier_id     ${id} NOT NULL,
    kind           ${varchar}(24${chars}) NOT NULL,
    occurred_at    ${timestamp} NOT NULL,
    unit           ${varchar}(60${chars}),
    note           ${varchar}(1000${chars}),
    recorded_at    ${timestamp} NOT NULL,
    CONSTRAINT pk_dossier_event PRIMARY KEY (id),
    CONSTRAINT uk_dossier_event_id UNIQUE (event_id),
    CONSTRAINT fk_dossier_event_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id),
    CONSTRAINT ck_dossier_event_kind CHECK (kind IN ('RECEIVED', 'TRANSFERRED', 'SUPPLEMENT_REQUESTED',
        'FINANCIAL_OBLIGATION', 'SUSPENDED', 'RESUMED', 'RESULT_READY', 'RETURNED', 'REFUSED', 'WITHDRAWN', 'APOLOGY_SENT'))
);
CREATE INDEX ix_dossier_event_dossier ON dossier_event (dossier_id, occurred_at);

-- The days off of 2026 and 2027 as commonly scheduled (Labour Code 2019 art. 112: 1/1, Tết 5 days, the Hùng Kings'
-- day 10/3 lunar, 30/4, 1/5, 2/9 and a day next to it; a holiday on a weekend moves to the next working day). The
-- government announces the real days and swaps each year: these rows are not confirmed until an administrator
-- checks them against the announcement (the console says so).
-- (one row a statement: Oracle before 23ai has no multi-row VALUES)
INSERT INTO dossier_calendar_day (calendar_date, kind, name_vi, name_en, confirmed, updated_by, updated_at)
VALUES (DATE '2026-01-01', 'DAY_OFF', 'Tết Dương lịch', 'New Year''s Day', ${false}, 'migration', TIMESTAMP '2026-12-08 00:00:00');
INSERT INTO dossier_calendar_day (calendar_date, kind, name_vi, name_en, confirmed, updated_by, updated_at)
VALUES (DATE '2026-02-16', 'DAY_OFF', 'Tết Nguyên đán', 'Lunar New Year', ${false}, 'migration', TIMESTAMP '2026-12-08 00:00:00');
INSERT INTO dossier_calendar_day (calendar_date, kind, name_vi, name_en, confirmed, updated_by, updated_at)
VALUES (DATE '2026-02-17', 'DAY_OFF', 'Tết Nguyên đán', 'Lunar New Year', ${false}, 'migration', TIMESTAMP '2026-12-08 00:00:00');
INSERT INTO dossier_calendar_day (calendar_date, kind, name_vi, name_en, confirmed, updated_by, updated_at)
VALUES (DATE '2026-02-18', 'DAY_OFF', 'Tết Nguyên đán', 'Lunar New Year', ${false}, 'migration', TIMESTAMP '2026-12-08 00:00:00');
INSERT INTO dossier_calendar_day (calendar_date, kind, name_vi, name_en, confirmed, updated_by, updated_at)
VALUES (DATE '2026-02-19', 'DAY_OFF', 'Tết Nguyên đán', 'Lunar New Year', ${false}, 'migration', TIMESTAMP '2026-12-08 00:00:00');
INSERT INTO dossier_calendar_day (calendar_date, kind, name_vi, name_en, confirmed, updated_by, updated_at)
VALUES (DATE '2026-02-20', 'DAY_OFF', 'Tết Nguyên đán', 'Lunar New Year', ${false}, 'migration', TIMESTAMP '2026-12-08 00:00:00');
INSERT INTO dossier_calendar_day (calendar_date, kind, name_vi, name_en, confirmed, updated_by, updated_at)
VALUES (DATE '2026-04-27', 'DAY_OFF', 'Giỗ Tổ Hùng Vương (nghỉ bù)', 'Hùng Kings'' day (moved from Sunday)', ${false}, 'migration', TIMESTAMP '2026-12-08 00:00:00');
INSERT INTO dossier_calendar_day (calendar_date, kind, name_vi, name_en, confirmed, updated_by, updated_at)
VALUES (DATE '2026-04-30', 'DAY_OFF', 'Ngày Giải phóng miền Nam, thống nhất đất nước', 'Reunification Day', ${false}, 'migration', TIMESTAMP '2026-12-08 00:00:00');
INSERT INTO dossier_calendar_day (calendar_date, kind, name_vi, name_en, confirmed, updated_by, updated_at)
VALUES (DATE '2026-05-01', 'DAY_OFF', 'Ngày Quốc tế Lao động', 'International Labour Day', ${false}, 'migration', TIMESTAMP '2026-12-08 00:00:00');
INSERT INTO dossier_calendar_day (calendar_date, kind, name_vi, name_en, confirmed, updated_by, updated_at)
VALUES (DATE '2026-09-01', 'DAY_OFF', 'Quốc khánh (ngày liền kề)', 'National Day (adjacent day)', ${false}, 'migration', TIMESTAMP '2026-12-08 00:00:00');
INSERT INTO dossier_calendar_day (calendar_date, kind, name_vi, name_en, confirmed, updated_by, updated_at)
VALUES (DATE '2026-09-02', 'DAY_OFF', 'Quốc khánh', 'National Day', ${false}, 'migration', TIMESTAMP '2026-12-08 00:00:00');
INSERT INTO dossier_calendar_day (calendar_date, kind, name_vi, name_en, confirmed, updated_by, updated_at)
VALUES (DATE '2027-01-01', 'DAY_OFF', 'Tết Dương lịch', 'New Year''s Day', ${false}, 'migration', TIMESTAMP '2026-12-08 00:00:00');
INSERT INTO dossier_calendar_day (calendar_date, kind, name_vi, name_en, confirmed, updated_by, updated_at)
VALUES (DATE '2027-02-04', 'DAY_OFF', 'Tết Nguyên đán', 'Lunar New Year', ${false}, 'migration', TIMESTAMP '2026-12-08 00:00:00');
INSERT INTO dossier_calendar_day (calendar_date, kind, name_vi, name_en, confirmed, updated_by, updated_at)
VALUES (DATE '2027-02-05', 'DAY_OFF', 'Tết Nguyên đán', 'Lunar New Year', ${false}, 'migration', TIMESTAMP '2026-12-08 00:00:00');
INSERT INTO dossier_calendar_day (calendar_date, kind, name_vi, name_en, confirmed, updated_by, updated_at)
VALUES (DATE '2027-02-08', 'DAY_OFF', 'Tết Nguyên đán', 'Lunar New Year', ${false}, 'migration', TIMESTAMP '2026-12-08 00:00:00');
INSERT INTO dossier_calendar_day (calendar_date, kind, name_vi, name_en, confirmed, updated_by, updated_at)
VALUES (DATE '2027-02-09', 'DAY_OFF', 'Tết Nguyên đán', 'Lunar New Year', ${false}, 'migration', TIMESTAMP '2026-12-08 00:00:00');
INSERT INTO dossier_calendar_day (calendar_date, kind, name_vi, name_en, confirmed, updated_by, updated_at)
VALUES (DATE '2027-02-10', 'DAY_OFF', 'Tết Nguyên đán', 'Lunar New Year', ${false}, 'migration', TIMESTAMP '2026-12-08 00:00:00');
INSERT INTO dossier_calendar_day (calendar_date, kind, name_vi, name_en, confirmed, updated_by, updated_at)
VALUES (DATE '2027-04-15', 'DAY_OFF', 'Giỗ Tổ Hùng Vương', 'Hùng Kings'' day', ${false}, 'migration', TIMESTAMP '2026-12-08 00:00:00');
INSERT INTO dossier_calendar_day (calendar_date, kind, name_vi, name_en, confirmed, updated_by, updated_at)
VALUES (DATE '2027-04-30', 'DAY_OFF', 'Ngày Giải phóng miền Nam, thống nhất đất nước', 'Reunification Day', ${false}, 'migration', TIMESTAMP '2026-12-08 00:00:00');
INSERT INTO dossier_calendar_day (calendar_date, kind, name_vi, name_en, confirmed, updated_by, updated_at)
VALUES (DATE '2027-05-03', 'DAY_OFF', 'Ngày Quốc tế Lao động (nghỉ bù)', 'International Labour Day (moved from Saturday)', ${false}, 'migration', TIMESTAMP '2026-12-08 00:00:00');
INSERT INTO dossier_calendar_day (calendar_date, kind, name_vi, name_en, confirmed, updated_by, updated_at)
VALUES (DATE '2027-09-02', 'DAY_OFF', 'Quốc khánh', 'National Day', ${false}, 'migration', TIMESTAMP '2026-12-08 00:00:00');
INSERT INTO dossier_calendar_day (calendar_date, kind, name_vi, name_en, confirmed, updated_by, updated_at)
VALUES (DATE '2027-09-03', 'DAY_OFF', 'Quốc khánh (ngày liền kề)', 'National Day (adjacent day)', ${false}, 'migration', TIMESTAMP '2026-12-08 00:00:00');

-- The events an import skipped, with the reason (a sentence kept as Text.stored(): shown in each reader's language).
CREATE SEQUENCE dossier_import_problem_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE dossier_import_problem (
    id                 ${id} NOT NULL,
    job_execution_id   ${id} NOT NULL,
    line_no            ${int} NOT NULL,
    event_id           ${varchar}(80${chars}),
    reason             ${varchar}(1000${chars}) NOT NULL,
    recorded_at        ${timestamp} NOT NULL,
    CONSTRAINT pk_dossier_import_problem PRIMARY KEY (id)
);
CREATE INDEX ix_dossier_import_problem_job ON dossier_import_problem (job_execution_id, line_no);
