-- V25: a picture Frigate publishes of an object it tracks (<prefix>/<camera>/<object>/snapshot) is kept as a
-- detection event of its own kind, SNAPSHOT: evidence and the camera wall's latest picture, never an observation
-- that rules evaluate or count.
ALTER TABLE detection_event DROP CONSTRAINT ck_detection_event_kind;
ALTER TABLE detection_event ADD CONSTRAINT ck_detection_event_kind CHECK (kind IN ('OBJECT', 'REVIEW', 'CAMERA_STATUS', 'SNAPSHOT'));
