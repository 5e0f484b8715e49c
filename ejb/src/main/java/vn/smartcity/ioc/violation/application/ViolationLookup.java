package vn.smartcity.ioc.violation.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.smartcity.ioc.violation.domain.Plate;
import vn.smartcity.ioc.violation.domain.VehicleClass;
import vn.smartcity.ioc.violation.domain.Violation;
import vn.smartcity.ioc.violation.domain.ViolationCandidate;
import vn.smartcity.ioc.violation.infrastructure.PublicEvidenceImage;

/**
 * The citizens' look-up (portal): the confirmed violations of a plate and vehicle class. Only when, where,
 * what, the fine and the evidence image pixelated but for the vehicle (PublicEvidenceImage): never the owner,
 * never an unconfirmed violation; an image only to whoever gives the violation's plate and vehicle class.
 */
@Stateless
@PermitAll
public class ViolationLookup {

    /** A confirmed violation as the public sees it. */
    public record PublicViolation(long id, Instant observedAt, String place, String kind, Integer speedKmh, Integer limitKmh,
                                  Long fineMin, Long fineMax, Integer points, String legalBasis) implements Serializable {
    }

    @PersistenceContext(unitName = "ioc")
    EntityManager em;

    /** Empty when the text is not a plate; otherwise the confirmed violations, newest first (at most 50). */
    public Optional<List<PublicViolation>> confirmed(String plateText, VehicleClass vehicleClass) {
        Optional<Plate> plate = Plate.parse(plateText);
        if (plate.isEmpty() || vehicleClass == null) {
            return Optional.empty();
        }
        return Optional.of(em.createQuery("""
                        select v from Violation v where v.plate = :plate and v.vehicleClass = :class
                        and v.state in :confirmed order by v.observedAt desc""", Violation.class)
                .setParameter("plate", plate.get().canonical()).setParameter("class", vehicleClass)
                .setParameter("confirmed", List.of(Violation.State.CONFIRMED, Violation.State.NOTICE_ISSUED))
                .setMaxResults(50).getResultList().stream()
                .map(v -> new PublicViolation(v.getId(), v.getObservedAt(), v.getPlace(), v.getKind().name(), v.getSpeedKmh(),
                        v.getLimitKmh(), v.getFineMin(), v.getFineMax(), v.getPoints(), v.getLegalBasis()))
                .toList());
    }

    /**
     * The public evidence image (JPEG) of a confirmed violation of this plate and vehicle class; empty when there
     * is none such, or its image cannot be read.
     */
    public Optional<byte[]> publicEvidence(long violationId, String plateText, VehicleClass vehicleClass) {
        Optional<Plate> plate = Plate.parse(plateText);
        Violation v = em.find(Violation.class, violationId);
        if (plate.isEmpty() || v == null || !v.getPlate().equals(plate.get().canonical()) || v.getVehicleClass() != vehicleClass
                || !(v.getState() == Violation.State.CONFIRMED || v.getState() == Violation.State.NOTICE_ISSUED)) {
            return Optional.empty();
        }
        ViolationCandidate candidate = em.find(ViolationCandidate.class, v.getCandidateId());
        return candidate == null ? Optional.empty()
                : PublicEvidenceImage.render(candidate.getEvidence(), candidate.getVehicleBox());
    }
}
