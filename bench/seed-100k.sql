-- 100,000 incidents, each fed by one citizen report, spread over the last 80 days, across the 14 categories
-- and 10 wards of Lai Châu, in every state; ids from 10,000,001 (the application's sequences stay below).
WITH cats AS (SELECT row_number() OVER (ORDER BY c.code) - 1 AS n, c.code, d.code AS dept
                FROM report_category c JOIN department d ON d.id = c.department_id),
     wards AS (SELECT row_number() OVER (ORDER BY code) - 1 AS n, code FROM ward)
INSERT INTO incident (id, title, description, category_code, department_code, ward_code, address, latitude, longitude,
                      priority, state, created_at, due_at, warn_at, last_changed_by, last_changed_at, version,
                      public_answer)
SELECT 10000000 + g, 'Phản ánh số ' || g, 'Nội dung phản ánh thử nghiệm số ' || g || ', mô tả sự việc tại hiện trường.',
       cats.code, cats.dept, wards.code, 'Tổ ' || (g % 40) || ', ' || wards.code,
       22.30 + (g % 1000) / 10000.0, 103.40 + (g % 777) / 10000.0, 'NORMAL',
       (ARRAY['NEW','TRIAGED','ASSIGNED','IN_PROGRESS','RESOLVED','CLOSED'])[1 + g % 6],
       now() - (g * 69) * interval '1 second', now() + interval '1 day', now() + interval '20 hours', 'bench', now(), 0,
       CASE WHEN g % 6 >= 4 THEN 'Đã xử lý xong.' END
  FROM generate_series(1, 100000) g JOIN cats ON cats.n = g % 14 JOIN wards ON wards.n = g % 10;

INSERT INTO incident_source (incident_id, kind, reference, added_at)
SELECT id, 'CITIZEN_REPORT', 'report ' || id, created_at FROM incident WHERE id > 10000000;
INSERT INTO incident_timeline (id, incident_id, occurred_at, actor, action, from_state, to_state, note, visibility)
SELECT id, id, created_at, 'citizen', 'opened', NULL, 'NEW', NULL, 'PUBLIC' FROM incident WHERE id > 10000000;
-- what the city did, as a citizen's tracking page shows it: triaged, assigned, started, resolved, closed as far as
-- the incident's state goes (ids 20,000,000 + 10 × incident + step: above the application's sequence too)
INSERT INTO incident_timeline (id, incident_id, occurred_at, actor, action, from_state, to_state, note, visibility)
SELECT 200000000 + (i.id - 10000000) * 10 + s.n, i.id, i.created_at + s.n * interval '3 hours', 'bench', s.action,
       s.from_state, s.to_state, CASE WHEN s.to_state = 'RESOLVED' THEN 'Đã xử lý xong.' END, 'PUBLIC'
  FROM incident i
  JOIN (VALUES (1, 'triaged', 'NEW', 'TRIAGED'), (2, 'assigned', 'TRIAGED', 'ASSIGNED'),
               (3, 'started', 'ASSIGNED', 'IN_PROGRESS'), (4, 'resolved', 'IN_PROGRESS', 'RESOLVED'),
               (5, 'closed', 'RESOLVED', 'CLOSED')) AS s (n, action, from_state, to_state)
    ON s.n <= array_position(ARRAY['NEW','TRIAGED','ASSIGNED','IN_PROGRESS','RESOLVED','CLOSED'], i.state) - 1
 WHERE i.id > 10000000;
-- tracking codes use the codes' alphabet (no 0, O, 1, I, L): digits map to 2-9, A, B
INSERT INTO citizen_report (id, tracking_code, incident_id, category_code, description, ward_code, address, latitude,
                            longitude, language, channel, client_hash, submitted_at, consent_at, version)
SELECT id, 'B' || translate(lpad((id - 10000000)::text, 9, '0'), '0123456789', '23456789AB'), id, category_code, description, ward_code, address, latitude,
       longitude, 'vi', 'PORTAL', 'bench', created_at, created_at, 0 FROM incident WHERE id > 10000000;
INSERT INTO open311_client (id, name, key_prefix, key_hash, issued_by, issued_at)
VALUES (10000000, 'bench', 'bench-', encode(sha256('bench-key'::bytea), 'hex'), 'bench', now());
ANALYZE;
