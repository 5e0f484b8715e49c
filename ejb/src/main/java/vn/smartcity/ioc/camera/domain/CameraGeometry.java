package vn.smartcity.ioc.camera.domain;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import vn.smartcity.ioc.shared.domain.Invalid;
import vn.smartcity.ioc.shared.infrastructure.Jsonp;

/**
 * A camera's geometry, the JSON that the video-analytics worker reads (docs/worker.md): named zones, lines
 * (counting lines with a lane, speed lines, the stop line), speed traps, lanes with a direction, the traffic
 * signal and privacy masks, every point {@code [x, y]} normalised to the picture (0–1). Checked here so that a
 * camera never stores a geometry the worker would refuse; each refusal says where the mistake is.
 */
public final class CameraGeometry {

    public static final int MAX_LENGTH = 4000;
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");
    private static final Set<String> KEYS = Set.of("zones", "lines", "speedTraps", "stopLine", "lanes", "signal",
            "privacyMasks");

    private final String json;
    private final List<String> zones;
    private final List<String> lines;

    private CameraGeometry(String json, List<String> zones, List<String> lines) {
        this.json = json;
        this.zones = zones;
        this.lines = lines;
    }

    /** The geometry in compact JSON, as stored. */
    public String json() {
        return json;
    }

    public List<String> zoneNames() {
        return zones;
    }

    public List<String> lineNames() {
        return lines;
    }

