package vn.smartcity.ioc.lighting.application;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import vn.smartcity.ioc.audit.domain.AdminChange;
import vn.smartcity.ioc.city.application.CityDirectory;
import vn.smartcity.ioc.identity.domain.Roles;
import vn.smartcity.ioc.lighting.domain.ControlCabinet;
import vn.smartcity.ioc.lighting.domain.LightingCalendar;
import vn.smartcity.ioc.lighting.domain.LightingGroup;
import vn.smartcity.ioc.lighting.domain.LightingRepository;
import vn.smartcity.ioc.lighting.domain.Luminaire;
import vn.smartcity.ioc.shared.domain.Invalid;
import vn.smartcity.ioc.shared.domain.Text;

/**
 * The lighting asset register, imported from CSV files (separator {@code ;}, UTF-8, a header line; docs/lighting.md):
 * groups ({@value #GROUPS}), cabinets ({@value #CABINETS}) and luminaires ({@value #LUMINAIRES}). A file is taken
 * whole or not at all: one bad line refuses it, with every bad line's number and reason (the first 20). A code
 * already there is updated; what a luminaire reported stays. Supervisors and administrators import.
 */
@Stateless
public class LightingAssets {

    public static final String GROUPS = "code;name_vi;name_en;calendar";
    public static final String CABINETS = "code;name;latitude;longitude;ward;feeder;meter;gateway";
    public static final String LUMINAIRES = "code;latitude;longitude;ward;road;model;technology;power_w;dimmable;gateway;group;cabinet";
    /** The most lines one file may hold. */
    public static final int MAX_LINES = 100_000;
    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setDelimiter(';').setTrim(true).get();

    /** What an import did. */
    public record Imported(int created, int updated) {
    }

    @Inject
    LightingRepository repository;

    @Inject
    LightingPlans plans;

    @Inject
    CityDirectory city;

    @Inject
    LightingCommands commands;

    @Inject
    Event<AdminChange> adminChanges;

    @Resource
    SessionContext caller;

    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public Imported importGroups(String text) {
        List<CSVRecord> lines = lines(text, GROUPS);
        Set<String> calendars = new HashSet<>();
        repository.calendars().forEach(c -> calendars.add(c.getCode()));
        Map<String, LightingGroup> existing = new HashMap<>();
        repository.groups().forEach(g -> existing.put(g.getCode(), g));
        List<Text> problems = new ArrayList<>();
        List<LightingGroup> made = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int updated = 0;
        for (int i = 1; i < lines.size(); i++) {
            CSVRecord r = lines.get(i);
            try {
                fields(r, 4);
                String code = unique(seen, r.get(0));
                String calendar = r.get(3).isBlank() ? null : r.get(3);
                if (calendar != null && !calendars.contains(calendar)) {
                    throw new Invalid("lighting.unknownCalendar", calendar);
                }
                LightingGroup g = existing.get(code);
                if (g == null) {
                    made.add(new LightingGroup(code, r.get(1), r.get(2), calendar));
                } else {
                    g.rename(r.get(1), r.get(2));
                    g.follow(calendar);
                    updated++;
                }
            } catch (Invalid e) {
                problems.add(new Text("lighting.importLine", i + 1, e.explanation()));
            }
        }
        return finish(problems, made, updated, "lighting-groups");
    }

    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public Imported importCabinets(String text) {
        List<CSVRecord> lines = lines(text, CABINETS);
        Set<String> wards = wards();
        Map<String, ControlCabinet> existing = new HashMap<>();
        repository.cabinets().forEach(c -> existing.put(c.getCode(), c));
        List<Text> problems = new ArrayList<>();
        List<ControlCabinet> made = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int updated = 0;
        for (int i = 1; i < lines.size(); i++) {
            CSVRecord r = lines.get(i);
            try {
                fields(r, 8);
                String code = unique(seen, r.get(0));
                String ward = ward(wards, r.get(4));
                double lat = decimal(r.get(2), code);
                double lon = decimal(r.get(3), code);
                ControlCabinet c = existing.get(code);
                if (c == null) {
                    made.add(new ControlCabinet(code, r.get(1), lat, lon, ward, r.get(5), r.get(6), r.get(7)));
                } else {
                    c.describe(r.get(1), lat, lon, ward, r.get(5), r.get(6), r.get(7));
                    updated++;
                }
            } catch (Invalid e) {
                problems.add(new Text("lighting.importLine", i + 1, e.explanation()));
            }
        }
        return finish(problems, made, updated, "lighting-cabinets");
    }

    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public Imported importLuminaires(String text) {
        List<CSVRecord> lines = lines(text, LUMINAIRES);
        Set<String> wards = wards();
        Set<String> groups = new HashSet<>();
        repository.groups().forEach(g -> groups.add(g.getCode()));
        Set<String> cabinets = new HashSet<>();
        repository.cabinets().forEach(c -> cabinets.add(c.getCode()));
        Set<String> codes = new HashSet<>();
        for (int i = 1; i < lines.size(); i++) {
            codes.add(lines.get(i).get(0));
        }
        Map<String, Luminaire> existing = repository.luminaires(codes);
        List<Text> problems = new ArrayList<>();
        List<Luminaire> made = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int updated = 0;
        for (int i = 1; i < lines.size(); i++) {
            CSVRecord r = lines.get(i);
            try {
                fields(r, 12);
                String code = unique(seen, r.get(0));
                String ward = ward(wards, r.get(3));
                String group = r.get(10).isBlank() ? null : r.get(10);
                if (group != null && !groups.contains(group)) {
                    throw new Invalid("lighting.unknownGroup", group);
                }
                String cabinet = r.get(11).isBlank() ? null : r.get(11);
                if (cabinet != null && !cabinets.contains(cabinet)) {
                    throw new Invalid("lighting.unknownCabinet", cabinet);
                }
                double lat = decimal(r.get(1), code);
                double lon = decimal(r.get(2), code);
                int power = whole(r.get(7), code);
                boolean dimmable = yes(r.get(8));
                Luminaire l = existing.get(code);
                if (l == null) {
                    made.add(new Luminaire(code, lat, lon, ward, r.get(4), r.get(5), r.get(6), power, dimmable, cabinet, r.get(9), group));
                } else {
                    l.describe(lat, lon, ward, r.get(4), r.get(5), r.get(6), power, dimmable, cabinet, r.get(9), group);
                    updated++;
                }
            } catch (Invalid e) {
                problems.add(new Text("lighting.importLine", i + 1, e.explanation()));
            }
        }
        Imported done = finish(problems, made, updated, "lighting-luminaires");
        // the gateways of the file get their schedule
        Set<String> gateways = new HashSet<>();
        for (int i = 1; i < lines.size(); i++) {
            gateways.add(lines.get(i).get(9));
        }
        commands.schedules(gateways, java.time.LocalDate.now(vn.smartcity.ioc.lighting.domain.AstronomicalClock.VIETNAM));
        return done;
    }

