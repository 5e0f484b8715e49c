-- V21: the public list of reports (portal, Open311 GET requests) is read newest first, filtered by category
-- and/or ward (V6 indexed the time alone). Reports of a category or a ward are spread over the whole table, so
-- without an index in the list's order every uncached page read the whole table (measured with 100,000
-- reports, bench/portal.sh: a parallel sequential scan per query); with these, a page reads its rows in order
-- and stops after them (the list goes back 1,000 reports).
CREATE INDEX ix_citizen_report_cat_time ON citizen_report (category_code, submitted_at);
CREATE INDEX ix_citizen_report_ward_time ON citizen_report (ward_code, submitted_at);
CREATE INDEX ix_citizen_report_cat_ward ON citizen_report (category_code, ward_code, submitted_at);
