package vn.smartcity.ioc.violation.domain;

import java.time.Instant;

/**
 * A NEW candidate as the violation-processing job reads it: the columns of {@link ViolationCandidate} it needs,
 * read in pages by a projection (no managed entity per candidate, nothing to dirty-check at the chunk's end).
 *
 * @param id          the candidate's id (null only for one not stored yet)
 * @param plateText   the plate as read (or as a traffic officer read it from the image), not normalised; null: unreadable
 * @param vehicleClass the class the camera or import gave, if any (the vehicle registry's class wins)
 */
public record PendingCandidate(Long id, String cameraCode, ViolationKind kind, String plateText, VehicleClass vehicleClass,
                               Instant observedAt, Integer speedKmh, Integer limitKmh, String place, byte[] evidence,
                               String evidenceSha256) {

    /** km/h over the limit (speeding), or null. */
    public Integer overKmh() {
        return speedKmh == null || limitKmh == null ? null : speedKmh - limitKmh;
    }
}