    private Imported finish(List<Text> problems, List<?> made, int updated, String what) {
        if (!problems.isEmpty()) {
            throw new LightingRefused(Text.list(problems.stream().limit(20).toList()));
        }
        made.forEach(repository::add);
        plans.changed();
        adminChanges.fire(new AdminChange(caller.getCallerPrincipal().getName(), what,
                made.size() + " new, " + updated + " updated", "import"));
        return new Imported(made.size(), updated);
    }

    private static List<CSVRecord> lines(String text, String header) {
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(text == null ? "" : text, CSV)) {
            records = parser.getRecords();
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new LightingRefused("lighting.importColumns", header);
        }
        if (records.isEmpty() || !String.join(";", records.get(0).toList()).replace("\uFEFF", "").equals(header)) {
            throw new LightingRefused("lighting.importColumns", header);
        }
        if (records.size() < 2) {
            throw new LightingRefused("lighting.importEmpty");
        }
        if (records.size() > MAX_LINES + 1) {
            throw new LightingRefused("lighting.importTooBig", MAX_LINES);
        }
        return records;
    }

    private Set<String> wards() {
        Set<String> wards = new HashSet<>();
        city.wards().forEach(w -> wards.add(w.code()));
        return wards;
    }

    private static String ward(Set<String> wards, String ward) {
        if (ward.isBlank()) {
            return null;
        }
        if (!wards.contains(ward)) {
            throw new Invalid("lighting.unknownWard", ward);
        }
        return ward;
    }

    private static void fields(CSVRecord r, int n) {
        if (r.size() != n) {
            throw new Invalid("lighting.importFields", n, r.size());
        }
    }

    private static String unique(Set<String> seen, String code) {
        if (!seen.add(code)) {
            throw new Invalid("lighting.importTwice", code);
        }
        return code;
    }

    private static double decimal(String s, String code) {
        try {
            return Double.parseDouble(s.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new Invalid("lighting.importNumber", code, s);
        }
    }

    private static int whole(String s, String code) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new Invalid("lighting.powerRating", code);
        }
    }

    private static boolean yes(String s) {
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "co", "có", "x" -> true;
            case "false", "no", "0", "khong", "không", "" -> false;
            default -> throw new Invalid("lighting.importYesNo", s);
        };
    }
}
