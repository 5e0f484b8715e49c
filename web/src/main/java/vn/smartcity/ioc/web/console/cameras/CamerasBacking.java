package vn.smartcity.ioc.web.console.cameras;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.smartcity.ioc.camera.application.CameraRegistry;
import vn.smartcity.ioc.camera.application.IngestCounters;
import vn.smartcity.ioc.camera.domain.Door;
import vn.smartcity.ioc.camera.infrastructure.DeadLetters;

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

    private String camera;
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
