package vn.smartcity.ioc.worker.events;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.smartcity.ioc.worker.analysis.Observation;

/**
 * Writes observations as the IOC's detection events, schema 1 (docs/messaging.md). Event ids are
 * {@code <camera>:<run>:<track>:<n>}: the run (this worker's start, base 36) keeps ids unique across restarts,
 * the counter within a run; a resend of the same event keeps its id, so the IOC stores it once.
 */
public final class DetectionJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String camera;
    private final String run;
    private long next;

    public DetectionJson(String camera, String run) {
        this.camera = camera;
        this.run = run;
    }

    /** @param jpeg the evidence picture, or null */
    public Event event(Observation o, byte[] jpeg) {
        String id = camera + ":" + run + ":" + o.trackId() + ":" + (++next);
        ObjectNode e = NODES.objectNode();
        e.put("schema", 1);
        e.put("eventId", id);
        e.put("camera", camera);
        if (o.type() == Observation.Type.CAMERA_STATUS) {
            e.put("kind", "camera-status");
            e.put("at", o.at().toString());
            e.put("status", o.status());
            return new Event(id, e.toString(), jpeg != null);
        }
        e.put("kind", "object");
        e.put("at", o.at().toString());
        e.put("phase", switch (o.type()) {
            case APPEARED -> "new";
            case ENDED -> "end";
            default -> "update";
        });
        e.put("trackId", Integer.toString(o.trackId()));
        e.put("label", o.label());
        e.put("score", Math.round(o.score() * 100) / 100.0);
        if (o.box() != null) {
            ArrayNode box = e.putArray("box");
            for (double v : o.box()) {
                box.add(Math.round(Math.max(0, Math.min(1, v)) * 10000) / 10000.0);
            }
        }
        if (!o.zones().isEmpty()) {
            ArrayNode zones = e.putArray("zones");
            o.zones().forEach(zones::add);
        }
        if (o.lane() != null) {
            e.put("lane", o.lane());
        }
        if (o.speedKmh() != null) {
            e.put("speedKmh", Math.min(400, o.speedKmh()));
        }
        if (o.violation() != null) {
            e.put("violation", o.violation());
        }
        if (jpeg != null) {
            ObjectNode snapshot = e.putObject("snapshot");
            snapshot.put("sha256", sha256(jpeg));
            snapshot.put("image", Base64.getEncoder().encodeToString(jpeg));
        }
        return new Event(id, e.toString(), jpeg != null);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One event ready to send: its id (also the duplicate-detection id) and its JSON. */
    public record Event(String id, String json, boolean withImage) {
    }
}
