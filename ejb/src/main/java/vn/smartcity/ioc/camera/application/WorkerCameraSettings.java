package vn.smartcity.ioc.camera.application;

import java.time.Instant;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.smartcity.ioc.camera.domain.Camera;

/**
 * What a video-analytics worker reads of a camera from the registry at its start (GET
 * /ioc/api/detections/cameras/{code}, integration accounts only: the web module's constraint): the geometry
 * drawn on the console (zones, lines, lanes, signal, privacy masks) and the speed limit, so that a worker's
 * file need not repeat them.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class WorkerCameraSettings {

    /** A camera as a worker needs it; {@code geometry} is the registry's JSON, or null when none is drawn. */
    public record Settings(String code, boolean active, Integer speedLimitKmh, String geometry, Instant changedAt) {
    }

    @PersistenceContext(unitName = "ioc")
    EntityManager em;

    public Optional<Settings> of(String code) {
        return em.createQuery("select c from Camera c where c.code = :code", Camera.class).setParameter("code", code)
                .getResultStream().findFirst()
                .map(c -> new Settings(c.getCode(), c.isActive(), c.getSpeedLimitKmh(), c.getGeometry(), c.getChangedAt()));
    }
}
