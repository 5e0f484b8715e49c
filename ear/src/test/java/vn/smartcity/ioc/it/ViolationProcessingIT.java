package vn.smartcity.ioc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.smartcity.ioc.it.support.Http;
import vn.smartcity.ioc.it.support.IocDeployment;
import vn.smartcity.ioc.it.support.PhotoFiles;
import vn.smartcity.ioc.it.support.TestDirectory;
import vn.smartcity.ioc.it.support.ViolationPages;

/**
 * Traffic violations with Jakarta Batch: a traffic officer imports the vehicle registry and camera candidates
 * on the console, starts violation-processing, and finds violations waiting for review with the fine of the
 * schedule in force, the duplicate dropped, the unknown plate in manual review, and the bad candidates skipped
 * with their reasons.
 */
@ExtendWith({TestDirectory.class, ArquillianExtension.class})
@RunAsClient
class ViolationProcessingIT extends IocDeployment {

    static final String PAGE = "/console/violations/index.xhtml";
    static final String FINES = "/console/violations/fines.xhtml";

    @Test
    void candidatesBecomeViolationsDuplicatesAreDroppedAndBadOnesAreSkippedWithTheirReason() throws Exception {
        Http officer = new Http();
        officer.login("traffic-officer", "demo");
        String page = officer.get(PAGE).body();
        // automatic runs registered (every 120 min in the test server: not due while the tests count their own)
        assertTrue(page.matches("(?s).*id=\"automatic\" class=\"ioc-hint\" data-every=\"120\">Tự động xử lý khi có dữ liệu mới, "
                + "mỗi 120 phút; lần kiểm tra tới: \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}.*"), page);
        page = upload(officer, page, "vehicles", """
                plate;vehicle_class;owner_name;owner_address
                25A-123.45;CAR;Nguyễn Văn An;Tổ 3, phường Tân Phong, Lai Châu
                25-B1 234.56;MOTORBIKE;Lò Thị Bình;Bản Hon, xã Tam Đường, Lai Châu
                """);
        assertTrue(page.contains("Đã nhập phương tiện:") && page.contains(">2<") || page.contains("Đã nhập phương tiện: 2")
                || page.matches("(?s).*Đã nhập phương tiện:.*2.*"), page);

        String refused = upload(officer, officer.get(PAGE).body(), "candidates", """
                camera_code;violation_kind;plate_text;vehicle_class;observed_at;speed_kmh;limit_kmh;place;evidence_base64;evidence_sha256
                CAM-X;PARKING_ON_THE_MOON;25A-123.45;CAR;2026-11-20T08:00:00+07:00;;;;;
                """);
        assertTrue(refused.contains("Không nhập được:") && refused.contains("dòng 2: không đọc được"), "a bad file stores nothing, said in Vietnamese: " + refused);

        byte[] image = PhotoFiles.read("flood-tan-phong-gps.jpg");
        String evidence = Base64.getEncoder().encodeToString(image);
        String hash = sha256(image);
        String csv = String.join("\n",
                "camera_code;violation_kind;plate_text;vehicle_class;observed_at;speed_kmh;limit_kmh;place;evidence_base64;evidence_sha256",
                "CAM-TRAN-PHU;RED_LIGHT;25A12345;CAR;2026-11-20T08:00:00+07:00;;;Ngã tư Trần Phú;" + evidence + ";" + hash,
                "CAM-TRAN-PHU;RED_LIGHT;25A-123.45;CAR;2026-11-20T08:02:00+07:00;;;Ngã tư Trần Phú;" + evidence + ";" + hash,
                "CAM-QL4D;SPEEDING;25 B1 23456;MOTORBIKE;2026-11-20T09:00:00+07:00;75;50;Quốc lộ 4D km 12;" + evidence + ";" + hash,
                "CAM-QL4D;SPEEDING;??-unreadable;CAR;2026-11-20T09:05:00+07:00;90;50;Quốc lộ 4D km 12;" + evidence + ";" + hash,
                "CAM-QL4D;SPEEDING;25A-123.45;CAR;2026-11-20T09:10:00+07:00;90;50;Quốc lộ 4D km 12;" + evidence + ";" + "0".repeat(64),
                "CAM-TRAN-PHU;WRONG_WAY;29A-999.99;CAR;2026-11-20T10:00:00+07:00;;;Ngã tư Trần Phú;" + evidence + ";" + hash,
                "CAM-TRAN-PHU;RED_LIGHT;25A-123.45;CAR;2024-06-01T10:00:00+07:00;;;Ngã tư Trần Phú;" + evidence + ";" + hash);
        page = upload(officer, officer.get(PAGE).body(), "candidates", csv);
        assertTrue(page.contains("Đã nhập dữ liệu:"), page);

        page = officer.submit(officer.get(PAGE).body(), "job", "start", Map.of("partitions", "2")).body();
        Matcher started = Pattern.compile("Đã bắt đầu xử lý:\\s*</span>\\s*<span[^>]*>#(\\d+)|Đã bắt đầu xử lý:.*?#(\\d+)",
                Pattern.DOTALL).matcher(page);
        assertTrue(started.find(), page);
        String execution = started.group(1) != null ? started.group(1) : started.group(2);
        String status = "";
        for (int i = 0; i < 60 && !status.equals("COMPLETED"); i++) {
            Thread.sleep(1000);
            page = officer.get(PAGE).body();
            Matcher m = Pattern.compile("data-execution=\"" + execution + "\" data-status=\"([A-Z]+)\"").matcher(page);
            status = m.find() ? m.group(1) : "";
        }
        assertEquals("COMPLETED", status, page);

        assertTrue(page.contains("data-plate=\"25A-123.45\" data-state=\"AWAITING_REVIEW\""), "the red light of the car");
        assertTrue(page.contains("data-fine-min=\"18000000\""), "fined by Decree 168/2024");
        assertTrue(page.contains("data-plate=\"25-B1 234.56\" data-state=\"AWAITING_REVIEW\""), "the speeding motorbike");
        assertTrue(page.contains("data-fine-min=\"6000000\""), "25 km/h over: the 20+ band");
        assertTrue(page.contains("data-plate=\"29A-999.99\" data-state=\"MANUAL_REVIEW\""), "unknown plate: manual review");
        // the notes the IOC wrote, in the page's language (Vietnamese by default)
        assertTrue(page.contains("Biển số 29A-999.99 không có trong cơ sở dữ liệu đăng ký xe"), page);
        assertTrue(page.contains("Không có quy định nào của biểu mức phạt đang có hiệu lực áp dụng được"), "2024: before the decree");
        assertEquals(1, count(page, "data-plate=\"25A-123.45\" data-state=\"AWAITING_REVIEW\""), "the duplicate 2 min later is dropped");
        assertTrue(page.contains("không đúng dạng biển số Việt Nam"), "skipped: unreadable plate");
        assertTrue(page.contains("Ảnh bằng chứng không khớp mã SHA-256"), "skipped: altered evidence");
        String english = officer.get(PAGE + "?lang=en").body();
        assertTrue(english.contains("Plate 29A-999.99 is not in the vehicle registry")
                && english.contains("does not match its SHA-256"), "the same notes in English");
        officer.get(PAGE + "?lang=vi");

        Matcher row = Pattern.compile("data-execution=\"" + execution + "\" data-status=\"COMPLETED\">\\s*<td>\\d+</td><td>COMPLETED</td><td>[^<]*</td><td>(\\d+)</td><td>(\\d+)</td>\\s*<td>(\\d+)</td>")
                .matcher(page);
        assertTrue(row.find(), page);
        assertEquals("7", row.group(1), "read");
        assertEquals("2", row.group(3), "skipped");

        String again = officer.submit(officer.get(PAGE).body(), "job", "start", Map.of("partitions", "2")).body();
        assertFalse(again.contains("Exception"));
    }

