-- V24: a detection event may reference a video clip kept elsewhere (an NVR, Frigate's recordings): its address and
-- the SHA-256 of its content, kept as evidence until clip_retain_until (the camera's retention for the purpose);
-- the nightly purge then forgets the reference (the file itself belongs to the system that holds it).
ALTER TABLE detection_event ADD clip_url ${varchar}(1000${chars});
ALTER TABLE detection_event ADD clip_sha256 ${varchar}(64${chars});
ALTER TABLE detection_event ADD clip_retain_until ${timestamp};
