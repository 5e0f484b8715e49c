package vn.smartcity.ioc.simulator;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

/**
 * What a street-lighting gateway does, without the network: it keeps the last schedule the IOC sent for each of
 * its luminaires and the overrides in force, answers every command by its id (a command sent twice is answered
 * twice and done once), and reports each luminaire's state in the IOC's compact telemetry form. Where it has no
 * schedule for the time (never sent one, or the IOC was away longer than the schedule's days), a luminaire burns
 * from 18:00 to 06:00 at full level, as a photocell would. Told to fail a lamp or lose the supply, it reports that.
 * Thread-safe (one lock).
 */
public final class LightingGateway {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** A luminaire of the gateway: its code, rated power, whether it dims, its cabinet (may be null). */
    public record Luminaire(String code, int ratingW, boolean dimmable, String cabinet) {
    }

    private record Override(long id, int level, Instant from, Instant until, Set<String> luminaires) {
    }

    private final String name;
    private final Map<String, Luminaire> luminaires = new LinkedHashMap<>();
    private final Map<String, TreeMap<Instant, Integer>> schedules = new LinkedHashMap<>();
    private final Map<String, Instant> scheduleEnds = new LinkedHashMap<>();
    private final Map<Long, Override> overrides = new LinkedHashMap<>();
    private final Set<String> failed = new HashSet<>();
    private final Set<String> commandsDone = new HashSet<>();
    private final Map<String, double[]> counters = new LinkedHashMap<>(); // energy Wh, operating hours
    private final Random noise = new Random(7);
    private boolean supplyLost;
    private Instant lastReport;

    public LightingGateway(String name, List<Luminaire> luminaires) {
        this.name = name;
        for (Luminaire l : luminaires) {
            this.luminaires.put(l.code(), l);
            counters.put(l.code(), new double[] {0, 0});
        }
    }

