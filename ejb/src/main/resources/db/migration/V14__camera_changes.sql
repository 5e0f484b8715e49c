-- V14: cameras are added and changed on the console (issue #4): who changed a camera last, and every version of
-- its settings and geometry (Envers, camera_aud). Health (status, last_seen_at) is not audited: heartbeats
-- change it every few seconds.

ALTER TABLE camera ADD changed_by ${varchar}(100${chars});
ALTER TABLE camera ADD changed_at ${timestamp};

CREATE TABLE camera_aud (
    id                      ${id} NOT NULL,
    rev                     ${id} NOT NULL,
    revtype                 ${tinyint},
    code                    ${varchar}(40${chars}),
    name                    ${varchar}(200${chars}),
    kind                    ${varchar}(12${chars}),
    ward_id                 ${id},
    latitude                ${double},
    longitude               ${double},
    address                 ${varchar}(300${chars}),
    stream_url              ${varchar}(500${chars}),
    external_name           ${varchar}(60${chars}),
    direction               ${varchar}(60${chars}),
    lanes                   ${int},
    speed_limit_kmh         ${int},
    geometry                ${varchar}(4000${chars}),
    retention_days_security ${int},
    retention_days_traffic  ${int},
    active                  ${bool},
    changed_by              ${varchar}(100${chars}),
    changed_at              ${timestamp},
    CONSTRAINT pk_camera_aud PRIMARY KEY (rev, id),
    CONSTRAINT fk_camera_aud_rev FOREIGN KEY (rev) REFERENCES ioc_revision (id)
);