    /** Checks a geometry; blank is none (null). */
    public static CameraGeometry parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > MAX_LENGTH) {
            throw new Invalid("camera.geometry.tooLong", MAX_LENGTH);
        }
        JsonValue value;
        try (var reader = Jsonp.createReader(new StringReader(text))) {
            value = reader.readValue();
        } catch (JsonParsingException e) {
            throw new Invalid("camera.geometry.notJsonBecause", e.getMessage());
        } catch (JsonException e) {
            throw new Invalid("camera.geometry.notJson");
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new Invalid("camera.geometry.notAnObject");
        }
        JsonObject g = value.asJsonObject();
        for (String key : g.keySet()) {
            if (!KEYS.contains(key)) {
                throw new Invalid("camera.geometry.unknownKey", key, String.join(", ", KEYS.stream().sorted().toList()));
            }
        }
        List<String> zones = new ArrayList<>();
        for (JsonObject z : objects(g, "zones")) {
            String name = name(z, "zones");
            unique(zones, name, "zone");
            polygon(z.get("polygon"), "zone " + name);
        }
        List<String> lines = new ArrayList<>();
        for (JsonObject l : objects(g, "lines")) {
            String name = name(l, "lines");
            unique(lines, name, "line");
            point(l.get("from"), "line " + name + ": from");
            point(l.get("to"), "line " + name + ": to");
            if (l.containsKey("lane")) {
                lane(l.get("lane"), "line " + name);
            }
        }
        for (JsonObject t : objects(g, "speedTraps")) {
            String first = string(t, "first", "speed trap");
            String second = string(t, "second", "speed trap");
            if (!lines.contains(first) || !lines.contains(second) || first.equals(second)) {
                throw new Invalid("camera.geometry.speedTrapLines", first, second);
            }
            double metres = number(t.get("metres"), "speed trap " + first + "–" + second + ": metres");
            if (metres <= 0 || metres > 500) {
                throw new Invalid("camera.geometry.speedTrapMetres", first, second);
            }
        }
        if (g.containsKey("stopLine")) {
            String stop = g.get("stopLine").getValueType() == JsonValue.ValueType.STRING ? g.getString("stopLine") : null;
            if (stop == null || !lines.contains(stop)) {
                throw new Invalid("camera.geometry.stopLine");
            }
        }
        Set<Integer> laneNumbers = new HashSet<>();
        for (JsonObject l : objects(g, "lanes")) {
            int lane = lane(l.get("lane"), "lanes");
            if (!laneNumbers.add(lane)) {
                throw new Invalid("camera.geometry.laneTwice", lane);
            }
            polygon(l.get("polygon"), "lane " + lane);
            JsonArray d = array(l.get("direction"), "lane " + lane + ": direction [dx, dy]");
            if (d.size() != 2 || Math.hypot(number(d.get(0), "lane " + lane + ": direction"),
                    number(d.get(1), "lane " + lane + ": direction")) == 0) {
                throw new Invalid("camera.geometry.laneDirection", lane);
            }
        }
        if (g.containsKey("signal")) {
            signal(g.get("signal"));
        }
        if (g.containsKey("privacyMasks")) {
            int i = 0;
            for (JsonValue mask : array(g.get("privacyMasks"), "privacyMasks")) {
                polygon(mask, "privacy mask " + ++i);
            }
        }
        return new CameraGeometry(g.toString(), List.copyOf(zones), List.copyOf(lines));
    }

    private static void signal(JsonValue value) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new Invalid("camera.geometry.signalObject");
        }
        JsonObject s = value.asJsonObject();
        if (s.containsKey("lamp")) {
            JsonArray lamp = array(s.get("lamp"), "signal: lamp [x, y, width, height]");
            if (lamp.size() != 4) {
                throw new Invalid("camera.geometry.lamp");
            }
            for (JsonValue v : lamp) {
                unit(number(v, "signal: lamp"), "signal: lamp");
            }
            return;
        }
        double cycle = number(s.get("cycleSeconds"), "signal: cycleSeconds (or a lamp)");
        double red = number(s.get("redSeconds"), "signal: redSeconds");
        double from = s.containsKey("redFromSecond") ? number(s.get("redFromSecond"), "signal: redFromSecond") : 0;
        if (cycle < 10 || cycle > 600 || red <= 0 || red >= cycle || from < 0 || from >= cycle) {
            throw new Invalid("camera.geometry.cycle");
        }
        if (s.containsKey("epoch")) {
            try {
                java.time.Instant.parse(s.getString("epoch"));
            } catch (RuntimeException e) {
                throw new Invalid("camera.geometry.epoch");
            }
        }
    }

    private static List<JsonObject> objects(JsonObject g, String key) {
        if (!g.containsKey(key)) {
            return List.of();
        }
        List<JsonObject> out = new ArrayList<>();
        for (JsonValue v : array(g.get(key), key)) {
            if (v.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new Invalid("camera.geometry.objects", key);
            }
            out.add(v.asJsonObject());
        }
        return out;
    }

    private static String name(JsonObject o, String where) {
        String name = string(o, "name", where);
        if (!NAME.matcher(name).matches()) {
            throw new Invalid("camera.geometry.name", where, name);
        }
        return name;
    }

    private static String string(JsonObject o, String key, String where) {
        JsonValue v = o.get(key);
        if (v == null || v.getValueType() != JsonValue.ValueType.STRING) {
            throw new Invalid("camera.geometry.required", where, key);
        }
        return o.getString(key);
    }

    private static void unique(List<String> names, String name, String what) {
        if (names.contains(name)) {
            throw new Invalid("camera.geometry.twice." + what, name);
        }
        names.add(name);
    }

    private static int lane(JsonValue v, String where) {
        double lane = number(v, where + ": lane");
        if (lane != Math.rint(lane) || lane < 1 || lane > 20) {
            throw new Invalid("camera.geometry.lane", where);
        }
        return (int) lane;
    }

    private static void polygon(JsonValue v, String where) {
        JsonArray points = array(v, where + ": polygon [[x, y], …]");
        if (points.size() < 3 || points.size() > 50) {
            throw new Invalid("camera.geometry.polygon", where);
        }
        for (JsonValue p : points) {
            point(p, where);
        }
    }

    private static void point(JsonValue v, String where) {
        JsonArray p = array(v, where + ": a point [x, y]");
        if (p.size() != 2) {
            throw new Invalid("camera.geometry.point", where);
        }
        unit(number(p.get(0), where), where);
        unit(number(p.get(1), where), where);
    }

    private static void unit(double value, String where) {
        if (value < 0 || value > 1) {
            throw new Invalid("camera.geometry.unit", where, String.valueOf(value));
        }
    }

    private static JsonArray array(JsonValue v, String what) {
        if (v == null || v.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new Invalid("camera.geometry.expected", what);
        }
        return v.asJsonArray();
    }

    private static double number(JsonValue v, String what) {
        if (v == null || v.getValueType() != JsonValue.ValueType.NUMBER) {
            throw new Invalid("camera.geometry.number", what);
        }
        return ((JsonNumber) v).doubleValue();
    }
}
