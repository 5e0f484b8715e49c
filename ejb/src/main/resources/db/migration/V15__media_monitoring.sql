-- V15: press and media monitoring (issue #6, service 4): RSS/Atom sources with their polling state and health,
-- articles stored once (dedupe_key: SHA-256 of the canonical link, or of the GUID when there is no link), the
-- topics they match, and volume-spike alerts per topic and hour.

CREATE SEQUENCE media_source_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE media_source (
    id                   ${id} NOT NULL,
    code                 ${varchar}(40${chars}) NOT NULL,
    name                 ${varchar}(200${chars}) NOT NULL,
    url                  ${varchar}(1000${chars}) NOT NULL,
    poll_minutes         ${int} NOT NULL,
    active               ${bool} NOT NULL,
    etag                 ${varchar}(300${chars}),
    last_modified        ${varchar}(100${chars}),
    next_poll_at         ${timestamp},
    last_success_at      ${timestamp},
    last_error_at        ${timestamp},
    last_error           ${varchar}(500${chars}),
    failures             ${int} NOT NULL,
    articles             ${int} NOT NULL,
    changed_by           ${varchar}(100${chars}) NOT NULL,
    changed_at           ${timestamp} NOT NULL,
    version              ${int} NOT NULL,
    CONSTRAINT pk_media_source PRIMARY KEY (id),
    CONSTRAINT uk_media_source_code UNIQUE (code)
);

CREATE SEQUENCE media_topic_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE media_topic (
    id                   ${id} NOT NULL,
    code                 ${varchar}(40${chars}) NOT NULL,
    name                 ${varchar}(200${chars}) NOT NULL,
    query                ${varchar}(1000${chars}) NOT NULL,
    spike_min_count      ${int} NOT NULL,
    category_code        ${varchar}(40${chars}) NOT NULL,
    active               ${bool} NOT NULL,
    changed_by           ${varchar}(100${chars}) NOT NULL,
    changed_at           ${timestamp} NOT NULL,
    version              ${int} NOT NULL,
    CONSTRAINT pk_media_topic PRIMARY KEY (id),
    CONSTRAINT uk_media_topic_code UNIQUE (code)
);

CREATE SEQUENCE media_article_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE media_article (
    id                   ${id} NOT NULL,
    source_id            ${id} NOT NULL,
    dedupe_key           ${varchar}(64${chars}) NOT NULL,
    url                  ${varchar}(1000${chars}),
    title                ${varchar}(500${chars}) NOT NULL,
    summary              ${varchar}(4000${chars}),
    published_at         ${timestamp} NOT NULL,
    fetched_at           ${timestamp} NOT NULL,
    sentiment_score      ${double} NOT NULL,
    sentiment            ${varchar}(10${chars}) NOT NULL,
    incident_id          ${id},
    CONSTRAINT pk_media_article PRIMARY KEY (id),
    CONSTRAINT uk_media_article_dedupe UNIQUE (dedupe_key),
    CONSTRAINT fk_media_article_source FOREIGN KEY (source_id) REFERENCES media_source (id),
    CONSTRAINT ck_media_article_sentiment CHECK (sentiment IN ('NEGATIVE', 'NEUTRAL', 'POSITIVE'))
);
CREATE INDEX ix_media_article_published ON media_article (published_at);

CREATE TABLE media_article_topic (
    article_id           ${id} NOT NULL,
    topic_id             ${id} NOT NULL,
    CONSTRAINT pk_media_article_topic PRIMARY KEY (article_id, topic_id),
    CONSTRAINT fk_media_article_topic_article FOREIGN KEY (article_id) REFERENCES media_article (id),
    CONSTRAINT fk_media_article_topic_topic FOREIGN KEY (topic_id) REFERENCES media_topic (id)
);
CREATE INDEX ix_media_article_topic_topic ON media_article_topic (topic_id, article_id);

CREATE SEQUENCE media_alert_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE media_alert (
    id                   ${id} NOT NULL,
    topic_id             ${id} NOT NULL,
    hour_start           ${timestamp} NOT NULL,
    article_count        ${int} NOT NULL,
    negative_count       ${int} NOT NULL,
    baseline             ${double} NOT NULL,
    raised_at            ${timestamp} NOT NULL,
    incident_id          ${id},
    CONSTRAINT pk_media_alert PRIMARY KEY (id),
    CONSTRAINT uk_media_alert_hour UNIQUE (topic_id, hour_start),
    CONSTRAINT fk_media_alert_topic FOREIGN KEY (topic_id) REFERENCES media_topic (id)
);

-- topics of the province to start with (administrators change them on the console)
INSERT INTO media_topic (id, code, name, query, spike_min_count, category_code, active, changed_by, changed_at, version)
VALUES (1, 'thien-tai', 'Thiên tai ở Lai Châu', '("lai chau" OR "tam duong" OR "tan phong" OR "doan ket") AND (ngap OR "sat lo" OR lu OR "lu quet" OR "mua da" OR "ret hai")', 5, 'flooding', ${true}, 'system', TIMESTAMP '2026-11-26 00:00:00', 0);
INSERT INTO media_topic (id, code, name, query, spike_min_count, category_code, active, changed_by, changed_at, version)
VALUES (2, 'tai-nan', 'Tai nạn giao thông ở Lai Châu', '"lai chau" AND ("tai nan" OR "va cham" OR "lat xe")', 5, 'traffic', ${true}, 'system', TIMESTAMP '2026-11-26 00:00:00', 0);
INSERT INTO media_topic (id, code, name, query, spike_min_count, category_code, active, changed_by, changed_at, version)
VALUES (3, 'chinh-quyen', 'Chính quyền tỉnh Lai Châu', '"lai chau" AND ("ubnd" OR "uy ban nhan dan" OR "lanh dao tinh" OR "hdnd" OR "tinh uy")', 10, 'public-service', ${true}, 'system', TIMESTAMP '2026-11-26 00:00:00', 0);
