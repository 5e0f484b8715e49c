package vn.smartcity.ioc.report.application;

import java.time.Instant;

/** What the citizen gets at once: the public number, the secret tracking code, and when to expect an answer. */
public record Receipt(long reportId, String trackingCode, String trackingCodeDisplay, long incidentId,
                      boolean joinedExisting, Instant expectedAt, String departmentCode) {
}
