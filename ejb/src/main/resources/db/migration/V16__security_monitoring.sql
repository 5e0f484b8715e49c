-- V16: information-security monitoring (issue #6, service 5): syslog/CEF events as received (kept for search),
-- rules with levels 0-15 (match, frequency, distinct values), assets whose criticality raises an alert's level,
-- and the alerts (above a level they open a security incident). No column is named LEVEL (reserved in Oracle).

CREATE SEQUENCE security_event_seq START WITH 1 INCREMENT BY 1000;
CREATE TABLE security_event (
    id              ${id} NOT NULL,
    received_at     ${timestamp} NOT NULL,
    event_time      ${timestamp} NOT NULL,
    format          ${varchar}(8${chars}) NOT NULL,
    transport       ${varchar}(4${chars}) NOT NULL,
    peer            ${varchar}(64${chars}),
    facility        ${int} NOT NULL,
    severity        ${int} NOT NULL,
    host            ${varchar}(255${chars}),
    app             ${varchar}(64${chars}),
    user_name       ${varchar}(64${chars}),
    src_ip          ${varchar}(45${chars}),
    dst_port        ${int},
    event_level     ${int} NOT NULL,
    rule_code       ${varchar}(40${chars}),
    message         ${varchar}(2000${chars}) NOT NULL,
    CONSTRAINT pk_security_event PRIMARY KEY (id)
);
CREATE INDEX ix_security_event_time ON security_event (event_time);
CREATE INDEX ix_security_event_host ON security_event (host, event_time);
CREATE INDEX ix_security_event_level ON security_event (event_level, event_time);

CREATE SEQUENCE security_rule_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE security_rule (
    id              ${id} NOT NULL,
    code            ${varchar}(40${chars}) NOT NULL,
    name            ${varchar}(200${chars}) NOT NULL,
    kind            ${varchar}(10${chars}) NOT NULL,
    rule_level      ${int} NOT NULL,
    field_name      ${varchar}(40${chars}) NOT NULL,
    pattern         ${varchar}(500${chars}) NOT NULL,
    group_by        ${varchar}(40${chars}),
    distinct_field  ${varchar}(40${chars}),
    threshold       ${int} NOT NULL,
    window_seconds  ${int} NOT NULL,
    suppress_seconds ${int} NOT NULL,
    active          ${bool} NOT NULL,
    changed_by      ${varchar}(100${chars}) NOT NULL,
    changed_at      ${timestamp} NOT NULL,
    version         ${int} NOT NULL,
    CONSTRAINT pk_security_rule PRIMARY KEY (id),
    CONSTRAINT uk_security_rule_code UNIQUE (code),
    CONSTRAINT ck_security_rule_kind CHECK (kind IN ('MATCH', 'FREQUENCY', 'DISTINCT')),
    CONSTRAINT ck_security_rule_level CHECK (rule_level BETWEEN 0 AND 15)
);

CREATE SEQUENCE security_asset_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE security_asset (
    id              ${id} NOT NULL,
    host            ${varchar}(255${chars}) NOT NULL,
    name            ${varchar}(200${chars}) NOT NULL,
    owner           ${varchar}(200${chars}),
    criticality     ${varchar}(10${chars}) NOT NULL,
    changed_by      ${varchar}(100${chars}) NOT NULL,
    changed_at      ${timestamp} NOT NULL,
    version         ${int} NOT NULL,
    CONSTRAINT pk_security_asset PRIMARY KEY (id),
    CONSTRAINT uk_security_asset_host UNIQUE (host),
    CONSTRAINT ck_security_asset_criticality CHECK (criticality IN ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL'))
);

CREATE SEQUENCE security_alert_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE security_alert (
    id              ${id} NOT NULL,
    rule_code       ${varchar}(40${chars}) NOT NULL,
    rule_level      ${int} NOT NULL,
    alert_level     ${int} NOT NULL,
    title           ${varchar}(300${chars}) NOT NULL,
    host            ${varchar}(255${chars}),
    group_key       ${varchar}(255${chars}),
    event_count     ${int} NOT NULL,
    sample          ${varchar}(2000${chars}) NOT NULL,
    observed_at     ${timestamp} NOT NULL,
    raised_at       ${timestamp} NOT NULL,
    incident_id     ${id},
    CONSTRAINT pk_security_alert PRIMARY KEY (id)
);
CREATE INDEX ix_security_alert_raised ON security_alert (raised_at);

-- rules to start with (administrators change them on the console); patterns are Java regular expressions
INSERT INTO security_rule (id, code, name, kind, rule_level, field_name, pattern, group_by, distinct_field, threshold, window_seconds, suppress_seconds, active, changed_by, changed_at, version)
VALUES (1, 'auth-failed', 'Đăng nhập thất bại / failed login', 'MATCH', 3, 'message', '(?i)failed password|authentication failure|invalid user|login failed|SecurityAuthenticationFailedEvent', NULL, NULL, 1, 60, 0, ${true}, 'system', TIMESTAMP '2026-11-26 00:00:00', 0);
INSERT INTO security_rule (id, code, name, kind, rule_level, field_name, pattern, group_by, distinct_field, threshold, window_seconds, suppress_seconds, active, changed_by, changed_at, version)
VALUES (2, 'brute-force-user', 'Dò mật khẩu một tài khoản / brute force on one account', 'FREQUENCY', 10, 'message', '(?i)failed password|authentication failure|invalid user|login failed|SecurityAuthenticationFailedEvent', 'user', NULL, 5, 120, 600, ${true}, 'system', TIMESTAMP '2026-11-26 00:00:00', 0);
INSERT INTO security_rule (id, code, name, kind, rule_level, field_name, pattern, group_by, distinct_field, threshold, window_seconds, suppress_seconds, active, changed_by, changed_at, version)
VALUES (3, 'brute-force-ip', 'Dò mật khẩu từ một địa chỉ / brute force from one address', 'FREQUENCY', 10, 'message', '(?i)failed password|authentication failure|invalid user|login failed|SecurityAuthenticationFailedEvent', 'src', NULL, 5, 120, 600, ${true}, 'system', TIMESTAMP '2026-11-26 00:00:00', 0);
INSERT INTO security_rule (id, code, name, kind, rule_level, field_name, pattern, group_by, distinct_field, threshold, window_seconds, suppress_seconds, active, changed_by, changed_at, version)
VALUES (4, 'port-scan', 'Quét cổng / port scan', 'DISTINCT', 12, 'dpt', '.+', 'src', 'dpt', 20, 60, 600, ${true}, 'system', TIMESTAMP '2026-11-26 00:00:00', 0);
INSERT INTO security_rule (id, code, name, kind, rule_level, field_name, pattern, group_by, distinct_field, threshold, window_seconds, suppress_seconds, active, changed_by, changed_at, version)
VALUES (5, 'malware', 'Phát hiện mã độc / malware detected', 'MATCH', 13, 'message', '(?i)\bmalware\b|\bvirus\b|\btrojan\b|ransomware', 'host', NULL, 1, 60, 300, ${true}, 'system', TIMESTAMP '2026-11-26 00:00:00', 0);

INSERT INTO security_rule (id, code, name, kind, rule_level, field_name, pattern, group_by, distinct_field, threshold, window_seconds, suppress_seconds, active, changed_by, changed_at, version)
VALUES (6, 'ioc-login-failures', 'Nhiều lần đăng nhập IOC thất bại / many failed IOC logins', 'FREQUENCY', 8, 'message', 'SecurityAuthenticationFailedEvent', 'host', NULL, 20, 120, 600, ${true}, 'system', TIMESTAMP '2026-11-26 00:00:00', 0);

INSERT INTO security_asset (id, host, name, owner, criticality, changed_by, changed_at, version)
VALUES (1, 'ioc', 'Máy chủ IOC (WildFly)', 'Trung tâm IOC', 'CRITICAL', 'system', TIMESTAMP '2026-11-26 00:00:00', 0);
