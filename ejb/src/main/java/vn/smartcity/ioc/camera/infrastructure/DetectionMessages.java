package vn.smartcity.ioc.camera.infrastructure;

import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;

import vn.smartcity.ioc.camera.domain.CameraStatus;
import vn.smartcity.ioc.camera.domain.Detection;
import vn.smartcity.ioc.camera.domain.DetectionKind;
import vn.smartcity.ioc.camera.domain.InvalidDetection;
import vn.smartcity.ioc.shared.domain.ImageType;
import vn.smartcity.ioc.shared.domain.Sha256;
import vn.smartcity.ioc.shared.infrastructure.Jsonp;

/**
 * Reads the IOC's detection message, version 1 (docs/messaging.md, "Detection events"): one JSON object, or a
 * JSON array of up to {@value #MAX_BATCH} of them. Everything is checked before anything is stored: a message
 * with one bad event is refused whole, with the reason naming the event and the field.
 */
public final class DetectionMessages {

    public static final int MAX_BATCH = 1000;
    /** A message body larger than this is refused unread (a batch of 1000 events fits easily). */
    public static final int MAX_CHARS = 2 * 1024 * 1024;

    private static final Pattern EVENT_ID = Pattern.compile("[A-Za-z0-9._:@/+=-]{1,120}");
    private static final Pattern LABEL = Pattern.compile("[a-z][a-z0-9_ -]{0,39}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);
    /** An evidence image carried in an event: at most 1 MB. */
    public static final int MAX_IMAGE_BYTES = 1024 * 1024;
    /** The violations a camera may report, by their name in the message. */
    static final java.util.Map<String, String> VIOLATIONS = new java.util.TreeMap<>(java.util.Map.of(
            "red-light", "RED_LIGHT", "speeding", "SPEEDING", "wrong-way", "WRONG_WAY", "wrong-lane", "WRONG_LANE",
            "no-helmet", "NO_HELMET", "illegal-stop", "ILLEGAL_STOP", "illegal-parking", "ILLEGAL_PARKING"));

    private final Function<String, Optional<String>> cameraCodes;
    private final Clock clock;

    /** @param cameraCodes the IOC camera code for a camera named in a message (its code or its Frigate name) */
    public DetectionMessages(Function<String, Optional<String>> cameraCodes, Clock clock) {
        this.cameraCodes = cameraCodes;
        this.clock = clock;
    }

    /** The events of a message body (an object or an array of objects). */
    public List<Detection> parse(String body) throws InvalidDetection {
        if (body == null || body.isBlank()) {
            throw new InvalidDetection("empty message");
        }
        if (body.length() > MAX_CHARS) {
            throw new InvalidDetection("message larger than " + MAX_CHARS + " characters");
        }
        JsonValue value;
        try (var reader = Jsonp.createReader(new StringReader(body))) {
            value = reader.readValue();
        } catch (JsonParsingException e) {
            throw new InvalidDetection("not JSON: " + e.getMessage());
        } catch (JsonException e) {
            throw new InvalidDetection("not JSON");
        }
        if (value.getValueType() == JsonValue.ValueType.OBJECT) {
            return List.of(one(value.asJsonObject()));
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new InvalidDetection("expected a JSON object or an array of objects");
        }
        JsonArray array = value.asJsonArray();
        if (array.isEmpty()) {
            throw new InvalidDetection("empty batch");
        }
        if (array.size() > MAX_BATCH) {
            throw new InvalidDetection("batch of " + array.size() + " events, at most " + MAX_BATCH);
        }
        List<Detection> events = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            try {
                if (array.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                    throw new InvalidDetection("not a JSON object");
                }
                events.add(one(array.getJsonObject(i)));
            } catch (InvalidDetection e) {
                throw new InvalidDetection("event " + i + ": " + e.getMessage());
            }
        }
        return events;
    }

