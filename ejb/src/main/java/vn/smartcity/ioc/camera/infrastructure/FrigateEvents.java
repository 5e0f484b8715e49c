package vn.smartcity.ioc.camera.infrastructure;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import vn.smartcity.ioc.camera.domain.Detection;
import vn.smartcity.ioc.camera.domain.DetectionKind;
import vn.smartcity.ioc.camera.domain.InvalidDetection;
import vn.smartcity.ioc.shared.domain.ImageType;
import vn.smartcity.ioc.shared.domain.Sha256;
import vn.smartcity.ioc.shared.infrastructure.Jsonp;

/**
 * Maps Frigate's MQTT messages (../shared/reference/frigate-mqtt-events.md) to detection events:
 * {@code <prefix>/events} (a tracked object: new, update, end, with before/after) and {@code <prefix>/reviews}
 * (a review item: detection or alert). The event id is "frigate:" and the SHA-256 of the payload, so a QoS 1
 * message the broker delivers twice is one event, while each new update of the same object is a new one; the
 * object's Frigate id is kept as the track id. Frigate's speed is taken as km/h (Frigate's metric unit system).
 * A picture on {@code <prefix>/<camera>/<object>/snapshot} (the JPEG Frigate publishes of the object it tracks)
 * is an event of kind SNAPSHOT (phase "snapshot", the object as label) carrying that picture as its evidence
 * image: the camera wall's latest picture, never evaluated by rules or counted as an object; its event id is the
 * hash of topic and picture, so the same picture published again (Frigate repeats the best one at the end,
 * and the broker re-sends a retained one) is one event.
 */
public final class FrigateEvents {

    private final Function<String, Optional<String>> cameraCodes;

    public FrigateEvents(Function<String, Optional<String>> cameraCodes) {
        this.cameraCodes = cameraCodes;
    }

    /** The event of one MQTT message, or empty for one the IOC does not keep (a false positive). */
    public Optional<Detection> map(String topic, byte[] payload) throws InvalidDetection {
        return map(topic, payload, Instant.now());
    }

    /** As {@link #map(String, byte[])}, a snapshot (which carries no time) taken as seen at {@code receivedAt}. */
    public Optional<Detection> map(String topic, byte[] payload, Instant receivedAt) throws InvalidDetection {
        if (topic.endsWith("/snapshot")) {
            return Optional.of(snapshot(topic, payload, receivedAt));
        }
        JsonObject message;
        try (var reader = Jsonp.createReader(new StringReader(new String(payload, StandardCharsets.UTF_8)))) {
            message = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidDetection("not a JSON object");
        }
        String type = text(message, "type");
        if (!List.of("new", "update", "end").contains(type == null ? "" : type)) {
            throw new InvalidDetection("type: new, update or end");
        }
        if (!(message.get("after") instanceof JsonObject after)) {
            throw new InvalidDetection("after: required");
        }
        String eventId = "frigate:" + Sha256.of(payload);
        String camera = text(after, "camera");
        if (camera == null) {
            throw new InvalidDetection("after.camera: required");
        }
        String cameraCode = cameraCodes.apply(camera)
                .orElseThrow(() -> new InvalidDetection("after.camera: unknown camera " + camera));
        String trackId = clip(text(after, "id"), 80);
        if (topic.endsWith("/reviews")) {
            JsonObject data = after.get("data") instanceof JsonObject d ? d : JsonValue.EMPTY_JSON_OBJECT;
            Double end = number(after, "end_time");
            Instant at = seconds(end != null ? end : required(after, "start_time"));
            String severity = text(after, "severity");
            return Optional.of(new Detection(eventId, cameraCode, DetectionKind.REVIEW, at, type, trackId,
                    severity == null ? null : clip(severity.toLowerCase(Locale.ROOT), 40), null,
                    strings(data, "zones"), null, null, null, null, null, null));
        }
        if (!topic.endsWith("/events")) {
            throw new InvalidDetection("topic " + topic + ": not a Frigate events or reviews topic");
        }
        if (after.getBoolean("false_positive", false)) {
            return Optional.empty();
        }
        String label = text(after, "label");
        if (label == null) {
            throw new InvalidDetection("after.label: required");
        }
        Double score = number(after, "score");
        if (score == null) {
            score = number(after, "top_score");
        }
        Double speed = number(after, "current_estimated_speed");
        return Optional.of(new Detection(eventId, cameraCode, DetectionKind.OBJECT,
                seconds(required(after, "frame_time")), type, trackId, clip(label.toLowerCase(Locale.ROOT), 40),
                score == null ? null : Math.max(0, Math.min(1, score)), strings(after, "current_zones"),
                box(after), speed == null || speed <= 0 ? null : Math.min(speed, 400), null,
                clip(text(after, "recognized_license_plate"), 30), null, null));
    }

