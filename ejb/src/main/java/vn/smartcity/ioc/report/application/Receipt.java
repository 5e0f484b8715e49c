package vn.smartcity.ioc.report.application;

import java.time.Instant;

/**
 * What the citizen gets at once: the public number, the secret tracking code, when to expect an answer, how
 * many photos were kept, and whether the place was taken from a photo's GPS position.
 */
public record Receipt(long reportId, String trackingCode, String trackingCodeDisplay, long incidentId,
                      boolean joinedExisting, Instant expectedAt, String departmentCode, int photos,
                      boolean placeFromPhoto) {
}
