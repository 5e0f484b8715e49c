package vn.smartcity.ioc.camera.domain;

import java.util.regex.Pattern;

import vn.smartcity.ioc.shared.domain.Invalid;

/**
 * What staff set on a camera (everything but its code and its health). {@link #check()} refuses what the
 * registry must never hold, with a message that names the field.
 */
public record CameraDetails(String name, CameraKind kind, Long wardId, Double latitude, Double longitude,
                            String address, String streamUrl, String externalName, String direction, Integer lanes,
                            Integer speedLimitKmh, String geometry, int retentionDaysSecurity,
                            int retentionDaysTraffic, boolean active) {

    private static final Pattern STREAM = Pattern.compile("(rtsps?|https?|file)://\\S{1,490}");
    private static final Pattern EXTERNAL = Pattern.compile("[A-Za-z0-9_-]{1,60}");

    public CameraDetails {
        name = strip(name);
        address = strip(address);
        streamUrl = strip(streamUrl);
        externalName = strip(externalName);
        direction = strip(direction);
        geometry = strip(geometry);
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** @return the geometry, checked (null when there is none) */
    public CameraGeometry check() {
        if (name == null || name.length() > 200) {
            throw new Invalid("camera.name");
        }
        if (kind == null) {
            throw new Invalid("camera.kind");
        }
        if ((latitude == null) != (longitude == null)) {
            throw new Invalid("camera.bothCoordinates");
        }
        if (latitude != null && (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180)) {
            throw new Invalid("camera.coordinatesRange");
        }
        if (address != null && address.length() > 300) {
            throw new Invalid("camera.address");
        }
        if (streamUrl != null && !STREAM.matcher(streamUrl).matches()) {
            throw new Invalid("camera.stream");
        }
        if (externalName != null && !EXTERNAL.matcher(externalName).matches()) {
            throw new Invalid("camera.frigateName");
        }
        if (direction != null && direction.length() > 60) {
            throw new Invalid("camera.direction");
        }
        if (lanes != null && (lanes < 1 || lanes > 20)) {
            throw new Invalid("camera.lanes");
        }
        if (speedLimitKmh != null && (speedLimitKmh < 5 || speedLimitKmh > 150)) {
            throw new Invalid("camera.speedLimit");
        }
        if (retentionDaysSecurity < 1 || retentionDaysSecurity > 3650 || retentionDaysTraffic < 1
                || retentionDaysTraffic > 3650) {
            throw new Invalid("camera.retention");
        }
        return CameraGeometry.parse(geometry);
    }
}