    @Test
    void officersConfirmCorrectAndRejectAndABigFineNeedsASecondOfficer() throws Exception {
        Http officer = new Http();
        officer.login("traffic-officer", "demo");
        byte[] image = PhotoFiles.read("flood-tan-phong-gps.jpg");
        String evidence = Base64.getEncoder().encodeToString(image);
        String hash = sha256(image);
        byte[] scene = busyScene();
        upload(officer, officer.get(PAGE).body(), "vehicles", """
                plate;vehicle_class;owner_name;owner_address
                25A-567.89;CAR;Vàng Thị Cúc;Phường Đoàn Kết, Lai Châu
                25-F1 111.22;MOTORBIKE;Tao Văn Dũng;Xã Bình Lư, Lai Châu
                """);
        upload(officer, officer.get(PAGE).body(), "candidates", String.join("\n",
                "camera_code;violation_kind;plate_text;vehicle_class;observed_at;speed_kmh;limit_kmh;place;evidence_base64;evidence_sha256;vehicle_box",
                // the car in the 320x240 evidence at x 80-200, y 60-140 (pixels)
                "CAM-REVIEW;RED_LIGHT;25A-567.89;CAR;2026-11-21T08:00:00+07:00;;;Ngã ba Đoàn Kết;" + Base64.getEncoder().encodeToString(scene)
                        + ";" + sha256(scene) + ";80,60,120,80",
                "CAM-REVIEW;NO_HELMET;25-F1 111.23;MOTORBIKE;2026-11-21T09:00:00+07:00;;;Ngã ba Đoàn Kết;" + evidence + ";" + hash + ";",
                "CAM-REVIEW;WRONG_LANE;25A-567.89;CAR;2026-11-21T11:00:00+07:00;;;Ngã ba Đoàn Kết;" + evidence + ";" + hash + ";"));
        officer.submit(officer.get(PAGE).body(), "job", "start", Map.of("partitions", "1"));
        String page = "";
        for (int i = 0; i < 60 && !page.contains("data-plate=\"25A-567.89\" data-state=\"AWAITING_REVIEW\""); i++) {
            Thread.sleep(1000);
            page = officer.get(PAGE).body();
        }
        long redLight = violationId(page, "25A-567.89", "RED_LIGHT");
        HttpResponse<byte[]> shown = officer.getBytes("/console/violations/evidence/" + candidateOf(page, redLight));
        assertEquals("image/jpeg", shown.headers().firstValue("Content-Type").orElse(""));

        page = officer.submit(page, "review", button(page, redLight, "confirm"), Map.of()).body();
        assertTrue(page.contains("cần cán bộ thứ hai xác nhận"), "18-20 million: a second officer");
        page = officer.submit(page, "review", button(page, redLight, "confirm"), Map.of()).body();
        assertTrue(page.contains("Bị từ chối:"), "the same officer cannot confirm twice");
        Http second = new Http();
        second.login("traffic-officer-2", "demo");
        String other = second.get(PAGE).body();
        other = second.submit(other, "review", button(other, redLight, "confirm"), Map.of()).body();
        assertTrue(other.contains("Đã xác nhận:"), other);
        assertFalse(other.contains("data-violation=\"" + redLight + "\""), "no longer waiting");

        // every decision audited: the job's insert (its own audit rows, written with the chunk) and each officer's
        Http auditor = new Http();
        auditor.login("auditor", "demo");
        String trail = auditor.get("/console/audit/index.xhtml").body();
        String row = "data-entity=\"violation\" data-id=\"" + redLight + "\" data-user=\"";
        Matcher added = Pattern.compile(Pattern.quote(row) + "[^\"]+\" data-change=\"ADD\"(?:(?!</tr>)[\\s\\S])*?25A-567\\.89 · RED_LIGHT · AWAITING_REVIEW · 18000000–20000000").matcher(trail);
        assertTrue(added.find(), "established by the job, with the values it established: " + trail);
        assertTrue(trail.contains(row + "traffic-officer\" data-change=\"MOD\""), "the first officer's confirmation");
        assertTrue(trail.contains(row + "traffic-officer-2\" data-change=\"MOD\""), "the second officer's");

        long misread = violationIdByPlate(page, "25-F1 111.23");
        page = officer.get(PAGE).body();
        page = officer.submit(page, "review", button(page, misread, "correct"),
                Map.of(field(page, misread, "plate"), "25F1 11122")).body();
        assertTrue(page.contains("data-plate=\"25-F1 111.22\" data-state=\"AWAITING_REVIEW\""), "corrected: owner found");
        assertTrue(page.contains("Tao Văn Dũng"));

        long lane = violationId(page, "25A-567.89", "WRONG_LANE");
        page = officer.submit(page, "review", button(page, lane, "reject"), Map.of(field(page, lane, "reason"), " ")).body();
        assertTrue(page.contains("Bác bỏ cần ghi lý do"));
        page = officer.submit(officer.get(PAGE).body(), "review", button(page, lane, "reject"),
                Map.of(field(page, lane, "reason"), "Xe cứu thương đang làm nhiệm vụ")).body();
        assertFalse(page.contains("data-violation=\"" + lane + "\""), "rejected");

        Http citizen = Http.from("203.0.113.90");
        String found = citizen.get("/portal/violations.xhtml?plate=25a%2056789&class=CAR").body();
        assertTrue(found.contains("data-kind=\"RED_LIGHT\" data-fine-min=\"18000000\""), "the confirmed red light: " + found);
        assertFalse(found.contains("Vàng Thị Cúc"), "never the owner");
        assertFalse(found.contains("data-kind=\"WRONG_LANE\""), "a rejected violation is not shown");
        // its evidence image: the car as it was, everything else flat 8-pixel blocks; only with its plate and class
        Matcher img = Pattern.compile("src=\"/ioc(/portal/violations/evidence/(\\d+)\\?plate=[^\"]+)\"").matcher(found);
        assertTrue(img.find(), found);
        HttpResponse<byte[]> shownToPublic = citizen.getBytes(img.group(1).replace("&amp;", "&"));
        assertEquals(200, shownToPublic.statusCode());
        assertEquals("image/jpeg", shownToPublic.headers().firstValue("Content-Type").orElse(""));
        BufferedImage original = ImageIO.read(new ByteArrayInputStream(scene));
        BufferedImage blurred = ImageIO.read(new ByteArrayInputStream(shownToPublic.body()));
        double carBefore = detail(original, 90, 100, 100, 40);
        double carAfter = detail(blurred, 90, 100, 100, 40);
        double driverBefore = detail(original, 90, 62, 100, 24);
        double driverAfter = detail(blurred, 90, 62, 100, 24);
        double restBefore = detail(original, 220, 20, 90, 200);
        double restAfter = detail(blurred, 220, 20, 90, 200);
        assertTrue(carAfter > 0.6 * carBefore, "the car's lower part (its plate) is as it was: " + carBefore + " → " + carAfter);
        assertTrue(driverAfter < 0.2 * driverBefore, "the top of its box (the driver) is flat blocks: " + driverBefore + " → " + driverAfter);
        assertTrue(restAfter < 0.2 * restBefore, "elsewhere flat blocks: " + restBefore + " → " + restAfter);
        assertEquals(404, citizen.getBytes("/portal/violations/evidence/" + img.group(2) + "?plate=25A-567.88&class=CAR").statusCode(),
                "another plate");
        assertEquals(404, citizen.getBytes("/portal/violations/evidence/" + img.group(2) + "?plate=25A-567.89&class=TRUCK").statusCode(),
                "another class");
        assertEquals(404, citizen.getBytes("/portal/violations/evidence/" + lane + "?plate=25A-567.89&class=CAR").statusCode(),
                "a rejected violation");
        assertTrue(citizen.get("/portal/violations.xhtml?plate=25A-567.89&class=MOTORBIKE").body().contains("id=\"none\""));
        assertTrue(citizen.get("/portal/violations.xhtml?plate=hello&class=CAR").body().contains("Biển số không hợp lệ"));
        String refused = "";
        for (int i = 0; i < 30; i++) {
            refused = citizen.get("/portal/violations.xhtml?plate=25A-000." + String.format("%02d", i) + "&class=CAR").body();
        }
        assertTrue(refused.contains("Có quá nhiều lượt tra cứu"), "look-ups per address are limited");
    }

