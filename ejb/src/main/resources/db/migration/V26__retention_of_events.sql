-- V26: purpose-bound retention of detection events (camera's retention days per purpose) and of received
-- security events (IOC_SECMON_RETENTION_DAYS, counted from arrival): the nightly purge of security events has
-- its own cluster-wide schedule and an index on the arrival time.
INSERT INTO timer_lease (name, last_slot) VALUES ('security-event-purge', 0);
CREATE INDEX ix_security_event_received ON security_event (received_at);
