package vn.smartcity.ioc.violation.application;

import java.time.Clock;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.smartcity.ioc.identity.application.CurrentStaff;
import vn.smartcity.ioc.identity.domain.Roles;
import vn.smartcity.ioc.shared.domain.Text;
import vn.smartcity.ioc.violation.domain.FineRule;
import vn.smartcity.ioc.violation.domain.Plate;
import vn.smartcity.ioc.violation.domain.Vehicle;
import vn.smartcity.ioc.violation.domain.VehicleOwner;
import vn.smartcity.ioc.violation.domain.Violation;
import vn.smartcity.ioc.violation.domain.ViolationRepository;

/**
 * Traffic officers review violations: confirm (a second officer too at or above {@code IOC_SECOND_OFFICER_FINE}
 * VND, default 10,000,000, the top of the fine range), correct a misread plate, or reject with a reason. Every
 * decision is kept (Envers audit of {@code violation}); a decision based on an outdated page is refused.
 */
@Stateless
@RolesAllowed(Roles.TRAFFIC_OFFICER)
public class ViolationReview {

    public static final long SECOND_OFFICER_FROM = Long.parseLong(System.getenv().getOrDefault("IOC_SECOND_OFFICER_FINE", "10000000"));

    /** A review the application refuses, with the reason. */
    @ApplicationException(rollback = true)
    public static class ReviewRefused extends RuntimeException implements Text.Explained {
        private static final long serialVersionUID = 1L;
        private final Text explanation;

        public ReviewRefused(String key, Object... arguments) {
            this(new Text(key, arguments));
        }

        private ReviewRefused(Text explanation) {
            super(explanation.english());
            this.explanation = explanation;
        }

        /** The violation's own refusal, said as it said it. */
        ReviewRefused(RuntimeException refusal) {
            super(refusal.getMessage(), refusal);
            this.explanation = Text.of(refusal).orElse(null);
        }

        @Override
        public Text explanation() {
            return explanation;
        }
    }

    @PersistenceContext(unitName = "ioc")
    EntityManager em;

    @Inject
    ViolationRepository repository;

    @Inject
    ViolationProcessing processing;

    @Inject
    CurrentStaff currentStaff;

    Clock clock = Clock.systemUTC();

    /** Returns whether the violation is now CONFIRMED (false: a second officer must confirm). */
    public boolean confirm(long id, int version) {
        Violation v = find(id, version);
        try {
            return v.confirm(officer(), SECOND_OFFICER_FROM, clock.instant());
        } catch (IllegalStateException e) {
            throw new ReviewRefused(e);
        }
    }

    public void reject(long id, int version, String reason) {
        Violation v = find(id, version);
        try {
            v.reject(reason, officer(), clock.instant());
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new ReviewRefused(e);
        }
    }

    public void correctPlate(long id, int version, String plateText) {
        Violation v = find(id, version);
        Plate plate = Plate.parse(plateText).orElseThrow(() -> new ReviewRefused("violation.notAPlate", plateText));
        VehicleOwner vehicle = repository.vehicle(plate.canonical()).map(Vehicle::owner).orElse(null);
        FineRule rule = processing.fineRule(v.getObservedAt(), v.getKind(),
                vehicle != null ? vehicle.vehicleClass() : v.getVehicleClass(),
                v.getSpeedKmh() == null || v.getLimitKmh() == null ? null : v.getSpeedKmh() - v.getLimitKmh()).orElse(null);
        try {
            v.correctPlate(plate, vehicle, rule, officer(), clock.instant());
        } catch (IllegalStateException e) {
            throw new ReviewRefused(e);
        }
    }

    private Violation find(long id, int version) {
        Violation v = em.find(Violation.class, id);
        if (v == null) {
            throw new ReviewRefused("violation.notFound", id);
        }
        if (v.getVersion() != version) {
            throw new ReviewRefused("violation.changed", id);
        }
        return v;
    }

    private String officer() {
        return currentStaff.get().orElseThrow().username();
    }
}
