package vn.smartcity.ioc.worker.analysis;

import java.time.Instant;
import java.util.List;

/**
 * Something the scene rules saw happen to a tracked object (or to the camera), to be sent as a detection event.
 *
 * @param line      the line crossed ({@link Type#CROSSED})
 * @param direction +1 forward, -1 backward ({@link Type#CROSSED})
 * @param dwell     seconds the object has been in its current zones
 */
public record Observation(Type type, Instant at, int trackId, String label, double score, double[] box,
                          List<String> zones, Integer lane, Double speedKmh, String violation, String line,
                          Integer direction, Double dwell, String status) {

    public enum Type {
        /** a new object, confirmed (phase new) */
        APPEARED,
        /** its zones changed, or it stays in a zone (phase update) */
        ZONES,
        /** it crossed a counting line, one with a lane (phase update) */
        CROSSED,
        /** a speed trap measured it (phase update) */
        SPEED,
        /** it broke a traffic rule: red-light, speeding, wrong-way (phase update) */
        VIOLATION,
        /** it left, or was lost (phase end) */
        ENDED,
        /** the camera went online, offline or was tampered with (kind camera-status) */
        CAMERA_STATUS
    }

    public static Observation cameraStatus(Instant at, String status) {
        return new Observation(Type.CAMERA_STATUS, at, 0, null, 1.0, null, List.of(), null, null, null, null, null,
                null, status);
    }
}
