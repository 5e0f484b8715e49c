package vn.smartcity.ioc.dossier.infrastructure;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import vn.smartcity.ioc.dossier.application.DossierEventLine;
import vn.smartcity.ioc.dossier.domain.Channel;
import vn.smartcity.ioc.dossier.domain.DossierEvent;
import vn.smartcity.ioc.dossier.domain.WorkingCalendar;
import vn.smartcity.ioc.shared.domain.Invalid;
import vn.smartcity.ioc.shared.infrastructure.Jsonp;

/**
 * The wire format of dossier events (docs/dossiers.md): a JSON object per event (one a line in a file, or an array
 * on the REST door), or a CSV line under the header {@value #CSV_HEADER} (separator ";", RFC 4180 quotes). Times
 * are ISO-8601 with an offset ({@code 2026-12-08T08:15:00+07:00}) or the national portal's
 * {@code yyyyMMddHHmmss} in Vietnam's time; channels DESK / ONLINE / POST or the portal's 1 / 2 / 3.
 */
public final class DossierEventFormat {

    public static final String CSV_HEADER = "event_id;dossier;kind;at;procedure;department;unit;channel;note;rating";
    static final String[] FIELDS = CSV_HEADER.split(";");
    private static final DateTimeFormatter PORTAL_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setDelimiter(';').setTrim(true).get();

    private DossierEventFormat() {
    }

    /** One JSON object (a line of a JSON-lines file); refuses what is not one event with the reason. */
    public static DossierEventLine fromJson(String json, int line) {
        JsonValue value;
        try (JsonReader reader = Jsonp.createReader(new StringReader(json))) {
            value = reader.readValue();
        } catch (JsonException | IllegalStateException e) {
            throw new Invalid("dossier.format.json");
        }
        if (!(value instanceof JsonObject o)) {
            throw new Invalid("dossier.format.notAnObject");
        }
        return fromJson(o, line);
    }

    /** A JSON array of events (the REST door); each refused one named by its place in the array. */
    public static List<JsonObject> array(String json) {
        JsonStructure value;
        try (JsonReader reader = Jsonp.createReader(new StringReader(json))) {
            value = reader.read();
        } catch (JsonException | IllegalStateException e) {
            throw new Invalid("dossier.format.json");
        }
        if (value instanceof JsonObject o) {
            return List.of(o);
        }
        List<JsonObject> objects = new ArrayList<>();
        for (JsonValue v : (JsonArray) value) {
            if (!(v instanceof JsonObject o)) {
                throw new Invalid("dossier.format.notAnObject");
            }
            objects.add(o);
        }
        return objects;
    }

    public static DossierEventLine fromJson(JsonObject o, int line) {
        for (String key : o.keySet()) {
            if (!java.util.Arrays.asList(FIELDS).contains(key)) {
                throw new Invalid("dossier.format.unknownField", key);
            }
        }
        Map<String, String> f = new java.util.HashMap<>();
        for (String name : FIELDS) {
            JsonValue v = o.get(name);
            if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
                continue;
            }
            if (v instanceof JsonString s) {
                f.put(name, s.getString());
            } else if (v instanceof JsonNumber n && (name.equals("rating") || name.equals("channel"))) {
                f.put(name, n.toString());
            } else {
                throw new Invalid("dossier.format.notText", name);
            }
        }
        return line(f, line);
    }

    /** The events of a CSV text (header first); a line that is not one is refused with its number. */
    public static List<CSVRecord> csvRecords(String text) {
        try (CSVParser parser = CSVParser.parse(text, CSV)) {
            return parser.getRecords();
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new Invalid("dossier.format.csv", String.valueOf(e.getMessage()));
        }
    }

    /** Whether {@code record} is the header line (a file may begin with a byte-order mark). */
    public static boolean isHeader(CSVRecord record) {
        return String.join(";", record.toList()).replace("\uFEFF", "").equals(CSV_HEADER);
    }

    public static DossierEventLine fromCsv(CSVRecord record, int line) {
        if (record.size() != FIELDS.length) {
            throw new Invalid("dossier.format.csvFields", FIELDS.length, record.size());
        }
        Map<String, String> f = new java.util.HashMap<>();
        for (int i = 0; i < FIELDS.length; i++) {
            if (!record.get(i).isBlank()) {
                f.put(FIELDS[i], record.get(i));
            }
        }
        return line(f, line);
    }

    private static DossierEventLine line(Map<String, String> f, int line) {
        String eventId = required(f, "event_id", 80);
        if (!eventId.matches("\\S+")) {
            throw new Invalid("dossier.format.eventId");
        }
        String dossier = required(f, "dossier", 60);
        DossierEvent.Kind kind;
        try {
            kind = DossierEvent.Kind.valueOf(required(f, "kind", 24).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Invalid("dossier.format.kind", f.get("kind"));
        }
        Instant at = time(required(f, "at", 40));
        String procedure = optional(f, "procedure", 40);
        if (kind == DossierEvent.Kind.RECEIVED && procedure == null) {
            throw new Invalid("dossier.format.procedureRequired");
        }
        Integer rating = null;
        if (f.get("rating") != null) {
            try {
                rating = Integer.valueOf(f.get("rating").strip());
            } catch (NumberFormatException e) {
                rating = -1;
            }
            if (rating < 1 || rating > 5) {
                throw new Invalid("dossier.rating");
            }
        }
        return new DossierEventLine(line, eventId, dossier, kind, at, procedure, optional(f, "department", 40),
                optional(f, "unit", 60), channel(f.get("channel")), optional(f, "note", 1000), rating);
    }

    static Instant time(String text) {
        try {
            if (text.matches("\\d{14}")) {
                return LocalDateTime.parse(text, PORTAL_TIME).atZone(WorkingCalendar.VIETNAM).toInstant();
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new Invalid("dossier.format.time", text);
        }
    }

    static Channel channel(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return switch (text.strip().toUpperCase(Locale.ROOT)) {
            case "1", "DESK" -> Channel.DESK;
            case "2", "ONLINE" -> Channel.ONLINE;
            case "3", "POST" -> Channel.POST;
            default -> throw new Invalid("dossier.format.channel", text);
        };
    }

    private static String required(Map<String, String> f, String name, int max) {
        String value = optional(f, name, max);
        if (value == null) {
            throw new Invalid("dossier.format.required", name);
        }
        return value;
    }

    private static String optional(Map<String, String> f, String name, int max) {
        String value = f.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        value = value.strip();
        if (value.length() > max) {
            throw new Invalid("dossier.format.tooLong", name, max);
        }
        return value;
    }
}
