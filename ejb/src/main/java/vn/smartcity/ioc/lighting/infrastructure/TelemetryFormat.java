package vn.smartcity.ioc.lighting.infrastructure;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import vn.smartcity.ioc.lighting.domain.CabinetReading;
import vn.smartcity.ioc.lighting.domain.LightingCodes;
import vn.smartcity.ioc.lighting.domain.TelemetryBatch;
import vn.smartcity.ioc.lighting.domain.TelemetryReading;
import vn.smartcity.ioc.shared.infrastructure.Jsonp;

/**
 * Reads a gateway's telemetry message (docs/lighting.md), one of:
 * <ul>
 * <li>the IOC's compact JSON: {@code {"version":1,"gateway":"gw-01","readings":[{"luminaire":"LC-0001",
 *     "at":"2026-12-08T19:00:00+07:00","on":true,"level":100,"powerW":98.5,"energyWh":1234.5,"operatingHours":812.0,
 *     "lampFailure":false,"dimmingFailure":false,"supplyLoss":false}],"cabinets":[{"cabinet":"TD-01",
 *     "at":"…","supplyLoss":false}]}};</li>
 * <li>a FIWARE {@code Streetlight} entity, or an array of them, NGSI-LD (or NGSI v2) in normalized form (each
 *     attribute {@code {"type":"Property","value":…}}) or key-values form: the luminaire's code is the last part of
 *     the {@code id} (after the last {@code :}); {@code powerState} on/low/off, {@code illuminanceLevel} 0-1,
 *     {@code powerConsumption} W, {@code lifetimePowerConsumption} kWh, {@code status} defectiveLamp/brokenLantern
 *     (a lamp failure) or ok, {@code observationDateTime} (else the time it arrived).</li>
 * </ul>
 * Anything else is refused with the reason ({@link BadTelemetry}), in English: it is read by integrators next to
 * the raw message.
 */
public final class TelemetryFormat {

    /** The largest message read (a gateway of 1,000 luminaires in the compact form is about 200 KB). */
    public static final int MAX_BYTES = 512 * 1024;

    /** Why a message is not telemetry. */
    public static final class BadTelemetry extends Exception {
        private static final long serialVersionUID = 1L;

        public BadTelemetry(String reason) {
            super(reason);
        }
    }

    private TelemetryFormat() {
    }

