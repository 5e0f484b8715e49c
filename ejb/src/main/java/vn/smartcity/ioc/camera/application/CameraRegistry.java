package vn.smartcity.ioc.camera.application;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.smartcity.ioc.camera.domain.Camera;
import vn.smartcity.ioc.camera.domain.DetectionEvent;
import vn.smartcity.ioc.identity.domain.Roles;
import vn.smartcity.ioc.shared.infrastructure.persistence.JpqlWhere;

/** What the console shows of the cameras: the registry with each camera's health, and the latest events. */
@Stateless
@RolesAllowed({Roles.OPERATOR, Roles.SUPERVISOR, Roles.TRAFFIC_OFFICER, Roles.ANALYST, Roles.ADMIN})
public class CameraRegistry {

    /** A camera on the console. */
    public record CameraView(String code, String name, String kind, String address, Double latitude, Double longitude,
                             String externalName, String status, Instant lastSeenAt, boolean active) {
        static CameraView of(Camera c) {
            return new CameraView(c.getCode(), c.getName(), c.getKind().name(), c.getAddress(), c.getLatitude(),
                    c.getLongitude(), c.getExternalName(), c.getStatus().name(), c.getLastSeenAt(), c.isActive());
        }
    }

    /** A stored detection event on the console. */
    public record EventView(long id, String eventId, String cameraCode, String door, String sender, String kind,
                            String phase, String trackId, String label, Double score, String zones, Double speedKmh,
                            String plate, String cameraStatus, String snapshotSha256, String violation,
                            Instant observedAt, Instant receivedAt, boolean clip) {
        static EventView of(DetectionEvent e) {
            return new EventView(e.getId(), e.getEventId(), e.getCameraCode(), e.getDoor().name(), e.getSender(),
                    e.getKind().name(), e.getPhase(), e.getTrackId(), e.getLabel(), e.getScore(), e.getZones(),
                    e.getSpeedKmh(), e.getPlateText(), e.getCameraStatus() == null ? null : e.getCameraStatus().name(),
                    e.getSnapshotSha256(), e.getViolationKind(), e.getObservedAt(), e.getReceivedAt(), e.getClipUrl() != null);
        }
    }

    @PersistenceContext(unitName = "ioc")
    EntityManager em;

    public List<CameraView> cameras() {
        return em.createQuery("select c from Camera c order by c.code", Camera.class).getResultList().stream()
                .map(CameraView::of).toList();
    }

    /** The SHA-256 of a camera's latest snapshot that is still kept, if any (the geometry editor draws on it). */
    public java.util.Optional<String> latestSnapshot(String cameraCode) {
        return em.createQuery("select e.snapshotSha256 from DetectionEvent e, Evidence v where e.cameraCode = :code"
                        + " and e.snapshotSha256 = v.sha256 order by e.id desc", String.class)
                .setParameter("code", cameraCode).setMaxResults(1).getResultStream().findFirst();
    }

    /** A camera on the wall: its registry entry and its latest snapshot (the SHA-256 of the image), if any. */
    public record WallTile(CameraView camera, String snapshotSha256, Instant snapshotAt) {
    }

    /**
     * Every camera with its latest snapshot that is still kept: one short query per camera, walking its events
     * backwards on (camera_code, observed_at) until one whose picture is still in the archive (a single grouped
     * query over all events read the whole table).
     */
    public List<WallTile> wall() {
        return cameras().stream().map(c -> em.createQuery("select e.snapshotSha256, e.observedAt from DetectionEvent e"
                                + " where e.cameraCode = :code and e.snapshotSha256 is not null and exists"
                                + " (select v.sha256 from Evidence v where v.sha256 = e.snapshotSha256)"
                                + " order by e.observedAt desc", Object[].class)
                        .setParameter("code", c.code()).setMaxResults(1).getResultStream().findFirst()
                        .map(row -> new WallTile(c, (String) row[0], (Instant) row[1]))
                        .orElse(new WallTile(c, null, null)))
                .toList();
    }

    /** The newest events (by arrival), optionally of one camera, one label or one event id; at most {@code max}. */
    public List<EventView> latestEvents(String cameraCode, String label, String eventId, int max) {
        JpqlWhere where = new JpqlWhere();
        if (cameraCode != null && !cameraCode.isBlank()) {
            where.add("e.cameraCode = :camera", "camera", cameraCode.strip());
        }
        if (label != null && !label.isBlank()) {
            where.add("e.label = :label", "label", label.strip().toLowerCase(java.util.Locale.ROOT));
        }
        if (eventId != null && !eventId.isBlank()) {
            where.add("e.eventId = :eventId", "eventId", eventId.strip());
        }
        return where.bind(em.createQuery("select e from DetectionEvent e" + where.jpql() + " order by e.id desc",
                        DetectionEvent.class)).setMaxResults(Math.min(Math.max(max, 1), 500)).getResultList().stream().map(EventView::of).toList();
    }
}