    @Test
    void anAdministratorAddsAScheduleForANewDecreeAndViolationsAreFinedByTheOneInForceOnTheirDay() throws Exception {
        Http admin = new Http();
        admin.login("admin", "demo");
        String page = admin.get(FINES).body();
        Matcher froms = Pattern.compile("data-from=\"(\\d{4}-\\d{2}-\\d{2})\"").matcher(page);
        LocalDate latest = LocalDate.MIN;
        while (froms.find()) {
            latest = LocalDate.parse(froms.group(1)).isAfter(latest) ? LocalDate.parse(froms.group(1)) : latest;
        }
        assertTrue(latest.isAfter(LocalDate.of(2024, 12, 31)), "Decree 168 is seeded: " + page);
        assertTrue(page.contains("RED_LIGHT;CAR;;;"), "the form starts from the latest rules");
        Matcher oldFine = Pattern.compile("data-from=\"" + latest + "\"[\\s\\S]*?data-rule=\"RED_LIGHT-CAR-\" data-fine-min=\"(\\d+)\"")
                .matcher(page);
        assertTrue(oldFine.find(), page);
        // far ahead: the other tests' violations (2026, today) stay under the seeded decree
        LocalDate from = latest.plusYears(60);
        String decree = "IT-" + UUID.randomUUID().toString().substring(0, 8) + "/NĐ-CP";
        String rules = "violation_kind;vehicle_class;over_min_kmh;over_max_kmh;fine_min;fine_max;points;legal_basis;verified\n"
                + "RED_LIGHT;CAR;;;20000000;22000000;6;Điều 6 khoản 9 điểm b (thử);false\n";

        String refused = admin.submit(page, "schedule", "add", Map.of("decree", decree, "title", "Nghị định thử", "from",
                from.toString(), "rules", rules + "SPEEDING;CAR;;;1;2;0;x;false\n")).body();
        assertTrue(refused.contains("Không thêm được khung mức phạt") && refused.contains("dòng 3: mức vượt tốc độ"), refused);
        assertFalse(refused.contains("data-schedule=\"" + decree + "\""), "nothing stored");
        refused = admin.submit(page, "schedule", "add", Map.of("decree", decree, "title", "Nghị định thử", "from",
                latest.toString(), "rules", rules)).body();
        assertTrue(refused.contains("Biểu mức phạt mới phải có hiệu lực sau biểu gần nhất"), "not before the latest schedule");

        String added = admin.submit(page, "schedule", "add", Map.of("decree", decree, "title", "Nghị định thử", "from",
                from.toString(), "rules", rules)).body();
        assertTrue(added.contains("Đã thêm khung mức phạt"), added);
        assertTrue(added.contains("data-schedule=\"" + decree + "\" data-from=\"" + from + "\" data-to=\"open\""), added);
        assertTrue(added.contains("data-from=\"" + latest + "\" data-to=\"" + from.minusDays(1) + "\""), "the previous one ends the day before");
        assertTrue(admin.submit(added, "schedule", "add", Map.of("decree", decree, "title", "again", "from",
                from.plusDays(1).toString(), "rules", rules)).body().contains("Đã có biểu mức phạt theo nghị định " + decree));

        Http officer = new Http();
        officer.login("traffic-officer", "demo");
        String seen = officer.get(FINES).body();
        assertTrue(seen.contains("data-schedule=\"" + decree + "\""), "officers see the schedules");
        assertFalse(seen.contains("id=\"schedule\""), "only administrators add them");

        // the day before the new decree: the old fine; from its first day: the new one
        byte[] image = PhotoFiles.read("flood-tan-phong-gps.jpg");
        String evidence = Base64.getEncoder().encodeToString(image) + ";" + sha256(image);
        String plate = "25A-" + (100 + (int) (Math.random() * 899)) + ".77";
        upload(officer, officer.get(PAGE).body(), "candidates", String.join("\n",
                "camera_code;violation_kind;plate_text;vehicle_class;observed_at;speed_kmh;limit_kmh;place;evidence_base64;evidence_sha256",
                "CAM-DECREE;RED_LIGHT;" + plate + ";CAR;" + from.minusDays(1) + "T10:00:00+07:00;;;Ngã tư;" + evidence,
                "CAM-DECREE;RED_LIGHT;" + plate + ";CAR;" + from + "T10:00:00+07:00;;;Ngã tư;" + evidence));
        officer.submit(officer.get(PAGE).body(), "job", "start", Map.of("partitions", "1"));
        String queue = "";
        for (int i = 0; i < 60 && count(queue, "data-plate=\"" + plate + "\"") < 2; i++) {
            Thread.sleep(1000);
            queue = officer.get(PAGE).body();
        }
        Matcher fines = Pattern.compile("data-plate=\"" + Pattern.quote(plate) + "\"[\\s\\S]*?data-fine-min=\"(\\d+)\"").matcher(queue);
        List<String> found = new java.util.ArrayList<>();
        while (fines.find()) {
            found.add(fines.group(1));
        }
        assertEquals(List.of(oldFine.group(1), "20000000").stream().sorted().toList(), found.stream().sorted().toList(), queue);
    }

