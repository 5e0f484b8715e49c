package vn.smartcity.ioc.incident.domain;

/**
 * Where an incident is: the ward or commune, an address as people say it, and WGS 84 coordinates (any of
 * them may be missing, not all).
 */
public record Location(String wardCode, String address, Double latitude, Double longitude) {

    public Location {
        if ((latitude == null) != (longitude == null)) {
            throw new IllegalArgumentException("Give both latitude and longitude, or neither");
        }
        if (latitude != null && (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180)) {
            throw new IllegalArgumentException("Coordinates out of range: " + latitude + ", " + longitude);
        }
        if (address != null && address.length() > 500) {
            throw new IllegalArgumentException("The address is longer than 500 characters");
        }
        if (wardCode == null && (address == null || address.isBlank()) && latitude == null) {
            throw new IllegalArgumentException("Say where: a ward, an address or coordinates");
        }
    }
}
