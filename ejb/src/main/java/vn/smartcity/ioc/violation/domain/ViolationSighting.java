package vn.smartcity.ioc.violation.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * What makes two candidates one violation: the same canonical plate, camera and kind, seen within the
 * duplicate window of each other. Stored violations are read as sightings for the duplicate check (a
 * projection of four columns, not the whole violation).
 */
public record ViolationSighting(String plate, String cameraCode, ViolationKind kind, Instant observedAt) {

    /**
     * Whether a candidate of this plate, camera and kind seen at {@code at} is this sighting again: seen within
     * {@code window} of it, either side, bounds included.
     */
    public boolean repeatedBy(String plate, String cameraCode, ViolationKind kind, Instant at, Duration window) {
        return this.plate.equals(plate) && this.cameraCode.equals(cameraCode) && this.kind == kind
                && !at.isBefore(observedAt.minus(window)) && !at.isAfter(observedAt.plus(window));
    }
}
