package vn.smartcity.ioc.report.application;

import java.util.List;
import java.util.Map;

import vn.smartcity.ioc.report.domain.ReportChannel;
import vn.smartcity.ioc.report.domain.Reporter;

/**
 * A citizen report as submitted. {@code sameAsIncident}: the open incident the citizen agreed is the same
 * problem (offered by {@link CitizenReporting#sameProblemCandidates}), or null. {@code clientAddress} is the
 * sender's IP address, used (hashed) for the rate limits only. {@code apiKey} is required on the Open311 channel,
 * where the description is optional (Open311 allows it) and {@code mediaUrl} may link to the client's photo.
 * {@code photos}: up to 5 uploads as received (checked and cleaned before anything is stored). {@code answers}: the
 * answers to the category's questions (Open311 {@code attribute[code]}), question code → values, checked before they are kept.
 */
public record NewReport(String categoryCode, String description, String wardCode, String address, Double latitude,
                        Double longitude, String mediaUrl, Reporter reporter, String language, boolean consent, Long sameAsIncident,
                        ReportChannel channel, String apiKey, String clientAddress, List<byte[]> photos,
                        Map<String, List<String>> answers) {

    /** The same report at a position (the GPS position of one of its photos). */
    NewReport at(Double lat, Double lon) {
        return new NewReport(categoryCode, description, wardCode, address, lat, lon, mediaUrl, reporter, language,
                consent, sameAsIncident, channel, apiKey, clientAddress, photos, answers);
    }

    public NewReport {
        photos = photos == null ? List.of() : List.copyOf(photos);
        answers = answers == null ? Map.of() : Map.copyOf(answers);
    }
}