    private Detection snapshot(String topic, byte[] payload, Instant receivedAt) throws InvalidDetection {
        String[] parts = topic.split("/");
        if (parts.length < 4 || parts[parts.length - 3].isBlank() || parts[parts.length - 2].isBlank()) {
            throw new InvalidDetection("topic " + topic + ": not <prefix>/<camera>/<object>/snapshot");
        }
        String camera = parts[parts.length - 3];
        String cameraCode = cameraCodes.apply(camera)
                .orElseThrow(() -> new InvalidDetection("snapshot of unknown camera " + clip(camera, 80)));
        if (payload.length == 0 || payload.length > DetectionMessages.MAX_IMAGE_BYTES) {
            throw new InvalidDetection("snapshot: 1 byte to " + DetectionMessages.MAX_IMAGE_BYTES + " bytes");
        }
        String type = ImageType.sniff(payload)
                .orElseThrow(() -> new InvalidDetection("snapshot: not a JPEG, PNG or WebP image"));
        String hash = Sha256.of(payload);
        String eventId = "frigate:" + Sha256.of((topic + "\n" + hash).getBytes(StandardCharsets.UTF_8));
        return new Detection(eventId, cameraCode, DetectionKind.SNAPSHOT, receivedAt, "snapshot", null,
                clip(parts[parts.length - 2].toLowerCase(Locale.ROOT), 40), null, List.of(), null, null, null, null,
                null, hash, payload, type, null, null, null);
    }

    private static Instant seconds(double epochSeconds) {
        return Instant.ofEpochMilli(Math.round(epochSeconds * 1000));
    }

    private static double required(JsonObject o, String field) throws InvalidDetection {
        Double n = number(o, field);
        if (n == null) {
            throw new InvalidDetection("after." + field + ": required (seconds since 1970)");
        }
        return n;
    }

    private static String text(JsonObject o, String field) {
        return o.get(field) instanceof JsonString s && !s.getString().isBlank() ? s.getString().strip() : null;
    }

    private static Double number(JsonObject o, String field) {
        return o.get(field) instanceof JsonNumber n ? n.doubleValue() : null;
    }

    private static List<String> strings(JsonObject o, String field) {
        List<String> values = new ArrayList<>();
        int length = 0;
        if (o.get(field) instanceof JsonArray a) {
            for (JsonValue v : a) {
                if (v instanceof JsonString s && !s.getString().isBlank()) {
                    String z = clip(s.getString().strip().replace(",", " "), 40);
                    length += z.length() + 1;
                    if (length > 400) {
                        break;
                    }
                    values.add(z);
                }
            }
        }
        return values;
    }

    private static String box(JsonObject o) {
        if (o.get("box") instanceof JsonArray a && a.size() == 4) {
            List<String> parts = new ArrayList<>();
            for (JsonValue v : a) {
                if (!(v instanceof JsonNumber n)) {
                    return null;
                }
                parts.add(DetectionMessages.fmt(n.doubleValue()));
            }
            return clip(String.join(",", parts), 80);
        }
        return null;
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
