-- V7: the SLA watch. warn_at: when the incident enters its last fifth before the due time (set when it is
-- opened or re-scheduled); sla_warned_at / escalated_at: when the watch warned and escalated (at most once
-- each per due time; the watch's persistent timer runs on one node of a cluster at a time).
ALTER TABLE incident ADD warn_at ${timestamp};
ALTER TABLE incident ADD sla_warned_at ${timestamp};
ALTER TABLE incident ADD escalated_at ${timestamp};
UPDATE incident SET warn_at = due_at;
CREATE INDEX ix_incident_state_warn ON incident (state, warn_at);

ALTER TABLE incident_aud ADD warn_at ${timestamp};
ALTER TABLE incident_aud ADD sla_warned_at ${timestamp};
ALTER TABLE incident_aud ADD escalated_at ${timestamp};