    public static TelemetryBatch read(String gateway, byte[] payload, Instant arrived) throws BadTelemetry {
        if (payload == null || payload.length == 0) {
            throw new BadTelemetry("empty message");
        }
        if (payload.length > MAX_BYTES) {
            throw new BadTelemetry("message of " + payload.length + " bytes, more than " + MAX_BYTES);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(payload)).toString();
        } catch (CharacterCodingException e) {
            throw new BadTelemetry("not UTF-8 text");
        }
        JsonValue json;
        try (JsonReader reader = Jsonp.createReader(new StringReader(text))) {
            json = reader.readValue();
        } catch (JsonException | IllegalStateException e) {
            throw new BadTelemetry("not JSON: " + shorten(e.getMessage()));
        } catch (RuntimeException e) {
            // the parser's own limits (nesting depth): refused, never a failure that would be delivered again
            throw new BadTelemetry("not JSON the IOC reads: " + shorten(e.getMessage()));
        }
        try {
            if (json instanceof JsonArray array) {
                List<TelemetryReading> readings = new ArrayList<>();
                for (JsonValue v : array) {
                    if (!(v instanceof JsonObject o)) {
                        throw new BadTelemetry("an array holds Streetlight entities only");
                    }
                    readings.add(streetlight(o, arrived));
                    checkSize(readings.size());
                }
                if (readings.isEmpty()) {
                    throw new BadTelemetry("an empty array");
                }
                return new TelemetryBatch(readings, List.of());
            }
            if (!(json instanceof JsonObject o)) {
                throw new BadTelemetry("neither an object nor an array");
            }
            if (o.containsKey("type") && o.containsKey("id")) {
                return new TelemetryBatch(List.of(streetlight(o, arrived)), List.of());
            }
            return compact(gateway, o);
        } catch (ClassCastException | ArithmeticException | NullPointerException e) {
            throw new BadTelemetry("a field of the wrong type (" + shorten(e.getMessage()) + ")");
        }
    }

    private static TelemetryBatch compact(String gateway, JsonObject o) throws BadTelemetry {
        if (o.getInt("version", 1) != 1) {
            throw new BadTelemetry("version " + o.get("version") + " is not 1");
        }
        if (o.containsKey("gateway") && !gateway.equals(o.getString("gateway"))) {
            throw new BadTelemetry("gateway " + shorten(o.getString("gateway")) + " in a message on the topic of " + gateway);
        }
        List<TelemetryReading> readings = new ArrayList<>();
        for (JsonValue v : list(o, "readings")) {
            JsonObject r = v.asJsonObject();
            readings.add(new TelemetryReading(code(r.getString("luminaire")), instant(r.getString("at")),
                    bool(r, "on"), level(r, "level"), number(r, "powerW"), number(r, "energyWh"),
                    bool(r, "lampFailure"), bool(r, "dimmingFailure"), bool(r, "supplyLoss"), number(r, "operatingHours")));
            checkSize(readings.size());
        }
        List<CabinetReading> cabinets = new ArrayList<>();
        for (JsonValue v : list(o, "cabinets")) {
            JsonObject c = v.asJsonObject();
            Boolean lost = bool(c, "supplyLoss");
            if (lost == null) {
                throw new BadTelemetry("a cabinet's reading without supplyLoss");
            }
            cabinets.add(new CabinetReading(code(c.getString("cabinet")), instant(c.getString("at")), lost));
            checkSize(readings.size() + cabinets.size());
        }
        if (readings.isEmpty() && cabinets.isEmpty()) {
            throw new BadTelemetry("no readings and no cabinets");
        }
        return new TelemetryBatch(readings, cabinets);
    }

    private static List<JsonValue> list(JsonObject o, String name) throws BadTelemetry {
        JsonValue v = o.get(name);
        if (v == null || v == JsonValue.NULL) {
            return List.of();
        }
        if (!(v instanceof JsonArray a)) {
            throw new BadTelemetry(name + " is not an array");
        }
        return a;
    }

    private static TelemetryReading streetlight(JsonObject o, Instant arrived) throws BadTelemetry {
        String type = text(value(o, "type"));
        if (!"Streetlight".equals(type) && !"https://smartdatamodels.org/dataModel.Streetlighting/Streetlight".equals(type)) {
            throw new BadTelemetry("an entity of type " + shorten(type) + ", not Streetlight");
        }
        String id = text(o.get("id"));
        if (id == null) {
            throw new BadTelemetry("a Streetlight without id");
        }
        String code = code(id.substring(id.lastIndexOf(':') + 1));
        String state = text(value(o, "powerState"));
        Boolean on = state == null ? null : switch (state) {
            case "on", "low" -> Boolean.TRUE;
            case "off" -> Boolean.FALSE;
            case "bootingUp" -> null;
            default -> throw new BadTelemetry("powerState " + shorten(state));
        };
        Double illuminance = number(value(o, "illuminanceLevel"));
        Integer level = null;
        if (illuminance != null) {
            if (illuminance < 0 || illuminance > 1) {
                throw new BadTelemetry("illuminanceLevel " + illuminance + " is not 0 to 1");
            }
            level = (int) Math.round(illuminance * 100);
        }
        String status = text(value(o, "status"));
        Boolean lamp = status == null ? null : switch (status) {
            case "ok" -> Boolean.FALSE;
            case "defectiveLamp", "brokenLantern" -> Boolean.TRUE;
            case "columnIssue" -> null;
            default -> throw new BadTelemetry("status " + shorten(status));
        };
        Double lifetime = number(value(o, "lifetimePowerConsumption"));
        String observed = text(value(o, "observationDateTime"));
        return new TelemetryReading(code, observed == null ? arrived : instant(observed), on, level,
                nonNegative(number(value(o, "powerConsumption")), "powerConsumption"),
                lifetime == null ? null : nonNegative(lifetime, "lifetimePowerConsumption") * 1000, lamp, null, null, null);
    }

    /** An attribute's value in either form: the object's {@code value} (normalized) or the attribute itself. */
    private static JsonValue value(JsonObject entity, String name) {
        JsonValue v = entity.get(name);
        if (v instanceof JsonObject a && a.containsKey("value")) {
            v = a.get("value");
        }
        if (v instanceof JsonObject typed && typed.containsKey("@value")) {
            v = typed.get("@value");
        }
        return v;
    }

    private static String text(JsonValue v) throws BadTelemetry {
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (!(v instanceof JsonString s)) {
            throw new BadTelemetry("a text field holds " + v.getValueType().name().toLowerCase(Locale.ROOT));
        }
        return s.getString();
    }

    private static Double number(JsonValue v) throws BadTelemetry {
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (!(v instanceof JsonNumber n)) {
            throw new BadTelemetry("a number field holds " + v.getValueType().name().toLowerCase(Locale.ROOT));
        }
        double d = n.doubleValue();
        if (!Double.isFinite(d)) {
            throw new BadTelemetry("a number that is not finite");
        }
        return d;
    }

    private static Double number(JsonObject o, String name) throws BadTelemetry {
        return nonNegative(number(o.get(name)), name);
    }

    private static Double nonNegative(Double d, String name) throws BadTelemetry {
        if (d != null && (d < 0 || d > 1e12)) {
            throw new BadTelemetry(name + " " + d + " is out of range");
        }
        return d;
    }

    private static Integer level(JsonObject o, String name) throws BadTelemetry {
        Double d = number(o.get(name));
        if (d == null) {
            return null;
        }
        if (d < 0 || d > 100 || d != Math.rint(d)) {
            throw new BadTelemetry(name + " " + d + " is not a whole number 0 to 100");
        }
        return d.intValue();
    }

    private static Boolean bool(JsonObject o, String name) throws BadTelemetry {
        JsonValue v = o.get(name);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v == JsonValue.TRUE || v == JsonValue.FALSE) {
            return v == JsonValue.TRUE;
        }
        throw new BadTelemetry(name + " is not true or false");
    }

    private static String code(String code) throws BadTelemetry {
        if (!LightingCodes.isCode(code)) {
            throw new BadTelemetry("the code " + shorten(code) + " is not a luminaire or cabinet code");
        }
        return code;
    }

    private static Instant instant(String t) throws BadTelemetry {
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException | NullPointerException e) {
            throw new BadTelemetry("the time " + shorten(t) + " is not an ISO 8601 date-time with an offset");
        }
    }

    private static void checkSize(int n) throws BadTelemetry {
        if (n > TelemetryBatch.MAX_READINGS) {
            throw new BadTelemetry("more than " + TelemetryBatch.MAX_READINGS + " readings in one message");
        }
    }

    private static String shorten(String s) {
        if (s == null) {
            return "(none)";
        }
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
