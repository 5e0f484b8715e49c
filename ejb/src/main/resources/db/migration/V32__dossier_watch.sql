-- V32: the dossier watch (issue #22): when a dossier's overdue alert went out, and the incident opened for a
-- dossier overdue by more than IOC_DOSSIER_INCIDENT_DAYS working days; incidents may come from a dossier; indexes
-- that cover the monitoring page's queries (bench/dossiers.sh, docs/perf.md).
ALTER TABLE dossier ADD overdue_alerted_at ${timestamp};
ALTER TABLE dossier ADD incident_id ${id};
CREATE INDEX ix_dossier_open_due ON dossier (state, due_at, department_code, procedure_code);
-- the monitoring page's counts of finished dossiers read the index alone (the columns they group and sum)
DROP INDEX ix_dossier_finished;
CREATE INDEX ix_dossier_finished ON dossier (finished_at, department_code, procedure_code, result, state, used_minutes, rating);
INSERT INTO timer_lease (name, last_slot) VALUES ('dossier-watch', 0);
ALTER TABLE incident_source DROP CONSTRAINT ck_incident_source_kind;
ALTER TABLE incident_source ADD CONSTRAINT ck_incident_source_kind CHECK (kind IN ('CITIZEN_REPORT', 'CAMERA_ALERT',
    'MEDIA_ARTICLE', 'SECURITY_ALERT', 'OPERATOR', 'DOSSIER'));
