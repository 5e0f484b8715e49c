package vn.smartcity.ioc.web.console.cameras;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.smartcity.ioc.camera.application.CameraRegistry;
import vn.smartcity.ioc.camera.application.CameraRetention;
import vn.smartcity.ioc.camera.application.IngestCounters;
import vn.smartcity.ioc.camera.domain.Door;
import vn.smartcity.ioc.camera.infrastructure.DeadLetters;
import vn.smartcity.ioc.web.shared.Messages;

/**
 * /console/cameras: the camera registry with each camera's health, what came through each door (stored,
 * duplicates, rejected) on this node, the dead letters of the detection queue with their reasons, and the
 * latest detection events, filtered by camera, label or event id (GET parameters, so a link can share them).
 */
@Named("cameras")
@RequestScoped
public class CamerasBacking {

    @Inject
    CameraRegistry registry;

    @Inject
    IngestCounters counters;

    @Inject
    DeadLetters deadLetters;

    @Inject
    CameraRetention retention;

    @Inject
    vn.smartcity.ioc.camera.application.EvidenceArchive archive;

    private String camera;
    private String sha;
    private String label;
    private String eventId;
    private List<CameraRegistry.CameraView> all;
    private List<CameraRegistry.EventView> events;
    private DeadLetters.Page letters;

    public List<CameraRegistry.CameraView> getAll() {
        if (all == null) {
            all = registry.cameras();
        }
        return all;
    }

    public List<CameraRegistry.EventView> getEvents() {
        if (events == null) {
            events = registry.latestEvents(camera, label, eventId, 100);
        }
        return events;
    }

    public DeadLetters.Page getDeadLetters() {
        if (letters == null) {
            letters = deadLetters.latest(50);
        }
        return letters;
    }

    public List<CameraRegistry.WallTile> getWall() {
        return registry.wall();
    }

    /** Who looked at the evidence image ?sha= (supervisors and administrators). */
    public List<vn.smartcity.ioc.camera.domain.EvidenceAccess> getAccesses() {
        return sha == null || !sha.matches("[0-9a-f]{64}") ? List.of() : archive.accesses(sha);
    }

    public String getSha() { return sha; }
    public void setSha(String sha) { this.sha = sha; }

    /** The map colour of a camera's status. */
    public String colour(String status) {
        return switch (status) {
            case "ONLINE" -> "#1b7f3b";
            case "OFFLINE", "TAMPERED" -> "#b00020";
            default -> "#777777";
        };
    }

    /** Administrators: deletes the evidence and detection events past their retention now (as the nightly purge). */
    public void purge() {
        CameraRetention.Purged purged = retention.now();
        Messages.info("cameras.purged", Messages.text("cameras.purgedCounts", purged.evidence(), purged.events()));
    }

    public List<Map.Entry<Door, IngestCounters.Counts>> getDoors() {
        return List.copyOf(counters.snapshot().entrySet());
    }

    public String getCamera() { return camera; }
    public void setCamera(String camera) { this.camera = camera; }
    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
    public String getEventId() { return eventId; }
    public void setEventId(String eventId) { this.eventId = eventId; }
}
