package vn.smartcity.ioc.violation.application;

import java.io.Serializable;
import java.time.Instant;

import vn.smartcity.ioc.violation.domain.Violation;

/** A violation as the review queue shows it. */
public record ViolationView(long id, long candidateId, String plate, String vehicleClass, String kind, String cameraCode,
                            Instant observedAt, String place, Integer speedKmh, Integer limitKmh, String ownerName,
                            Long fineMin, Long fineMax, Integer points, String legalBasis, String state,
                            String reviewNote, String firstConfirmedBy, int version) implements Serializable {

    static ViolationView of(Violation v) {
        return new ViolationView(v.getId(), v.getCandidateId(), v.getPlate(),
                v.getVehicleClass() == null ? null : v.getVehicleClass().name(), v.getKind().name(), v.getCameraCode(),
                v.getObservedAt(), v.getPlace(), v.getSpeedKmh(), v.getLimitKmh(), v.getOwnerName(), v.getFineMin(),
                v.getFineMax(), v.getPoints(), v.getLegalBasis(), v.getState().name(), v.getReviewNote(),
                v.getFirstConfirmedBy(), v.getVersion());
    }
}
