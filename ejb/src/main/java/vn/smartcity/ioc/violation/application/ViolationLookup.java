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

/**
 * The citizens' look-up (portal): the confirmed violations of a plate and vehicle class. Only when, where,
 * what and the fine: never the owner, never an unconfirmed violation. (Evidence images are not shown to the
 * public yet: other vehicles and faces would first have to be blurred.)
 */
@Stateless
@PermitAll
public class ViolationLookup {

    /** A confirmed violation as the public sees it. */
    public record PublicViolation(Instant observedAt, String place, String kind, Integer speedKmh, Integer limitKmh,
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
                .map(v -> new PublicViolation(v.getObservedAt(), v.getPlace(), v.getKind().name(), v.getSpeedKmh(),
                        v.getLimitKmh(), v.getFineMin(), v.getFineMax(), v.getPoints(), v.getLegalBasis()))
                .toList());
    }
}
