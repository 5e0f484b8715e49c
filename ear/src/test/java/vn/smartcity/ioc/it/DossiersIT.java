package vn.smartcity.ioc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.smartcity.ioc.it.support.Http;
import vn.smartcity.ioc.it.support.IocDeployment;
import vn.smartcity.ioc.it.support.TestDirectory;

/**
 * Public-administration dossiers as their users walk them (issue #22): an administrator imports the procedures
 * (a bad line refuses the file, nothing stored) and a JSON-lines file of events through the dossier-import job
 * (bad lines skipped with their reasons in Vietnamese, the rest stored); the monitoring page counts them by
 * procedure (early, late, a pause for documents left out of the time, overdue, due soon, refused not timed); the
 * same file again changes nothing; a handler sees their department's dossiers only.
 */
@ExtendWith({TestDirectory.class, ArquillianExtension.class})
@RunAsClient
class DossiersIT extends IocDeployment {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String IMPORT = "/console/dossiers/import.xhtml";
    static final String PAGE = "/console/dossiers/index.xhtml";
    static final String HEADER = "code;name_vi;name_en;field;level;department;limit;unit;cut_off;fee_vnd";

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    /** A building permit (Department of Construction, SXD), 3 working days here; a police procedure (CA), 2. */
    private final String permit = "IT." + run + ".XD";
    private final String police = "IT." + run + ".CA";

    @Test
    void anImportedFeedBecomesTheFiguresOfEachProcedureAndEachUserSeesTheirOwn() throws Exception {
        Http admin = new Http();
        admin.login("admin", "demo");

        String refused = procedures(admin, HEADER + "\n" + permit + ";Cấp giấy phép xây dựng;Building permit;Xây dựng;PROVINCE;SXD;3;WORKING_DAYS;;150000\n"
                + police + ";Đăng ký thường trú;Permanent residence;Cư trú;COMMUNE;NO_SUCH_DEPT;2;WORKING_DAYS;;\n");
        assertTrue(refused.contains("Không nhập được danh mục thủ tục") && refused.contains("dòng 3: Không có cơ quan NO_SUCH_DEPT"), refused);
        assertFalse(refused.contains("data-procedure=\"" + permit + "\""), "nothing stored when a line is bad");
        String imported = procedures(admin, HEADER + "\n" + permit + ";Cấp giấy phép xây dựng;Building permit;Xây dựng;PROVINCE;SXD;3;WORKING_DAYS;;150000\n"
                + police + ";\"Đăng ký thường trú; tạm trú\";Permanent residence;Cư trú;COMMUNE;CA;2;WORKING_DAYS;;\n");
        assertTrue(imported.contains("data-procedure=\"" + permit + "\" data-limit=\"3 WORKING_DAYS\""), imported);
        assertTrue(imported.contains("Đăng ký thường trú; tạm trú"), "a quoted field keeps its separator");

        // a Monday five weeks ago, 08:00: everything finished there is long decided
        ZonedDateTime base = LocalDate.now(VIETNAM).minusWeeks(5).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .atTime(8, 0).atZone(VIETNAM);
        ZonedDateTime now = ZonedDateTime.now(VIETNAM);
        List<String> lines = new ArrayList<>();
        String a = dossier("A");
        String b = dossier("B");
        String c = dossier("C");
        String d = dossier("D");
        String e = dossier("E");
        String f = dossier("F");
        lines.add(event("a1", a, "RECEIVED", base, permit, "\"channel\":\"2\""));                  // 1
        lines.add(event("a2", a, "RESUMED", base.plusMinutes(30), null, null));                    // 2: no pause to resume
        lines.add(event("a3", a, "RESULT_READY", base.plusDays(1).plusHours(1), null, null));      // 3: early
        lines.add(event("b1", b, "RECEIVED", base, permit, null));                                  // 4
        lines.add(event("b2", b, "RESULT_READY", base.plusDays(21), null, null));                  // 5: late
        lines.add(event("c1", c, "RECEIVED", base, permit, null));                                  // 6
        lines.add(event("c2", c, "SUPPLEMENT_REQUESTED", base.plusHours(1), null, "\"note\":\"Thiếu bản vẽ mặt bằng\""));
        lines.add(event("c3", c, "RESUMED", base.plusDays(20), null, null));                       // 8
        lines.add(event("c4", c, "RESULT_READY", base.plusDays(20).plusHours(1), null, null));     // 9: early, the pause left out
        lines.add("{\"event_id\": \"" + run + "-bad\", \"dossier\": ");                             // 10: not JSON
        lines.add(event("x1", dossier("X"), "LOST", base, permit, null));                           // 11: no such kind
        lines.add(event("d1", d, "RECEIVED", base, police, null));                                  // 12: overdue
        lines.add(event("e1", e, "RECEIVED", now.minusMinutes(5), police, null));                  // 13: due soon
        lines.add(event("f1", f, "RECEIVED", base, permit, null));                                  // 14
        lines.add(event("f2", f, "REFUSED", base.plusDays(1), null, "\"note\":\"Không đủ điều kiện\""));
        lines.add(event("y1", dossier("Y"), "RESULT_READY", base, null, null));                    // 16: no such dossier
        lines.add(event("z1", dossier("Z"), "RECEIVED", base, "NO.SUCH.PROCEDURE", null));          // 17
        byte[] file = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);

