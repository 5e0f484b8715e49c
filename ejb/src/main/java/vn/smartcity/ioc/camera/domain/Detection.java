package vn.smartcity.ioc.camera.domain;

import java.time.Instant;
import java.util.List;

/**
 * One detection event as it arrived, checked and normalised (docs/messaging.md, "Detection events"): whatever
 * the door, the application stores and evaluates this. {@code eventId} is unique per event: the same id twice
 * is the same event.
 *
 * @param box normalised "x,y,width,height" (or Frigate's pixel box "x1,y1,x2,y2"), or null
 * @param snapshot the evidence image itself when the event carried it (its hash checked), or null
 * @param snapshotType the image's media type, sniffed from its bytes
 * @param violation the traffic violation the camera saw (RED_LIGHT, SPEEDING, ...), or null
 * @param clipUrl the address of a video clip of the event kept elsewhere (http or https), or null
 * @param clipSha256 the SHA-256 of that clip's content (given with every clip)
 */
public record Detection(String eventId, String cameraCode, DetectionKind kind, Instant observedAt, String phase,
                        String trackId, String label, Double score, List<String> zones, String box, Double speedKmh,
                        Integer lane, String plate, CameraStatus cameraStatus, String snapshotSha256,
                        byte[] snapshot, String snapshotType, String violation, String clipUrl, String clipSha256) {

    public Detection {
        zones = zones == null ? List.of() : List.copyOf(zones);
    }

    /** An event without an image and without a violation. */
    public Detection(String eventId, String cameraCode, DetectionKind kind, Instant observedAt, String phase,
                     String trackId, String label, Double score, List<String> zones, String box, Double speedKmh,
                     Integer lane, String plate, CameraStatus cameraStatus, String snapshotSha256) {
        this(eventId, cameraCode, kind, observedAt, phase, trackId, label, score, zones, box, speedKmh, lane, plate,
                cameraStatus, snapshotSha256, null, null, null, null, null);
    }
}
