-- V5: the audit trail (Hibernate Envers): one revision per audited transaction, with who and when, and the
-- state of every audited row after each change (revtype 0 = added, 1 = changed, 2 = removed).

CREATE SEQUENCE ioc_revision_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE ioc_revision (
    id          ${id} NOT NULL,
    revision_at ${id} NOT NULL,
    username    ${varchar}(100${chars}) NOT NULL,
    CONSTRAINT pk_ioc_revision PRIMARY KEY (id)
);
CREATE INDEX ix_ioc_revision_at ON ioc_revision (revision_at);

CREATE TABLE incident_aud (
    id               ${id} NOT NULL,
    rev              ${id} NOT NULL,
    revtype          ${tinyint},
    title            ${varchar}(200${chars}),
    description      ${varchar}(4000${chars}),
    category_code    ${varchar}(40${chars}),
    department_code  ${varchar}(40${chars}),
    ward_code        ${varchar}(20${chars}),
    address          ${varchar}(500${chars}),
    latitude         ${double},
    longitude        ${double},
    priority         ${varchar}(10${chars}),
    state            ${varchar}(20${chars}),
    assignee         ${varchar}(100${chars}),
    created_at       ${timestamp},
    due_at           ${timestamp},
    resolved_at      ${timestamp},
    closed_at        ${timestamp},
    merged_into_id   ${id},
    rejection_reason ${varchar}(1000${chars}),
    public_answer    ${varchar}(4000${chars}),
    last_changed_by  ${varchar}(100${chars}),
    last_changed_at  ${timestamp},
    CONSTRAINT pk_incident_aud PRIMARY KEY (rev, id),
    CONSTRAINT fk_incident_aud_revision FOREIGN KEY (rev) REFERENCES ioc_revision (id)
);

CREATE TABLE report_category_aud (
    id            ${id} NOT NULL,
    rev           ${id} NOT NULL,
    revtype       ${tinyint},
    code          ${varchar}(40${chars}),
    name_vi       ${varchar}(200${chars}),
    name_en       ${varchar}(200${chars}),
    department_id ${id},
    sla_hours     ${int},
    active        ${bool},
    updated_by    ${varchar}(100${chars}),
    updated_at    ${timestamp},
    CONSTRAINT pk_report_category_aud PRIMARY KEY (rev, id),
    CONSTRAINT fk_report_category_aud_revision FOREIGN KEY (rev) REFERENCES ioc_revision (id)
);
