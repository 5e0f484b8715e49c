package vn.smartcity.ioc.report.application;

import vn.smartcity.ioc.report.domain.ReportChannel;
import vn.smartcity.ioc.report.domain.Reporter;

/**
 * A citizen report as submitted. {@code sameAsIncident}: the open incident the citizen agreed is the same
 * problem (offered by {@link CitizenReporting#sameProblemCandidates}), or null. {@code clientAddress} is the
 * sender's IP address, used (hashed) for the rate limits only. {@code apiKey} is required on the Open311 channel,
 * where the description is optional (Open311 allows it) and {@code mediaUrl} may link to the client's photo.
 */
public record NewReport(String categoryCode, String description, String wardCode, String address, Double latitude,
                        Double longitude, String mediaUrl, Reporter reporter, String language, boolean consent, Long sameAsIncident,
                        ReportChannel channel, String apiKey, String clientAddress) {
}