        String execution = importEvents(admin, file);
        String done = awaitCompleted(admin, execution);
        assertTrue(done.contains("data-execution=\"" + execution + "\" data-status=\"COMPLETED\" data-read=\"17\" data-written=\"15\" data-problems=\"5\""), done);
        String problems = admin.get(IMPORT + "?execution=" + execution).body();
        for (String[] expected : new String[][] {
                {"2", "RESUMED trong khi hồ sơ không tạm dừng"}, {"10", "Không phải JSON"},
                {"11", "kind \"LOST\" không phải là một trong"}, {"16", "sự kiện đầu tiên của hồ sơ phải là RECEIVED"},
                {"17", "Không có thủ tục NO.SUCH.PROCEDURE"}}) {
            Matcher row = Pattern.compile("<tr data-line=\"" + expected[0] + "\"><td>" + expected[0] + "</td><td>[^<]*</td><td>([^<]*)</td>").matcher(problems);
            assertTrue(row.find(), "line " + expected[0] + ": " + problems);
            assertTrue(row.group(1).contains(expected[1]), "line " + expected[0] + ": " + row.group(1));
        }

        String period = "?from=" + base.toLocalDate().minusDays(1) + "&to=" + LocalDate.now(VIETNAM).plusDays(1) + "&by=procedure";
        String figures = admin.get(PAGE + period).body();
        assertRow(figures, permit, Map.of("received", "4", "in-progress", "0", "early", "2", "on-time", "0", "late", "1", "rate", "66.7"));
        assertRow(figures, police, Map.of("received", "2", "in-progress", "2", "overdue", "1", "due-soon", "1"));

        String timeline = admin.get(PAGE + "?code=" + c).body();
        assertTrue(timeline.contains("data-code=\"" + c + "\" data-state=\"RESULT_READY\" data-result=\"EARLY\""), timeline);
        assertTrue(timeline.contains("Yêu cầu bổ sung hồ sơ") && timeline.contains("Thiếu bản vẽ mặt bằng"), "the timeline in Vietnamese");
        String overdue = admin.get(PAGE + "?code=" + d).body();
        assertTrue(overdue.contains("data-overdue=\"true\" data-apology-owed=\"true\""), overdue);
        assertTrue(overdue.contains("Cần gửi thư xin lỗi công dân"), "the apology owed is said");

