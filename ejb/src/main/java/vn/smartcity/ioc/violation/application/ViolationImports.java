package vn.smartcity.ioc.violation.application;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import vn.smartcity.ioc.identity.domain.Roles;
import vn.smartcity.ioc.shared.domain.Text;
import vn.smartcity.ioc.violation.domain.Plate;
import vn.smartcity.ioc.violation.domain.Vehicle;
import vn.smartcity.ioc.violation.domain.VehicleClass;
import vn.smartcity.ioc.violation.domain.ViolationCandidate;
import vn.smartcity.ioc.violation.domain.ViolationKind;
import vn.smartcity.ioc.violation.domain.ViolationRepository;

/**
 * Imports, all or nothing (a file with a bad line stores nothing and lists every bad line): the vehicle
 * registry from the registration authority, and violation candidates from camera systems that do not use the
 * detection queue. Formats (UTF-8, ';'-separated, one header line) in docs/batch.md.
 */
@Stateless
@RolesAllowed({Roles.TRAFFIC_OFFICER, Roles.ADMIN})
public class ViolationImports {

    static final String VEHICLES_HEADER = "plate;vehicle_class;owner_name;owner_address";
    static final String CANDIDATES_HEADER =
            "camera_code;violation_kind;plate_text;vehicle_class;observed_at;speed_kmh;limit_kmh;place;evidence_base64;evidence_sha256";
    /** The same with the vehicle's box in the image ("x,y,width,height"), for the public look-up's blurring. */
    static final String CANDIDATES_HEADER_WITH_BOX = CANDIDATES_HEADER + ";vehicle_box";
    static final int MAX_LINES = 100_000;

    @Inject
    ViolationRepository repository;

    Clock clock = Clock.systemUTC();

    public ImportResult vehicles(String csv) {
        List<Text> problems = new ArrayList<>();
        List<Vehicle> vehicles = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Instant now = clock.instant();
        List<String> lines = lines(csv, VEHICLES_HEADER, problems);
        for (int n = 0; n < lines.size(); n++) {
            String[] f = lines.get(n).split(";", -1);
            int line = n + 2;
            if (f.length != 4) {
                problems.add(new Text("violation.import.fieldCount", line, 4, f.length));
                continue;
            }
            Plate plate = Plate.parse(f[0]).orElse(null);
            VehicleClass vehicleClass = vehicleClass(f[1]);
            if (plate == null) {
                problems.add(new Text("violation.import.notAPlate", line, f[0]));
            } else if (vehicleClass == null) {
                problems.add(new Text("violation.import.vehicleClass", line));
            } else if (f[2].isBlank()) {
                problems.add(new Text("violation.import.ownerEmpty", line));
            } else if (!seen.add(plate.canonical()) || repository.vehicle(plate.canonical()).isPresent()) {
                problems.add(new Text("violation.import.registered", line, plate.canonical()));
            } else {
                vehicles.add(new Vehicle(plate, vehicleClass, f[2].strip(), blankToNull(f[3]), now));
            }
        }
        if (!problems.isEmpty()) {
            return new ImportResult(0, problems);
        }
        vehicles.forEach(repository::addVehicle);
        return new ImportResult(vehicles.size(), List.of());
    }

    public ImportResult candidates(String csv) {
        List<Text> problems = new ArrayList<>();
        List<ViolationCandidate> candidates = new ArrayList<>();
        boolean withBox = csv != null && csv.lines().findFirst().map(l -> l.strip().replace("\uFEFF", ""))
                .filter(CANDIDATES_HEADER_WITH_BOX::equals).isPresent();
        int fields = withBox ? 11 : 10;
        List<String> lines = lines(csv, withBox ? CANDIDATES_HEADER_WITH_BOX : CANDIDATES_HEADER, problems);
        for (int n = 0; n < lines.size(); n++) {
            String[] f = lines.get(n).split(";", -1);
            int line = n + 2;
            if (f.length != fields) {
                problems.add(new Text("violation.import.fieldCount", line, fields, f.length));
                continue;
            }
            String box = withBox ? blankToNull(f[10]) : null;
            if (box != null && !box.strip().matches("\\d+(\\.\\d+)?(,\\d+(\\.\\d+)?){3}")) {
                problems.add(new Text("violation.import.box", line));
                continue;
            }
            try {
                ViolationKind kind = ViolationKind.valueOf(f[1].strip());
                Instant at = OffsetDateTime.parse(f[4].strip()).toInstant();
                byte[] evidence = f[8].isBlank() ? null : Base64.getDecoder().decode(f[8].strip());
                if (f[0].isBlank()) {
                    problems.add(new Text("violation.import.cameraEmpty", line));
                    continue;
                }
                // the plate as read is kept even when unreadable: the job skips it with the reason
                candidates.add(new ViolationCandidate(f[0].strip(), kind, blankToNull(f[2]), vehicleClass(f[3]), at,
                        number(f[5]), number(f[6]), blankToNull(f[7]), evidence, blankToNull(f[9]),
                        box == null ? null : box.strip()));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                problems.add(new Text("violation.import.unreadable", line, String.valueOf(e.getMessage())));
            }
        }
        if (!problems.isEmpty()) {
            return new ImportResult(0, problems);
        }
        candidates.forEach(repository::addCandidate);
        return new ImportResult(candidates.size(), List.of());
    }

    private static List<String> lines(String csv, String header, List<Text> problems) {
        List<String> lines = new ArrayList<>(csv == null ? List.of() : csv.lines().filter(l -> !l.isBlank()).toList());
        if (lines.isEmpty() || !lines.get(0).strip().replace("\uFEFF", "").equals(header)) {
            problems.add(new Text("violation.import.header", header));
            return List.of();
        }
        if (lines.size() - 1 > MAX_LINES) {
            problems.add(new Text("violation.import.tooManyLines", MAX_LINES));
            return List.of();
        }
        return lines.subList(1, lines.size());
    }

    private static VehicleClass vehicleClass(String value) {
        try {
            return value == null || value.isBlank() ? null : VehicleClass.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Integer number(String value) {
        return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
