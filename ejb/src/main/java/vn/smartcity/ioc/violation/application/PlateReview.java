package vn.smartcity.ioc.violation.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import vn.smartcity.ioc.identity.application.CurrentStaff;
import vn.smartcity.ioc.identity.domain.Roles;
import vn.smartcity.ioc.violation.domain.Plate;
import vn.smartcity.ioc.violation.domain.ViolationCandidate;

/**
 * The traffic officers' queue of candidates without a readable plate (PLATE_REVIEW: the camera or worker read
 * none, or none in the Vietnamese format). An officer reads the plate from the evidence image and enters it (the
 * candidate goes to the violation-processing job again, and from there to the officers' review like any other),
 * or rejects the candidate with a reason. Who did which, and when, stays on the candidate.
 */
@Stateless
@RolesAllowed(Roles.TRAFFIC_OFFICER)
public class PlateReview {

    /** A candidate waiting for its plate, as the queue shows it. */
    public record Waiting(long id, String cameraCode, vn.smartcity.ioc.violation.domain.ViolationKind kind, String plateAsRead, Instant observedAt, String place,
                          Integer speedKmh, Integer limitKmh, boolean withImage) {
    }

    /** Why an entry was refused: the message key of the console ({@code plates.refused.KEY}) and a detail. */
    public static class Refused extends vn.smartcity.ioc.shared.application.Refusal {
        private static final long serialVersionUID = 1L;

        public Refused(String key, String detail) {
            super(key, detail);
        }
    }

    /** The longest reason kept for a rejection. */
    public static final int MAX_REASON = 500;

    @PersistenceContext(unitName = "ioc")
    EntityManager em;

    @Inject
    CurrentStaff currentStaff;

    Clock clock = Clock.systemUTC();

    /** The oldest waiting candidates first, at most 100. */
    public List<Waiting> queue() {
        return em.createQuery("""
                        select new vn.smartcity.ioc.violation.application.PlateReview$Waiting(c.id, c.cameraCode,
                            c.kind, c.plateText, c.observedAt, c.place, c.speedKmh, c.limitKmh,
                            case when c.evidenceSha256 is null then false else true end)
                        from ViolationCandidate c where c.status = :waiting order by c.observedAt, c.id""", Waiting.class)
                .setParameter("waiting", ViolationCandidate.Status.PLATE_REVIEW).setMaxResults(100).getResultList();
    }

    /** How many wait. */
    public long count() {
        return em.createQuery("select count(c) from ViolationCandidate c where c.status = :waiting", Long.class)
                .setParameter("waiting", ViolationCandidate.Status.PLATE_REVIEW).getSingleResult();
    }

    /** The officer read {@code plateText} from the image: the candidate goes to the job again. Returns the plate. */
    public String enter(long candidateId, String plateText) {
        Plate plate = Plate.parse(plateText).orElseThrow(() -> new Refused("notAPlate", plateText));
        ViolationCandidate candidate = waiting(candidateId);
        candidate.plateRead(plate, officer(), clock.instant());
        return plate.canonical();
    }

    /** The officer rejects the candidate (no readable plate, not a violation) with a reason. */
    public void reject(long candidateId, String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON) {
            throw new Refused("reasonRequired", null);
        }
        ViolationCandidate candidate = waiting(candidateId);
        candidate.rejectByOfficer(reason.strip(), officer(), clock.instant());
    }

    private ViolationCandidate waiting(long candidateId) {
        ViolationCandidate candidate = em.find(ViolationCandidate.class, candidateId, LockModeType.PESSIMISTIC_WRITE);
        if (candidate == null || candidate.getStatus() != ViolationCandidate.Status.PLATE_REVIEW) {
            throw new Refused("notWaiting", Long.toString(candidateId)); // another officer took it meanwhile
        }
        return candidate;
    }

    private String officer() {
        return currentStaff.get().orElseThrow().username();
    }
}
