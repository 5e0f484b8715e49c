-- V22: one row per cluster-wide schedule (SLA watch, evidence purge, automatic batch runs). Every node's own timer
-- fires; the node whose update moves last_slot forward runs that slot, the others skip it (TimerLeases); a node
-- that is down does not claim, and the others go on (bench/two-nodes.sh).
CREATE TABLE timer_lease (
    name      ${varchar}(40${chars}) NOT NULL,
    last_slot ${id} NOT NULL,
    node      ${varchar}(100${chars}),
    ran_at    ${timestamp},
    CONSTRAINT pk_timer_lease PRIMARY KEY (name)
);
INSERT INTO timer_lease (name, last_slot) VALUES ('sla-watch', 0);
INSERT INTO timer_lease (name, last_slot) VALUES ('evidence-purge', 0);
INSERT INTO timer_lease (name, last_slot) VALUES ('notice-issuing', 0);
INSERT INTO timer_lease (name, last_slot) VALUES ('violation-processing', 0);