    private Detection one(JsonObject o) throws InvalidDetection {
        JsonValue schema = o.get("schema");
        if (!(schema instanceof JsonNumber n) || !n.isIntegral() || n.intValue() != 1) {
            throw new InvalidDetection("schema: must be 1");
        }
        String eventId = required(o, "eventId");
        if (!EVENT_ID.matcher(eventId).matches()) {
            throw new InvalidDetection("eventId: 1 to 120 of A-Z a-z 0-9 . _ : @ / + = -");
        }
        String camera = required(o, "camera");
        String cameraCode = cameraCodes.apply(camera)
                .orElseThrow(() -> new InvalidDetection("camera: unknown camera " + clip(camera)));
        DetectionKind kind = switch (required(o, "kind")) {
            case "object" -> DetectionKind.OBJECT;
            case "review" -> DetectionKind.REVIEW;
            case "camera-status" -> DetectionKind.CAMERA_STATUS;
            default -> throw new InvalidDetection("kind: object, review or camera-status");
        };
        Instant at;
        try {
            at = Instant.parse(required(o, "at"));
        } catch (DateTimeParseException e) {
            throw new InvalidDetection("at: an ISO-8601 UTC time such as 2026-11-25T10:00:00.120Z");
        }
        if (at.isAfter(clock.instant().plus(FUTURE_TOLERANCE))) {
            throw new InvalidDetection("at: in the future (" + at + ")");
        }
        String phase = optional(o, "phase", 8);
        if (phase != null && !List.of("new", "update", "end").contains(phase)) {
            throw new InvalidDetection("phase: new, update or end");
        }
        String label = optional(o, "label", 40);
        if (label != null) {
            label = label.toLowerCase(Locale.ROOT);
            if (!LABEL.matcher(label).matches()) {
                throw new InvalidDetection("label: letters, digits, space, _ or -, at most 40");
            }
        } else if (kind == DetectionKind.OBJECT) {
            throw new InvalidDetection("label: required for an object event");
        }
        CameraStatus status = null;
        if (kind == DetectionKind.CAMERA_STATUS) {
            String s = required(o, "status");
            status = CameraStatus.reported(s).orElseThrow(() -> new InvalidDetection("status: online, offline or tampered"));
        }
        String snapshot = null;
        byte[] image = null;
        String imageType = null;
        if (o.get("snapshot") instanceof JsonObject snap) {
            snapshot = optional(snap, "sha256", 64);
            if (snapshot != null && !SHA256.matcher(snapshot).matches()) {
                throw new InvalidDetection("snapshot.sha256: 64 lower-case hex digits");
            }
            String base64 = snap.get("image") instanceof JsonString s ? s.getString() : null;
            if (base64 != null) {
                if (base64.length() > MAX_IMAGE_BYTES / 3 * 4 + 4) {
                    throw new InvalidDetection("snapshot.image: larger than " + MAX_IMAGE_BYTES + " bytes");
                }
                try {
                    image = Base64.getDecoder().decode(base64);
                } catch (IllegalArgumentException e) {
                    throw new InvalidDetection("snapshot.image: not base64");
                }
                imageType = ImageType.sniff(image).orElseThrow(() ->
                        new InvalidDetection("snapshot.image: not a JPEG, PNG or WebP image"));
                String actual = Sha256.of(image);
                if (snapshot != null && !snapshot.equals(actual)) {
                    throw new InvalidDetection("snapshot.sha256: does not match the image (its SHA-256 is " + actual + ")");
                }
                snapshot = actual;
            }
        } else if (o.containsKey("snapshot") && o.get("snapshot") != JsonValue.NULL) {
            throw new InvalidDetection("snapshot: an object {\"sha256\": ..., \"image\": base64}");
        }
        String clipUrl = null;
        String clipSha256 = null;
        if (o.get("clip") instanceof JsonObject clip) {
            clipUrl = clip.get("url") instanceof JsonString u ? u.getString().strip() : null;
            clipSha256 = clip.get("sha256") instanceof JsonString h ? h.getString().strip() : null;
            if (clipUrl == null || clipUrl.length() > 1000 || !(clipUrl.startsWith("https://") || clipUrl.startsWith("http://"))
                    || clipUrl.chars().anyMatch(c -> c <= ' ' || c == 127)) {
                throw new InvalidDetection("clip.url: an http or https address without spaces, at most 1000 characters");
            }
            if (clipSha256 == null || !SHA256.matcher(clipSha256).matches()) {
                throw new InvalidDetection("clip.sha256: 64 lower-case hex digits (the SHA-256 of the clip's content)");
            }
        } else if (o.containsKey("clip") && o.get("clip") != JsonValue.NULL) {
            throw new InvalidDetection("clip: an object {\"url\": ..., \"sha256\": ...}");
        }
        String violation = optional(o, "violation", 20);
        if (violation != null) {
            violation = VIOLATIONS.get(violation);
            if (violation == null) {
                throw new InvalidDetection("violation: one of " + String.join(", ", VIOLATIONS.keySet()));
            }
            if (kind != DetectionKind.OBJECT) {
                throw new InvalidDetection("violation: only on an object event");
            }
        }
        String plate = optional(o, "plate", 30);
        if (plate != null && plate.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidDetection("plate: control characters");
        }
        return new Detection(eventId, cameraCode, kind, at, phase, optional(o, "trackId", 80), label,
                number(o, "score", 0, 1), zones(o), box(o), number(o, "speedKmh", 0, 400), lane(o), plate, status,
                snapshot, image, imageType, violation, clipUrl, clipSha256);
    }

