-- V3: who last changed a report category and when (administrators edit SLA, department and status on the
-- console; a concurrent change is refused with "changed by X at T").
ALTER TABLE report_category ADD updated_by ${varchar}(100${chars});
ALTER TABLE report_category ADD updated_at ${timestamp};
