package vn.smartcity.ioc.traffic.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.smartcity.ioc.camera.domain.DetectionKind;
import vn.smartcity.ioc.identity.domain.Roles;
import vn.smartcity.ioc.traffic.domain.FlowCounter;
import vn.smartcity.ioc.traffic.domain.FlowMinute;

/**
 * Traffic per minute and lane of a camera over the last hours, counted from its vehicle detection events
 * (the index on camera and time keeps this a range scan). At most 6 hours at a time.
 */
@Stateless
@RolesAllowed({Roles.OPERATOR, Roles.SUPERVISOR, Roles.TRAFFIC_OFFICER, Roles.ANALYST, Roles.ADMIN})
public class TrafficFlow {

    /** The labels that are vehicles. */
    public static final List<String> VEHICLES = List.of("car", "motorbike", "motorcycle", "truck", "bus", "van", "bicycle");

    @PersistenceContext(unitName = "ioc")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** The last {@code hours} (1 to 6) up to now, minute by minute. */
    public List<FlowMinute> lastHours(String cameraCode, int hours) {
        Instant to = clock.instant().plusSeconds(60);
        Instant from = to.minus(Duration.ofHours(Math.min(Math.max(hours, 1), 6)));
        Integer limit = em.createQuery("select c.speedLimitKmh from Camera c where c.code = :code", Integer.class)
                .setParameter("code", cameraCode).getResultList().stream().findFirst().orElse(null);
        FlowCounter counter = new FlowCounter(limit);
        for (Object[] row : em.createQuery("""
                        select e.observedAt, e.lane, coalesce(e.trackId, e.eventId), e.speedKmh from DetectionEvent e
                        where e.cameraCode = :camera and e.observedAt >= :from and e.observedAt < :to
                          and e.kind = :object and e.label in :vehicles""", Object[].class)
                .setParameter("camera", cameraCode).setParameter("from", from).setParameter("to", to)
                .setParameter("object", DetectionKind.OBJECT).setParameter("vehicles", VEHICLES).getResultList()) {
            counter.add((Instant) row[0], (Integer) row[1], (String) row[2], (Double) row[3]);
        }
        return counter.minutes(from, to);
    }
}