    /** The luminaires of one gateway in a register CSV of the IOC (the import's luminaire columns, docs/lighting.md). */
    public static LightingGateway fromRegister(String gateway, Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        if (lines.isEmpty() || !lines.get(0).replace("\uFEFF", "").startsWith("code;latitude;longitude;ward;road;model;technology;power_w;dimmable;gateway")) {
            throw new IOException(csv + " is not a luminaire register CSV (header code;latitude;…;gateway;group;cabinet)");
        }
        List<Luminaire> mine = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(";", -1);
            if (f.length >= 12 && f[9].strip().equals(gateway)) {
                String dim = f[8].strip().toLowerCase(java.util.Locale.ROOT);
                mine.add(new Luminaire(f[0].strip(), Integer.parseInt(f[7].strip()),
                        dim.equals("yes") || dim.equals("true") || dim.equals("1") || dim.equals("có"),
                        f[11].isBlank() ? null : f[11].strip()));
            }
        }
        return new LightingGateway(gateway, mine);
    }

    public String name() {
        return name;
    }

    public synchronized int size() {
        return luminaires.size();
    }

    /**
     * Takes a command of the IOC and gives the answer to publish on {@code …/<gateway>/acks} (null for a message
     * that is not a command: nothing to answer).
     */
    public synchronized String command(String json) {
        JsonObject c;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            c = reader.readObject();
        } catch (RuntimeException e) {
            return null;
        }
        String id = c.getString("commandId", null);
        if (id == null) {
            return null;
        }
        String status = "ok";
        String detail = null;
        if (!commandsDone.contains(id)) {
            try {
                switch (c.getString("kind", "")) {
                    case "schedule" -> schedule(c);
                    case "override" -> overrides.put(c.getJsonNumber("override").longValue(), new Override(
                            c.getJsonNumber("override").longValue(), c.getInt("level"), instant(c.getString("from")),
                            instant(c.getString("until")), codes(c)));
                    case "resume" -> overrides.remove(c.getJsonNumber("override").longValue());
                    default -> {
                        status = "refused";
                        detail = "unknown kind " + c.getString("kind", "");
                    }
                }
                commandsDone.add(id);
            } catch (RuntimeException e) {
                status = "refused";
                detail = "unreadable command: " + e.getClass().getSimpleName();
            }
        }
        var answer = Json.createObjectBuilder().add("commandId", id).add("status", status);
        if (detail != null) {
            answer.add("detail", detail);
        }
        return answer.build().toString();
    }

    private void schedule(JsonObject c) {
        Instant end = OffsetDateTime.parse(c.getString("from") + "T00:00:00+07:00").toInstant()
                .plus(Duration.ofDays(c.getInt("days")));
        for (JsonValue v : c.getJsonArray("curves")) {
            JsonObject curve = v.asJsonObject();
            TreeMap<Instant, Integer> steps = new TreeMap<>();
            for (JsonValue s : curve.getJsonArray("steps")) {
                steps.put(instant(s.asJsonObject().getString("at")), s.asJsonObject().getInt("level"));
            }
            for (JsonValue code : curve.getJsonArray("luminaires")) {
                String k = ((jakarta.json.JsonString) code).getString();
                if (luminaires.containsKey(k)) {
                    schedules.put(k, steps);
                    scheduleEnds.put(k, end);
                }
            }
        }
    }

    private static Set<String> codes(JsonObject c) {
        Set<String> codes = new HashSet<>();
        if (c.containsKey("luminaires")) {
            c.getJsonArray("luminaires").forEach(v -> codes.add(((jakarta.json.JsonString) v).getString()));
        }
        return codes;
    }

    private static Instant instant(String t) {
        return OffsetDateTime.parse(t).toInstant();
    }

    /** The level a luminaire is driven at: an override in force, else the schedule, else 18:00 to 06:00. */
    public synchronized int level(String code, Instant at) {
        Override winner = null;
        for (Override o : overrides.values()) {
            if (o.luminaires().contains(code) && !at.isBefore(o.from()) && at.isBefore(o.until())
                    && (winner == null || o.id() > winner.id())) {
                winner = o;
            }
        }
        if (winner != null) {
            return winner.level();
        }
        TreeMap<Instant, Integer> steps = schedules.get(code);
        if (steps != null && at.isBefore(scheduleEnds.get(code))) {
            Map.Entry<Instant, Integer> step = steps.floorEntry(at);
            if (step != null) {
                return step.getValue();
            }
        }
        LocalTime t = at.atZone(VIETNAM).toLocalTime();
        return t.isBefore(LocalTime.of(6, 0)) || !t.isBefore(LocalTime.of(18, 0)) ? 100 : 0;
    }

    /** Whether the IOC's schedule covers this time for the luminaire. */
    public synchronized boolean scheduled(String code, Instant at) {
        return schedules.containsKey(code) && at.isBefore(scheduleEnds.get(code));
    }

    /** A control message of the simulator: {"fail":code}, {"repair":code}, {"supply":"lost"|"restored"}. */
    public synchronized void control(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject c = reader.readObject();
            if (c.containsKey("fail")) {
                failed.add(c.getString("fail"));
            }
            if (c.containsKey("repair")) {
                failed.remove(c.getString("repair"));
            }
            if (c.containsKey("supply")) {
                supplyLost = "lost".equals(c.getString("supply"));
            }
        } catch (RuntimeException e) {
            // not a control message: ignored (the simulator logs it)
            throw new IllegalArgumentException("not a control message: " + json, e);
        }
    }

    /** The compact telemetry of every luminaire (and its cabinets) at an instant. */
    public synchronized String report(Instant at) {
        double hours = lastReport == null ? 0 : Math.max(0, Duration.between(lastReport, at).toMillis() / 3_600_000.0);
        lastReport = at;
        String time = at.atZone(VIETNAM).toOffsetDateTime().toString();
        JsonArrayBuilder readings = Json.createArrayBuilder();
        Set<String> cabinets = new java.util.TreeSet<>();
        for (Luminaire l : luminaires.values()) {
            int level = level(l.code(), at);
            boolean lamp = failed.contains(l.code());
            boolean on = level > 0 && !lamp && !supplyLost;
            double power = on ? l.ratingW() * (l.dimmable() ? level / 100.0 : 1.0) * (0.97 + 0.06 * noise.nextDouble()) : 0;
            double[] c = counters.get(l.code());
            c[0] += power * hours;
            c[1] += on ? hours : 0;
            readings.add(Json.createObjectBuilder().add("luminaire", l.code()).add("at", time).add("on", on)
                    .add("level", on ? (l.dimmable() ? level : 100) : 0).add("powerW", Math.round(power * 10) / 10.0)
                    .add("energyWh", Math.round(c[0] * 10) / 10.0).add("operatingHours", Math.round(c[1] * 1000) / 1000.0)
                    .add("lampFailure", lamp).add("supplyLoss", supplyLost));
            if (l.cabinet() != null) {
                cabinets.add(l.cabinet());
            }
        }
        JsonArrayBuilder cabinetReadings = Json.createArrayBuilder();
        cabinets.forEach(k -> cabinetReadings.add(Json.createObjectBuilder().add("cabinet", k).add("at", time)
                .add("supplyLoss", supplyLost)));
        return Json.createObjectBuilder().add("version", 1).add("gateway", name).add("readings", readings)
                .add("cabinets", cabinetReadings).build().toString();
    }
}
