import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Random;

/**
 * Generates the dossier events of bench/dossiers.sh: N events (JSON lines, the import format of docs/dossiers.md)
 * of N/4 dossiers of 40 procedures over 11 departments, received over the last 300 days in office hours: each
 * dossier RECEIVED, then TRANSFERRED, then (one in five) SUPPLEMENT_REQUESTED and RESUMED, then RESULT_READY (most
 * before their due time, one in six after) and RETURNED; one dossier in ten stays open. Fixed seed: the same
 * file every time. Also writes the procedures as SQL (PostgreSQL).
 *
 * java bench/DossierEvents.java events.jsonl procedures.sql 1000000
 */
public class DossierEvents {

    static final String[] DEPARTMENTS = {"SXD", "CA", "SNNMT", "SKHCN", "SYT", "TTPVHCC", "UBND_TAN_PHONG", "UBND_DOAN_KET",
            "UBND_TAM_DUONG", "UBND_SIN_HO", "UBND_THAN_UYEN"};
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final DateTimeFormatter PORTAL = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    public static void main(String[] args) throws Exception {
        Path events = Path.of(args[0]);
        Path procedures = Path.of(args[1]);
        long n = Long.parseLong(args[2]);
        int[] limits = new int[40];
        Random random = new Random(20261208);
        try (BufferedWriter p = Files.newBufferedWriter(procedures, StandardCharsets.UTF_8)) {
            for (int i = 0; i < limits.length; i++) {
                limits[i] = 1 + random.nextInt(15);
                p.write("INSERT INTO dossier_procedure (code, name_vi, name_en, field, procedure_level, department_code,"
                        + " limit_amount, limit_unit, updated_at, version) VALUES ('BENCH." + i + "', 'Thủ tục thử " + i
                        + "', 'Bench procedure " + i + "', 'Thử nghiệm', 'PROVINCE', '" + DEPARTMENTS[i % DEPARTMENTS.length]
                        + "', " + limits[i] + ", 'WORKING_DAYS', now(), 0);\n");
            }
        }
        LocalDate first = LocalDate.now(VIETNAM).minusDays(300);
        long written = 0;
        long dossier = 0;
        try (BufferedWriter w = Files.newBufferedWriter(events, StandardCharsets.UTF_8)) {
            while (written < n) {
                dossier++;
                int procedure = random.nextInt(limits.length);
                String code = "BENCH-" + dossier;
                ZonedDateTime at = first.plusDays(random.nextInt(300)).atTime(7 + random.nextInt(9), random.nextInt(60)).atZone(VIETNAM);
                int step = 0;
                written += line(w, code, ++step, "RECEIVED", at, "\"procedure\":\"BENCH." + procedure + "\",\"channel\":\"" + (1 + random.nextInt(3)) + "\"");
                at = at.plusHours(2);
                written += line(w, code, ++step, "TRANSFERRED", at, "\"unit\":\"" + DEPARTMENTS[procedure % DEPARTMENTS.length] + "\"");
                if (random.nextInt(5) == 0 && written + 4 <= n) {
                    at = at.plusDays(1);
                    written += line(w, code, ++step, "SUPPLEMENT_REQUESTED", at, "\"note\":\"Bổ sung giấy tờ\"");
                    at = at.plusDays(1 + random.nextInt(10));
                    written += line(w, code, ++step, "RESUMED", at, null);
                }
                if (random.nextInt(10) == 0 || written + 2 > n) {
                    continue; // stays open
                }
                int days = random.nextInt(6) == 0 ? limits[procedure] * 2 + 3 : Math.max(1, limits[procedure] * 7 / 10);
                at = at.plusDays(days);
                written += line(w, code, ++step, "RESULT_READY", at, null);
                at = at.plusDays(1);
                written += line(w, code, ++step, "RETURNED", at, random.nextInt(3) == 0 ? "\"rating\":" + (1 + random.nextInt(5)) : null);
            }
        }
        System.out.println(written + " events of " + dossier + " dossiers in " + events);
    }

    static int line(BufferedWriter w, String code, int step, String kind, ZonedDateTime at, String more) throws Exception {
        w.write("{\"event_id\":\"" + code + "-" + step + "\",\"dossier\":\"" + code + "\",\"kind\":\"" + kind + "\",\"at\":\""
                + PORTAL.format(at) + "\"" + (more == null ? "" : "," + more) + "}\n");
        return 1;
    }
}
