package vn.smartcity.ioc.camera.domain;

import java.time.Instant;
import java.util.List;

/**
 * One detection event as it arrived, checked and normalised (docs/messaging.md, "Detection events"): whatever
 * the door, the application stores and evaluates this. {@code eventId} is unique per event: the same id twice
 * is the same event.
 *
 * @param box normalised "x,y,width,height" (or Frigate's pixel box "x1,y1,x2,y2"), or null
 */
public record Detection(String eventId, String cameraCode, DetectionKind kind, Instant observedAt, String phase,
                        String trackId, String label, Double score, List<String> zones, String box, Double speedKmh,
                        Integer lane, String plate, CameraStatus cameraStatus, String snapshotSha256) {

    public Detection {
        zones = zones == null ? List.of() : List.copyOf(zones);
    }
}
