package vn.smartcity.ioc.lighting.domain;

/**
 * What the plan needs to know of a luminaire: its code, group, ward, the calendar of its group (may be null) and
 * where it stands (for its sunrise and sunset).
 */
public record LuminairePlace(String code, String groupCode, String wardCode, String calendarCode,
        double latitude, double longitude) {
}
