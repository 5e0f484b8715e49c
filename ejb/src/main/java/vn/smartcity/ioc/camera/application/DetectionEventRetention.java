package vn.smartcity.ioc.camera.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.smartcity.ioc.camera.domain.Camera;
import vn.smartcity.ioc.camera.domain.CameraKind;

/**
 * Purpose-bound retention of detection events (personal data: plates, tracks of people), as for evidence
 * images: an event is kept for its camera's retention days of the event's purpose, then deleted. The purpose is
 * the evidence's: an event a camera reports as a violation, or any event of a traffic or number-plate camera,
 * is kept for the traffic days ({@code retention_days_traffic}); the other events of a security camera for the
 * security days. Counted by the time the camera observed the event. Alerts and violation candidates made from
 * an event keep their own copy of what they need (their event id, the plate, the evidence image) and are not
 * touched. Run nightly by {@link CameraRetention}, one camera at a time.
 */
@Stateless
@PermitAll
public class DetectionEventRetention {

    private static final Logger LOG = Logger.getLogger(DetectionEventRetention.class.getName());

    static final String DELETE = "delete from DetectionEvent e where e.cameraCode = :camera and e.observedAt < :before";

    @PersistenceContext(unitName = "ioc")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** Deletes the events past their retention; returns how many. */
    public int purge() {
        Instant now = clock.instant();
        int purged = 0;
        for (Camera c : em.createQuery("select c from Camera c", Camera.class).getResultList()) {
            Instant traffic = now.minus(Duration.ofDays(c.getRetentionDaysTraffic()));
            if (c.getKind() == CameraKind.SECURITY) {
                Instant security = now.minus(Duration.ofDays(c.getRetentionDaysSecurity()));
                purged += em.createQuery(DELETE + " and e.violationKind is null").setParameter("camera", c.getCode())
                        .setParameter("before", security).executeUpdate();
                purged += em.createQuery(DELETE + " and e.violationKind is not null").setParameter("camera", c.getCode())
                        .setParameter("before", traffic).executeUpdate();
            } else {
                purged += em.createQuery(DELETE).setParameter("camera", c.getCode()).setParameter("before", traffic)
                        .executeUpdate();
            }
        }
        if (purged > 0) {
            int n = purged;
            LOG.info(() -> "detection event retention: " + n + " events deleted, past their retention");
        }
        return purged;
    }
}
