-- V1: reference data of the city: province, wards/communes, departments, report categories.
-- Column types are Flyway placeholders filled per database by DatabaseVendor (H2, PostgreSQL, Oracle),
-- so one script serves all three. Ids come from sequences (allocation 50, see the entities); the
-- reference rows of V2 use ids below 1000, the sequences start above them.

CREATE SEQUENCE province_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE province (
    id          ${id} NOT NULL,
    code        ${varchar}(40${chars}) NOT NULL,
    name_vi     ${varchar}(200${chars}) NOT NULL,
    name_en     ${varchar}(200${chars}) NOT NULL,
    plate_code  ${varchar}(20${chars}),
    version     ${int} NOT NULL,
    CONSTRAINT pk_province PRIMARY KEY (id),
    CONSTRAINT uk_province_code UNIQUE (code)
);

CREATE SEQUENCE ward_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE ward (
    id          ${id} NOT NULL,
    code        ${varchar}(20${chars}) NOT NULL,
    name        ${varchar}(200${chars}) NOT NULL,
    kind        ${varchar}(20${chars}) NOT NULL,
    province_id ${id} NOT NULL,
    latitude    ${double},
    longitude   ${double},
    version     ${int} NOT NULL,
    CONSTRAINT pk_ward PRIMARY KEY (id),
    CONSTRAINT uk_ward_code UNIQUE (code),
    CONSTRAINT ck_ward_kind CHECK (kind IN ('WARD', 'COMMUNE', 'SPECIAL_ZONE')),
    CONSTRAINT fk_ward_province FOREIGN KEY (province_id) REFERENCES province (id)
);
CREATE INDEX ix_ward_province ON ward (province_id);

CREATE SEQUENCE department_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE department (
    id          ${id} NOT NULL,
    code        ${varchar}(40${chars}) NOT NULL,
    name_vi     ${varchar}(200${chars}) NOT NULL,
    name_en     ${varchar}(200${chars}) NOT NULL,
    email       ${varchar}(200${chars}),
    active      ${bool} NOT NULL,
    version     ${int} NOT NULL,
    CONSTRAINT pk_department PRIMARY KEY (id),
    CONSTRAINT uk_department_code UNIQUE (code)
);

CREATE SEQUENCE report_category_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE report_category (
    id            ${id} NOT NULL,
    code          ${varchar}(40${chars}) NOT NULL,
    name_vi       ${varchar}(200${chars}) NOT NULL,
    name_en       ${varchar}(200${chars}) NOT NULL,
    department_id ${id} NOT NULL,
    sla_hours     ${int} NOT NULL,
    active        ${bool} NOT NULL,
    version       ${int} NOT NULL,
    CONSTRAINT pk_report_category PRIMARY KEY (id),
    CONSTRAINT uk_report_category_code UNIQUE (code),
    CONSTRAINT ck_report_category_sla CHECK (sla_hours > 0),
    CONSTRAINT fk_report_category_department FOREIGN KEY (department_id) REFERENCES department (id)
);
CREATE INDEX ix_report_category_department ON report_category (department_id);
