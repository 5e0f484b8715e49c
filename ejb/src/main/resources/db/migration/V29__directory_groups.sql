-- V29: which department each group of the government directory stands for (administrators edit it on the
-- console; a group named like a department code needs no row), audited.
CREATE SEQUENCE directory_group_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE directory_group (
    id              ${id} NOT NULL,
    group_name      ${varchar}(200${chars}) NOT NULL,
    department_code ${varchar}(40${chars}) NOT NULL,
    changed_by      ${varchar}(100${chars}) NOT NULL,
    changed_at      ${timestamp} NOT NULL,
    CONSTRAINT pk_directory_group PRIMARY KEY (id),
    CONSTRAINT uk_directory_group_name UNIQUE (group_name),
    CONSTRAINT fk_directory_group_department FOREIGN KEY (department_code) REFERENCES department (code)
);
CREATE TABLE directory_group_aud (
    id              ${id} NOT NULL,
    rev             ${id} NOT NULL,
    revtype         ${tinyint},
    group_name      ${varchar}(200${chars}),
    department_code ${varchar}(40${chars}),
    changed_by      ${varchar}(100${chars}),
    changed_at      ${timestamp},
    CONSTRAINT pk_directory_group_aud PRIMARY KEY (rev, id),
    CONSTRAINT fk_directory_group_aud_rev FOREIGN KEY (rev) REFERENCES ioc_revision (id)
);
