package vn.smartcity.ioc.camera.domain;

import java.util.regex.Pattern;

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
            throw new IllegalArgumentException("name: required, at most 200 characters");
        }
        if (kind == null) {
            throw new IllegalArgumentException("kind: security, traffic or ANPR");
        }
        if ((latitude == null) != (longitude == null)) {
            throw new IllegalArgumentException("position: both latitude and longitude, or neither");
        }
        if (latitude != null && (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180)) {
            throw new IllegalArgumentException("position: latitude −90 to 90, longitude −180 to 180");
        }
        if (address != null && address.length() > 300) {
            throw new IllegalArgumentException("address: at most 300 characters");
        }
        if (streamUrl != null && !STREAM.matcher(streamUrl).matches()) {
            throw new IllegalArgumentException("stream: an rtsp://, rtsps://, http://, https:// or file:// address without spaces");
        }
        if (externalName != null && !EXTERNAL.matcher(externalName).matches()) {
            throw new IllegalArgumentException("name in Frigate: 1–60 of A-Z, a-z, 0-9, _ and -");
        }
        if (direction != null && direction.length() > 60) {
            throw new IllegalArgumentException("direction: at most 60 characters");
        }
        if (lanes != null && (lanes < 1 || lanes > 20)) {
            throw new IllegalArgumentException("lanes: 1 to 20");
        }
        if (speedLimitKmh != null && (speedLimitKmh < 5 || speedLimitKmh > 150)) {
            throw new IllegalArgumentException("speed limit: 5 to 150 km/h");
        }
        if (retentionDaysSecurity < 1 || retentionDaysSecurity > 3650 || retentionDaysTraffic < 1
                || retentionDaysTraffic > 3650) {
            throw new IllegalArgumentException("retention: 1 to 3650 days");
        }
        return CameraGeometry.parse(geometry);
    }
}
