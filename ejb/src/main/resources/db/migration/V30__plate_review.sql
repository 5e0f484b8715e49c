-- V30: candidates without a readable plate wait for a traffic officer (PLATE_REVIEW) instead of being lost among
-- the skipped ones; the officer's plate (the job uses it instead of the camera's), who read it and when, or the
-- officer's rejection (REJECTED) with its reason.
ALTER TABLE violation_candidate DROP CONSTRAINT ck_violation_candidate_status;
ALTER TABLE violation_candidate ADD CONSTRAINT ck_violation_candidate_status
    CHECK (status IN ('NEW', 'PROCESSED', 'DUPLICATE', 'SKIPPED', 'PLATE_REVIEW', 'REJECTED'));
ALTER TABLE violation_candidate ADD reviewed_plate ${varchar}(30${chars});
ALTER TABLE violation_candidate ADD plate_reviewed_by ${varchar}(100${chars});
ALTER TABLE violation_candidate ADD plate_reviewed_at ${timestamp};
ALTER TABLE violation_candidate ADD review_note ${varchar}(500${chars});
