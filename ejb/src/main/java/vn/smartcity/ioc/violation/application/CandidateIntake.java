package vn.smartcity.ioc.violation.application;

import java.time.Instant;
import java.util.Locale;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import vn.smartcity.ioc.violation.domain.VehicleClass;
import vn.smartcity.ioc.violation.domain.ViolationCandidate;
import vn.smartcity.ioc.violation.domain.ViolationKind;
import vn.smartcity.ioc.violation.domain.ViolationRepository;

/**
 * Violation candidates from the detection pipeline: a camera (or the analytics worker) reported a violation
 * with its evidence image; the violation-processing job checks and fines it later. In the caller's transaction
 * (the one that stored the detection event), so a candidate exists exactly when its event does.
 */
@Stateless
@PermitAll
public class CandidateIntake {

    @Inject
    ViolationRepository repository;

    /**
     * @param kind a {@link ViolationKind} name
     * @param label the detector's label of the vehicle (car, motorbike, truck, bus...), or null
     * @param box where the vehicle is in the image ("x,y,width,height", as the detection event has it), or null
     */
    public void add(String cameraCode, String kind, String plate, String label, Instant observedAt, Double speedKmh,
                    Integer limitKmh, String place, byte[] evidence, String evidenceSha256, String box) {
        repository.addCandidate(new ViolationCandidate(cameraCode, ViolationKind.valueOf(kind), plate, vehicleClass(label),
                observedAt, speedKmh == null ? null : (int) Math.round(speedKmh), limitKmh, place, evidence, evidenceSha256,
                box));
    }

    /** The vehicle class of a detector's label, or null when the label does not tell. */
    static VehicleClass vehicleClass(String label) {
        return switch (label == null ? "" : label.toLowerCase(Locale.ROOT)) {
            case "car", "van", "taxi" -> VehicleClass.CAR;
            case "motorbike", "motorcycle", "scooter" -> VehicleClass.MOTORBIKE;
            case "truck", "bus", "lorry" -> VehicleClass.TRUCK;
            default -> null;
        };
    }
}
