package vn.smartcity.ioc.incident.domain;

import vn.smartcity.ioc.shared.domain.Invalid;

/**
 * Where an incident is: the ward or commune, an address as people say it, and WGS 84 coordinates (any of
 * them may be missing, not all).
 */
public record Location(String wardCode, String address, Double latitude, Double longitude) {

    public Location {
        if ((latitude == null) != (longitude == null)) {
            throw new Invalid("incident.bothCoordinates");
        }
        if (latitude != null && (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180)) {
            throw new Invalid("incident.coordinatesOutOfRange", String.valueOf(latitude), String.valueOf(longitude));
        }
        if (address != null && address.length() > 500) {
            throw new Invalid("incident.addressTooLong");
        }
        if (wardCode == null && (address == null || address.isBlank()) && latitude == null) {
            throw new Invalid("incident.sayWhere");
        }
    }
}