    private static String required(JsonObject o, String field) throws InvalidDetection {
        JsonValue v = o.get(field);
        if (!(v instanceof JsonString s) || s.getString().isBlank()) {
            throw new InvalidDetection(field + ": required (a string)");
        }
        return s.getString().strip();
    }

    private static String optional(JsonObject o, String field, int maxLength) throws InvalidDetection {
        JsonValue v = o.get(field);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (!(v instanceof JsonString s)) {
            throw new InvalidDetection(field + ": a string");
        }
        String text = s.getString().strip();
        if (text.length() > maxLength) {
            throw new InvalidDetection(field + ": at most " + maxLength + " characters");
        }
        return text.isEmpty() ? null : text;
    }

    private static Double number(JsonObject o, String field, double min, double max) throws InvalidDetection {
        JsonValue v = o.get(field);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (!(v instanceof JsonNumber n) || n.doubleValue() < min || n.doubleValue() > max) {
            throw new InvalidDetection(field + ": a number from " + fmt(min) + " to " + fmt(max));
        }
        return n.doubleValue();
    }

    private static Integer lane(JsonObject o) throws InvalidDetection {
        Double lane = number(o, "lane", 1, 20);
        if (lane != null && lane != Math.rint(lane)) {
            throw new InvalidDetection("lane: a whole number from 1 to 20");
        }
        return lane == null ? null : lane.intValue();
    }

    private static List<String> zones(JsonObject o) throws InvalidDetection {
        JsonValue v = o.get("zones");
        if (v == null || v == JsonValue.NULL) {
            return List.of();
        }
        if (!(v instanceof JsonArray a)) {
            throw new InvalidDetection("zones: an array of zone names");
        }
        List<String> zones = new ArrayList<>();
        int length = 0;
        for (JsonValue z : a) {
            if (!(z instanceof JsonString s) || s.getString().isBlank() || s.getString().length() > 40
                    || s.getString().contains(",")) {
                throw new InvalidDetection("zones: names of 1 to 40 characters, without commas");
            }
            zones.add(s.getString().strip());
            length += s.getString().length() + 1;
        }
        if (length > 400) {
            throw new InvalidDetection("zones: too many");
        }
        return zones;
    }

    private static String box(JsonObject o) throws InvalidDetection {
        JsonValue v = o.get("box");
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (!(v instanceof JsonArray a) || a.size() != 4) {
            throw new InvalidDetection("box: four numbers [x, y, width, height]");
        }
        List<String> parts = new ArrayList<>(4);
        for (JsonValue n : a) {
            if (!(n instanceof JsonNumber num) || num.doubleValue() < 0 || num.doubleValue() > 100_000) {
                throw new InvalidDetection("box: four numbers [x, y, width, height]");
            }
            parts.add(fmt(num.doubleValue()));
        }
        return String.join(",", parts);
    }

    static String fmt(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e9) {
            return Long.toString((long) d);
        }
        String s = String.format(Locale.ROOT, "%.4f", d);
        return s.replaceAll("0+$", "");
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
