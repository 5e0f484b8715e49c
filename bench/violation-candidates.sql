-- bench/violation-candidates.sql: :n generated violation candidates for the violation-processing benchmark
-- (bench/violations.sh), and a vehicle registry that knows four plates in five.
--   20 cameras (BENCH-01..BENCH-20); kinds: red light 40 %, speeding 30 % (10-45 km/h over 60), wrong way 10 %,
--   no helmet 10 %, illegal stop 10 %; car plates 25X-123.45 and motorbike plates 25-X1 123.45;
--   1 % repeat an earlier candidate a minute later (a duplicate), 0.1 % have an unreadable plate and
--   0.05 % an evidence image that does not match its SHA-256 (both skipped by the job).
--   The evidence is 600 bytes per candidate (unique, hashed like a picture, but not a JPEG: a million real
--   snapshots would be ~150 GB); the job checks the hash, it never decodes the image.
-- psql -v n=1000000 -f bench/violation-candidates.sql
\set ON_ERROR_STOP on
SET synchronous_commit = off;

INSERT INTO vehicle (id, plate, vehicle_class, owner_name, owner_address, imported_at)
SELECT 100000 + k,
       CASE WHEN k % 2 = 0
            THEN '25' || chr((65 + (k / 2) % 8)::int) || '-' || lpad(((k / 16) % 1000)::text, 3, '0') || '.' || lpad(((k / 16000) % 100)::text, 2, '0')
            ELSE '25-' || chr((65 + (k / 2) % 8)::int) || '1 ' || lpad(((k / 16) % 1000)::text, 3, '0') || '.' || lpad(((k / 16000) % 100)::text, 2, '0') END,
       CASE WHEN k % 2 = 0 THEN (CASE WHEN k % 10 = 0 THEN 'TRUCK' ELSE 'CAR' END) ELSE 'MOTORBIKE' END,
       'Chủ xe ' || k, 'Tổ ' || (k % 40 + 1) || ', phường Tân Phong, Lai Châu', now()
FROM generate_series(0, 799999) k
WHERE k % 5 <> 4;

-- k: which of 1,000,000 plates (spread so that one camera rarely sees a plate twice within the window)
INSERT INTO violation_candidate (id, camera_code, violation_kind, plate_text, vehicle_class, observed_at, speed_kmh,
                                 limit_kmh, place, evidence, evidence_sha256, status)
SELECT i,
       'BENCH-' || lpad((i % 20 + 1)::text, 2, '0'),
       kind,
       CASE WHEN i % 1000 = 7 THEN 'XX' || i
            WHEN k % 2 = 0
            THEN '25' || chr((65 + (k / 2) % 8)::int) || '-' || lpad(((k / 16) % 1000)::text, 3, '0') || '.' || lpad(((k / 16000) % 100)::text, 2, '0')
            ELSE '25-' || chr((65 + (k / 2) % 8)::int) || '1 ' || lpad(((k / 16) % 1000)::text, 3, '0') || '.' || lpad(((k / 16000) % 100)::text, 2, '0') END,
       NULL,
       timestamp '2026-11-01 00:00:00' + make_interval(secs => i * 2),
       CASE WHEN kind = 'SPEEDING' THEN 70 + (i % 36) END,
       CASE WHEN kind = 'SPEEDING' THEN 60 END,
       'Camera BENCH-' || lpad((i % 20 + 1)::text, 2, '0') || ', Đại lộ Lê Lợi, phường Tân Phong',
       ev,
       CASE WHEN i % 2000 = 11 THEN repeat('0', 64) ELSE encode(sha256(ev), 'hex') END,
       'NEW'
FROM (
    SELECT i, (i::bigint * 7919) % 800000 AS k, convert_to(repeat(md5(i::text), 18) || lpad(i::text, 24, '0'), 'UTF8') AS ev,
           CASE WHEN i % 10 < 4 THEN 'RED_LIGHT' WHEN i % 10 < 7 THEN 'SPEEDING' WHEN i % 10 = 7 THEN 'WRONG_WAY'
                WHEN i % 10 = 8 THEN 'NO_HELMET' ELSE 'ILLEGAL_STOP' END AS kind
    FROM generate_series(1, :n * 99 / 100) i
) g;

-- 1 % duplicates: the same plate, camera and kind a minute after an earlier candidate (the last ids, up to :n)
INSERT INTO violation_candidate (id, camera_code, violation_kind, plate_text, vehicle_class, observed_at, speed_kmh,
                                 limit_kmh, place, evidence, evidence_sha256, status)
SELECT :n * 99 / 100 + c.id / 99 + 1, c.camera_code, c.violation_kind, c.plate_text, c.vehicle_class, c.observed_at + interval '1 minute',
       c.speed_kmh, c.limit_kmh, c.place, c.evidence, c.evidence_sha256, 'NEW'
FROM violation_candidate c
WHERE c.id % 99 = 50;

SELECT setval('violation_candidate_seq', (SELECT max(id) FROM violation_candidate) + 1000);
ANALYZE vehicle;
ANALYZE violation_candidate;