    /** A 320x240 JPEG full of detail: 4x4-pixel cells of random grey (nothing flat to hide a missing blur). */
    private static byte[] busyScene() throws Exception {
        BufferedImage img = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(5);
        for (int y = 0; y < 240; y += 4) {
            for (int x = 0; x < 320; x += 4) {
                int g = random.nextInt(256);
                for (int dy = 0; dy < 4; dy++) {
                    for (int dx = 0; dx < 4; dx++) {
                        img.setRGB(x + dx, y + dy, g << 16 | g << 8 | g);
                    }
                }
            }
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ImageIO.write(img, "jpg", out);
        return out.toByteArray();
    }

    /** Mean absolute difference of horizontally neighbouring pixels (green) in a region: ~0 where flat. */
    private static double detail(BufferedImage img, int x0, int y0, int w, int h) {
        double sum = 0;
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w - 1; x++) {
                sum += Math.abs(((img.getRGB(x, y) >> 8) & 0xff) - ((img.getRGB(x + 1, y) >> 8) & 0xff));
            }
        }
        return sum / (h * (w - 1));
    }

    private static long violationId(String page, String plate, String kind) {
        Matcher m = Pattern.compile("data-violation=\"(\\d+)\" data-plate=\"" + Pattern.quote(plate) + "\"[^>]*>\\s*<td>\\d+</td>.*?<td>" + kind,
                Pattern.DOTALL).matcher(page);
        assertTrue(m.find(), plate + " " + kind + " in " + page);
        return Long.parseLong(m.group(1));
    }

    private static long violationIdByPlate(String page, String plate) {
        return ViolationPages.violationIdByPlate(page, plate);
    }

    private static long candidateOf(String page, long violation) {
        Matcher m = Pattern.compile("data-violation=\"" + violation + "\".*?/console/violations/evidence/(\\d+)", Pattern.DOTALL).matcher(page);
        assertTrue(m.find());
        return Long.parseLong(m.group(1));
    }

    /** The id (without the form prefix) of a control in a violation's row. */
    private static String button(String page, long violation, String control) {
        return field(page, violation, control);
    }

    private static String field(String page, long violation, String control) {
        return ViolationPages.control(page, violation, control);
    }

    @Test
    void onlyTrafficOfficersSupervisorsAndAdminsSeeTheViolations() {
        Http handler = new Http();
        handler.login("handler", "demo");
        assertEquals(403, handler.get(PAGE).statusCode());
    }

    private static String upload(Http officer, String page, String form, String csv) {
        return ViolationPages.upload(officer, page, form, csv);
    }

    private static int count(String page, String needle) {
        return page.split(Pattern.quote(needle), -1).length - 1;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
