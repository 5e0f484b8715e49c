-- V21: the public list of reports (portal, Open311 GET requests) is read newest first, filtered by category
-- and ward (V6 indexed the time alone): without these, each page of a filtered list sorted every report of
-- the category (measured with
-- 100,000 reports: 18 pages/s at 64 visitors when the pages were not in the cache, bench/portal.sh).
CREATE INDEX ix_citizen_report_cat_time ON citizen_report (category_code, submitted_at);
CREATE INDEX ix_citizen_report_ward_time ON citizen_report (ward_code, submitted_at);
