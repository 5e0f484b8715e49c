-- V4: the incident workflow: incidents, their sources and their timeline.
-- Codes (category, department, ward) refer to the reference data of V1 by value: an incident keeps the
-- code it had when a category or department is later retired.

CREATE SEQUENCE incident_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE incident (
    id               ${id} NOT NULL,
    title            ${varchar}(200${chars}) NOT NULL,
    description      ${varchar}(4000${chars}),
    category_code    ${varchar}(40${chars}) NOT NULL,
    department_code  ${varchar}(40${chars}) NOT NULL,
    ward_code        ${varchar}(20${chars}),
    address          ${varchar}(500${chars}),
    latitude         ${double},
    longitude        ${double},
    priority         ${varchar}(10${chars}) NOT NULL,
    state            ${varchar}(20${chars}) NOT NULL,
    assignee         ${varchar}(100${chars}),
    created_at       ${timestamp} NOT NULL,
    due_at           ${timestamp} NOT NULL,
    resolved_at      ${timestamp},
    closed_at        ${timestamp},
    merged_into_id   ${id},
    rejection_reason ${varchar}(1000${chars}),
    public_answer    ${varchar}(4000${chars}),
    last_changed_by  ${varchar}(100${chars}) NOT NULL,
    last_changed_at  ${timestamp} NOT NULL,
    version          ${int} NOT NULL,
    CONSTRAINT pk_incident PRIMARY KEY (id),
    CONSTRAINT ck_incident_priority CHECK (priority IN ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
    CONSTRAINT ck_incident_state CHECK (state IN ('NEW', 'TRIAGED', 'ASSIGNED', 'IN_PROGRESS', 'RESOLVED',
                                                  'CLOSED', 'REJECTED', 'DUPLICATE', 'REOPENED')),
    CONSTRAINT fk_incident_merged_into FOREIGN KEY (merged_into_id) REFERENCES incident (id)
);
-- the queues: by state and due time (overdue first), by department, category, ward, newest
CREATE INDEX ix_incident_state_due ON incident (state, due_at);
CREATE INDEX ix_incident_department_state ON incident (department_code, state);
CREATE INDEX ix_incident_category ON incident (category_code);
CREATE INDEX ix_incident_ward ON incident (ward_code);
CREATE INDEX ix_incident_created ON incident (created_at);

CREATE TABLE incident_source (
    incident_id ${id} NOT NULL,
    kind        ${varchar}(20${chars}) NOT NULL,
    reference   ${varchar}(100${chars}) NOT NULL,
    added_at    ${timestamp} NOT NULL,
    CONSTRAINT ck_incident_source_kind CHECK (kind IN ('CITIZEN_REPORT', 'CAMERA_ALERT', 'MEDIA_ARTICLE',
                                                       'SECURITY_ALERT', 'OPERATOR')),
    CONSTRAINT fk_incident_source_incident FOREIGN KEY (incident_id) REFERENCES incident (id)
);
CREATE INDEX ix_incident_source_incident ON incident_source (incident_id);
CREATE INDEX ix_incident_source_reference ON incident_source (kind, reference);

CREATE SEQUENCE incident_timeline_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE incident_timeline (
    id          ${id} NOT NULL,
    incident_id ${id} NOT NULL,
    occurred_at ${timestamp} NOT NULL,
    actor       ${varchar}(100${chars}) NOT NULL,
    action      ${varchar}(30${chars}) NOT NULL,
    from_state  ${varchar}(20${chars}),
    to_state    ${varchar}(20${chars}) NOT NULL,
    note        ${varchar}(4000${chars}),
    visibility  ${varchar}(10${chars}) NOT NULL,
    CONSTRAINT pk_incident_timeline PRIMARY KEY (id),
    CONSTRAINT ck_incident_timeline_visibility CHECK (visibility IN ('PUBLIC', 'INTERNAL')),
    CONSTRAINT fk_incident_timeline_incident FOREIGN KEY (incident_id) REFERENCES incident (id)
);
CREATE INDEX ix_incident_timeline_incident ON incident_timeline (incident_id, occurred_at);