        // the dossier watch (every 30 s): the overdue one is said live and, overdue by more than 5 working days,
        // becomes an incident of the public-administration service centre
        String watched = overdue;
        for (int i = 0; i < 50 && !watched.contains("data-alerted=\"true\" data-incident=\"") ; i++) {
            Thread.sleep(1000);
            watched = admin.get(PAGE + "?code=" + d).body();
        }
        Matcher incident = Pattern.compile("data-alerted=\"true\" data-incident=\"(\\d+)\"").matcher(watched);
        assertTrue(incident.find(), watched);
        String opened = admin.get("/console/incidents/incident.xhtml?id=" + incident.group(1)).body();
        assertTrue(opened.contains(d) && opened.contains("quá hạn"), opened);
        assertFalse(admin.get(PAGE + "?code=" + e).body().contains("data-alerted=\"true\""), "the dossier due soon is not overdue");

        // the service index of the month of A's result, and the portal's public figures (no login, no personal data)
        java.time.YearMonth month = java.time.YearMonth.from(base.plusDays(1));
        long finishedThatMonth = java.util.stream.Stream.of(base.plusDays(1), base.plusDays(20), base.plusDays(21))
                .filter(t -> java.time.YearMonth.from(t).equals(month)).count();
        String index = admin.get("/console/analytics/service-index.xhtml?month=" + month).body();
        Matcher sxd = Pattern.compile("data-department=\"SXD\" data-dossiers=\"(\\d+)\" data-dossiers-on-time=\"(\\d+)\"").matcher(index);
        assertTrue(sxd.find(), index);
        assertTrue(Long.parseLong(sxd.group(1)) >= finishedThatMonth && Long.parseLong(sxd.group(2)) >= 1, sxd.group());
        assertTrue(index.contains("QĐ 766/QĐ-TTg (2022)"), "the version of the indicators is shown");
        var portal = new Http().get("/portal/dossiers.xhtml");
        assertEquals(200, portal.statusCode());
        Matcher cell = Pattern.compile("<tr data-department=\"SXD\">.*?<td data-month=\"" + month + "\" data-finished=\"(\\d+)\" data-on-time=\"(\\d+)\"",
                Pattern.DOTALL).matcher(portal.body());
        assertTrue(cell.find(), portal.body());
        assertTrue(Long.parseLong(cell.group(1)) >= finishedThatMonth, cell.group());
        assertFalse(portal.body().contains(a) || portal.body().contains("Thiếu bản vẽ"), "no dossier and no note on the public page");

        // the same file again: every event is already there, nothing changes
        String again = awaitCompleted(admin, importEvents(admin, file));
        assertTrue(again.contains("data-read=\"17\" data-written=\"15\" data-problems=\"5\""), again);
        String unchanged = admin.get(PAGE + period).body();
        assertRow(unchanged, permit, Map.of("received", "4", "early", "2", "late", "1"));
        assertRow(unchanged, police, Map.of("received", "2", "overdue", "1"));

