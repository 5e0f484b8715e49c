package vn.smartcity.ioc.report.domain;

import java.time.Instant;

/**
 * What the tracking page shows of a citizen report: what was reported, where and when, and the citizen's rating.
 * Never the citizen's name, phone, email or address hash: the read for the portal's most viewed page does not
 * even load them (JpaCitizenReportRepository.trackedByCode).
 */
public record TrackedReport(long id, String trackingCode, long incidentId, String categoryCode, String description,
                            String wardCode, String address, Double latitude, Double longitude, Instant submittedAt,
                            Integer rating, String ratingComment) {
}
