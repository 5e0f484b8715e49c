-- V23: administrators add, change and remove a category's questions on the console (console/admin/questions.xhtml):
-- ids from a sequence (the four seeded questions keep 1-4), a version for optimistic locking, and who changed a
-- question last and when.
CREATE SEQUENCE service_attribute_seq START WITH 100 INCREMENT BY 50;
ALTER TABLE service_attribute ADD version ${int} DEFAULT 0 NOT NULL;
ALTER TABLE service_attribute ADD changed_by ${varchar}(100${chars});
ALTER TABLE service_attribute ADD changed_at ${timestamp};