        // a handler of the Department of Construction: their procedure, not the police's
        Http handler = new Http();
        handler.login("handler", "demo");
        String theirs = handler.get(PAGE + period).body();
        assertTrue(theirs.contains("data-key=\"" + permit + "\""), theirs);
        assertFalse(theirs.contains("data-key=\"" + police + "\""), "not the police's procedure");
        assertTrue(handler.get(PAGE + "?code=" + a).body().contains("data-code=\"" + a + "\""));
        String notTheirs = handler.get(PAGE + "?code=" + d).body();
        assertFalse(notTheirs.contains("data-code=\"" + d + "\""), "not the police's dossier");
        assertTrue(notTheirs.contains("Không có hồ sơ với mã này"), notTheirs);
        assertEquals(403, handler.get(IMPORT).statusCode(), "only administrators import");
        Http operator = new Http();
        operator.login("operator", "demo");
        assertEquals(403, operator.get(PAGE).statusCode(), "operators do not watch dossiers");
    }

    @Test
    void aBadPeriodOrAFileNameOutsideTheFolderIsRefusedWithoutA500() {
        Http admin = new Http();
        admin.login("admin", "demo");
        var bad = admin.get(PAGE + "?from=2026-13-01");
        assertEquals(200, bad.statusCode());
        assertTrue(bad.body().contains("Không hiển thị được số liệu"), bad.body());
        String page = admin.get(IMPORT).body();
        String outside = admin.submit(page, "folder", "start", Map.of("name", "../../configuration/standalone.xml")).body();
        assertTrue(outside.contains("Không bắt đầu nhập được") && outside.contains("không phải là tên một tệp trong thư mục nhập"), outside);
        String missing = admin.submit(admin.get(IMPORT).body(), "folder", "start", Map.of("name", "no-such-file.jsonl")).body();
        assertTrue(missing.contains("Không có tệp no-such-file.jsonl trong thư mục nhập"), missing);
    }

    @Test
    void theOneStopShopPushesABatchThatIsTakenWholeOrRefusedWhole() throws Exception {
        Http admin = new Http();
        admin.login("admin", "demo");
        procedures(admin, HEADER + "\n" + permit + ";Cấp giấy phép xây dựng;Building permit;Xây dựng;PROVINCE;SXD;3;WORKING_DAYS;;\n");
        ZonedDateTime base = LocalDate.now(VIETNAM).minusWeeks(5).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .atTime(8, 0).atZone(VIETNAM);
        String g = dossier("G");
        String good = "[" + event("g1", g, "RECEIVED", base, permit, "\"channel\":\"ONLINE\"") + ","
                + event("g2", g, "RESULT_READY", base.plusDays(1), null, null) + "]";
        String bad = "[" + event("g1", g, "RECEIVED", base, permit, null) + ","
                + event("g2", g, "RESUMED", base.plusHours(1), null, null) + ","
                + event("g3", g, "LOST", base.plusHours(2), null, null) + "]";

        // a camera's account has the right password but not the role: refused before anything is read
        assertEquals(403, door("ioc-camera:demo-camera", good).statusCode());
        var refused = door(ONESTOP, bad);
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("\"event\":2") && refused.body().contains("RESUMED while the clock runs")
                && refused.body().contains("\"event\":3") && refused.body().contains("kind \\\"LOST\\\""), refused.body());
        assertFalse(admin.get(PAGE + "?code=" + g).body().contains("data-code=\"" + g + "\""), "nothing stored of a refused batch");

        var stored = door(ONESTOP, good);
        assertEquals(200, stored.statusCode(), stored.body());
        assertTrue(stored.body().contains("\"stored\":2") && stored.body().contains("\"duplicates\":0"), stored.body());
        var again = door(ONESTOP, good);
        assertTrue(again.body().contains("\"stored\":0") && again.body().contains("\"duplicates\":2"), again.body());
        assertTrue(admin.get(PAGE + "?code=" + g).body().contains("data-code=\"" + g + "\" data-state=\"RESULT_READY\" data-result=\"EARLY\""));
        assertEquals(400, door(ONESTOP, "{\"event_id\":").statusCode(), "not JSON: 400, not 500");
        assertEquals(400, door(ONESTOP, "[]").statusCode(), "an empty batch");
        // the one-stop-shop's account is not a camera's
        var detections = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:8080/ioc/api/detections")).header("Content-Type", "application/json")
                .header("Authorization", basic(ONESTOP)).POST(java.net.http.HttpRequest.BodyPublishers.ofString("[]")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(403, detections.statusCode());
    }

    static final String ONESTOP = "ioc-onestop:demo-onestop";

    static java.net.http.HttpResponse<String> door(String account, String body) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:8080/ioc/api/dossiers/events")).header("Content-Type", "application/json")
                .header("Authorization", basic(account)).POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    static String basic(String account) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString(account.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anAdministratorKeepsTheWorkingCalendarOfAYear() {
        Http admin = new Http();
        admin.login("admin", "demo");
        String shipped = admin.get("/console/dossiers/calendar.xhtml?year=2027").body();
        assertTrue(shipped.contains("data-day=\"2027-02-09\" data-kind=\"DAY_OFF\" data-confirmed=\"false\""), shipped);
        assertTrue(shipped.contains("chưa xác nhận"), "the shipped days say they are not confirmed");

        int year = 2090 + Math.floorMod(run.hashCode(), 9);
        String day = year + "-01-02";
        String page = admin.get("/console/dossiers/calendar.xhtml?year=" + year).body();
        String saved = admin.submit(page, "set", "save", Map.of("date", day, "kind", "DAY_OFF", "nameVi", "Nghỉ bù Tết Dương lịch",
                "nameEn", "")).body();
        assertTrue(saved.contains("data-day=\"" + day + "\" data-kind=\"DAY_OFF\" data-confirmed=\"true\""), saved);
        String refused = admin.submit(saved, "set", "save", Map.of("date", day, "kind", "DAY_OFF", "nameVi", " ", "nameEn", "")).body();
        assertTrue(refused.contains("Không lưu được ngày") && refused.contains("Ngày trong lịch cần có tên"), refused);
        Matcher remove = Pattern.compile("<tr data-day=\"" + day + "\"[\\s\\S]*?<input[^>]*name=\"(days:[^\"]*:remove)\"").matcher(refused);
        assertTrue(remove.find(), refused);
        String removed = admin.submit(refused, "days", remove.group(1).substring("days:".length()), Map.of()).body();
        assertFalse(removed.contains("data-day=\"" + day + "\""), removed);

        Http handler = new Http();
        handler.login("handler", "demo");
        assertEquals(403, handler.get("/console/dossiers/calendar.xhtml").statusCode());
        assertEquals(200, handler.get(PAGE).statusCode(), "the handler may watch their dossiers");
    }

    @Test
    void aStoppedImportRestartsAfterItsCheckpointAndTakesEveryEventOnce() throws Exception {
        Http admin = new Http();
        admin.login("admin", "demo");
        procedures(admin, HEADER + "\n" + permit + ";Cấp giấy phép xây dựng;Building permit;Xây dựng;PROVINCE;SXD;3;WORKING_DAYS;;\n");
        ZonedDateTime base = LocalDate.now(VIETNAM).minusWeeks(5).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .atTime(8, 0).atZone(VIETNAM);
        int dossiers = 6000;
        StringBuilder file = new StringBuilder();
        for (int i = 0; i < dossiers; i++) {
            String code = dossier("R" + i);
            file.append(event("r" + i + "-1", code, "RECEIVED", base, permit, null)).append('\n');
            file.append(event("r" + i + "-2", code, "RESULT_READY", base.plusDays(1), null, null)).append('\n');
            file.append(event("r" + i + "-3", code, "RETURNED", base.plusDays(2), null, null)).append('\n');
        }
        String execution = importEvents(admin, file.toString().getBytes(StandardCharsets.UTF_8));
        String page = admin.get(IMPORT + "?execution=" + execution).body();
        Matcher stop = Pattern.compile("<tr data-execution=\"" + execution + "\"[\\s\\S]*?name=\"(executions:[^\"]*:stop)\"").matcher(page);
        org.junit.jupiter.api.Assumptions.assumeTrue(stop.find(), "the import ended before it could be stopped");
        admin.submit(page, "executions", stop.group(1).substring("executions:".length()), Map.of());
        String stopped = awaitStatus(admin, execution, "STOPPED", "COMPLETED");
        org.junit.jupiter.api.Assumptions.assumeTrue(stopped.contains("data-execution=\"" + execution + "\" data-status=\"STOPPED\""),
                "the import ended before the stop took effect");
        Matcher read = Pattern.compile("data-execution=\"" + execution + "\" data-status=\"STOPPED\" data-read=\"(\\d+)\"").matcher(stopped);
        assertTrue(read.find() && Long.parseLong(read.group(1)) < 3L * dossiers, "stopped part way: " + stopped);

        Matcher restart = Pattern.compile("<tr data-execution=\"" + execution + "\"[\\s\\S]*?name=\"(executions:[^\"]*:restart)\"").matcher(stopped);
        assertTrue(restart.find(), stopped);
        String restarted = admin.submit(stopped, "executions", restart.group(1).substring("executions:".length()), Map.of()).body();
        Matcher next = Pattern.compile("Đã chạy lại:.*?#" + execution + " → #(\\d+)", Pattern.DOTALL).matcher(restarted);
        assertTrue(next.find(), restarted);
        String done = awaitStatus(admin, next.group(1), "COMPLETED", "FAILED");
        assertTrue(done.contains("data-execution=\"" + next.group(1) + "\" data-status=\"COMPLETED\""), done);
        Matcher rest = Pattern.compile("data-execution=\"" + next.group(1) + "\" data-status=\"COMPLETED\" data-read=\"(\\d+)\"").matcher(done);
        assertTrue(rest.find());
        assertTrue(Long.parseLong(rest.group(1)) <= 3L * dossiers - Long.parseLong(read.group(1)) + 1000,
                "the restart reads on from the checkpoint (at most one chunk again): " + rest.group(1) + " after " + read.group(1));

        String period = "?from=" + base.toLocalDate().minusDays(1) + "&to=" + LocalDate.now(VIETNAM).plusDays(1) + "&by=procedure";
        assertRow(admin.get(PAGE + period).body(), permit, Map.of("received", String.valueOf(dossiers), "early", String.valueOf(dossiers),
                "in-progress", "0"));
    }

    private static String awaitStatus(Http admin, String execution, String... statuses) throws InterruptedException {
        String page = "";
        for (int i = 0; i < 120; i++) {
            page = admin.get(IMPORT + "?execution=" + execution).body();
            for (String status : statuses) {
                if (page.contains("data-execution=\"" + execution + "\" data-status=\"" + status + "\"")) {
                    return page;
                }
            }
            Thread.sleep(1000);
        }
        return page;
    }

    private String dossier(String letter) {
        return "H30.99-" + run + "-" + letter;
    }

    private String event(String id, String dossier, String kind, ZonedDateTime at, String procedure, String more) {
        return "{\"event_id\":\"" + run + "-" + id + "\",\"dossier\":\"" + dossier + "\",\"kind\":\"" + kind + "\",\"at\":\""
                + at.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + "\"" + (procedure == null ? "" : ",\"procedure\":\"" + procedure + "\"")
                + (more == null ? "" : "," + more) + "}";
    }

    private static String procedures(Http admin, String csv) {
        return admin.submitMultipart(admin.get(IMPORT).body(), "procedures", "import", Map.of(), Map.of(),
                List.of(new Http.Upload("file", "procedures.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))).body();
    }

    private static String importEvents(Http admin, byte[] file) {
        String page = admin.submitMultipart(admin.get(IMPORT).body(), "events", "import", Map.of(), Map.of(),
                List.of(new Http.Upload("file", "events.jsonl", "application/x-ndjson", file))).body();
        Matcher started = Pattern.compile("Đã bắt đầu nhập:.*?#(\\d+)", Pattern.DOTALL).matcher(page);
        assertTrue(started.find(), page);
        return started.group(1);
    }

    private static String awaitCompleted(Http admin, String execution) throws InterruptedException {
        String page = "";
        for (int i = 0; i < 60; i++) {
            page = admin.get(IMPORT + "?execution=" + execution).body();
            if (page.contains("data-execution=\"" + execution + "\" data-status=\"COMPLETED\"")
                    || page.contains("data-execution=\"" + execution + "\" data-status=\"FAILED\"")) {
                return page;
            }
            Thread.sleep(1000);
        }
        return page;
    }

    private static void assertRow(String page, String key, Map<String, String> expected) {
        Matcher row = Pattern.compile("<tr data-key=\"" + Pattern.quote(key) + "\"([^>]*)>").matcher(page);
        assertTrue(row.find(), key + ": " + page);
        for (Map.Entry<String, String> e : expected.entrySet()) {
            assertTrue(row.group(1).contains("data-" + e.getKey() + "=\"" + e.getValue() + "\""), key + " " + e.getKey() + ": " + row.group(1));
        }
    }
}
