package vn.smartcity.ioc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.smartcity.ioc.it.support.Http;
import vn.smartcity.ioc.it.support.IncidentPages;
import vn.smartcity.ioc.it.support.IocDeployment;
import vn.smartcity.ioc.it.support.TestDirectory;

/**
 * The analytics page and its CSV as their users walk them: an analyst sees the province's incidents of the day
 * grow by department, a handler only their department's, the roles without analytics are refused, and a bad
 * period is said in Vietnamese (page) or answered 400 (CSV), never 500.
 */
@ExtendWith({TestDirectory.class, ArquillianExtension.class})
@RunAsClient
class AnalyticsIT extends IocDeployment {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    static final String DAY = "?from=" + TODAY + "&to=" + TODAY.plusDays(1) + "&by=department";
    static final String PAGE = "/console/analytics/index.xhtml";
    static final String CSV = "/console/analytics/incidents.csv";

    @Test
    void theAnalystSeesTheProvinceByDepartmentAndTheHandlerTheirDepartmentOnly() {
        Http operator = new Http();
        operator.login("operator", "demo");
        Http analyst = new Http();
        analyst.login("analyst", "demo");
        Http handler = new Http(); // Department of Construction (SXD)
        handler.login("handler", "demo");

        String before = analyst.get(PAGE + DAY).body();
        int police = opened(before, "CA");
        int construction = opened(before, "SXD");
        int province = opened(before, "*");
        int handlerBefore = opened(handler.get(PAGE + DAY).body(), "SXD");

        java.time.ZonedDateTime opening = java.time.ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        IncidentPages.open(operator, "public-order", "TAN_PHONG", "Đánh nhau trước cổng trường (phân tích)");
        IncidentPages.open(operator, "road-damage", "DOAN_KET", "Sụt lún mặt đường Lê Duẩn (phân tích)");

        String after = analyst.get(PAGE + DAY).body();
        assertEquals(police + 1, opened(after, "CA"), after);
        assertEquals(construction + 1, opened(after, "SXD"));
        assertEquals(province + 2, opened(after, "*"), "the province's total");
        assertTrue(after.contains("Công an tỉnh"), "groups by their names");
        assertTrue(after.contains("Sự cố được tạo trong khoảng thời gian"), "each figure's definition on the page");

        String mine = handler.get(PAGE + DAY).body();
        assertEquals(handlerBefore + 1, opened(mine, "SXD"), "the handler's department's");
        assertEquals(Set.of("SXD", "*"), groups(mine), "nothing of other departments");
        assertTrue(mine.contains("Chỉ sự cố của đơn vị của bạn"), mine);

        HttpResponse<String> csv = analyst.get(CSV + DAY);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().startsWith("\uFEFFgroup,opened,resolved,"), csv.body());
        assertTrue(csv.body().contains("\r\nCA," + (police + 1) + ","), csv.body());
        String handlerCsv = handler.get(CSV + DAY).body();
        assertTrue(handlerCsv.contains("\r\nSXD,"), handlerCsv);
        assertFalse(handlerCsv.contains("\r\nCA,"), "another department's row in a handler's export");

        // hotspots: the two are in this hour of this weekday (Vietnam's time), the road one in Đoàn Kết
        String heat = analyst.get("/console/analytics/hotspots.xhtml?from=" + TODAY + "&to=" + TODAY.plusDays(1)).body();
        int day = opening.getDayOfWeek().getValue() - 1;
        int hour = opening.getHour();
        Matcher cell = Pattern.compile("data-day=\"" + day + "\">(?:(?!</tr>)[\\s\\S])*?data-hour=\"" + hour
                + "\"[^>]*>(\\d*)</td>").matcher(heat);
        assertTrue(cell.find(), heat);
        boolean sameHour = java.time.ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).getHour() == hour;
        assertTrue(!cell.group(1).isEmpty() && (Integer.parseInt(cell.group(1)) >= 2 || !sameHour),
                "this hour's cell: " + cell.group(1));
        assertTrue(heat.contains("data-ward=\"DOAN_KET\""), heat);
        String roadOnly = analyst.get("/console/analytics/hotspots.xhtml?from=" + TODAY + "&to=" + TODAY.plusDays(1)
                + "&category=road-damage").body();
        assertTrue(total(roadOnly) >= 1 && total(roadOnly) < total(heat), "one category's");

        // by ward and by source: the same incidents, other groups
        String wards = analyst.get(PAGE + DAY.replace("by=department", "by=ward")).body();
        assertTrue(groups(wards).containsAll(Set.of("TAN_PHONG", "DOAN_KET", "*")), wards);
        assertTrue(groups(analyst.get(PAGE + DAY.replace("by=department", "by=source")).body()).contains("OPERATOR"));
    }

    @Test
    void rolesWithoutAnalyticsAreRefusedWhileTheAnalystIsServed() {
        Http analyst = new Http();
        analyst.login("analyst", "demo");
        assertEquals(200, analyst.get(PAGE + DAY).statusCode(), "the same request succeeds for an analyst");
        assertEquals(200, analyst.get(CSV + DAY).statusCode());
        for (String user : new String[] {"operator", "traffic-officer", "auditor"}) {
            Http other = new Http();
            other.login(user, "demo");
            assertEquals(403, other.get(PAGE + DAY).statusCode(), user);
            assertEquals(403, other.get(CSV + DAY).statusCode(), user);
            assertFalse(other.get("/console/index.xhtml").body().contains("id=\"nav-analytics\""), user + ": no menu link");
        }
        assertTrue(analyst.get("/console/index.xhtml").body().contains("id=\"nav-analytics\""));
    }

    @Test
    void aBadPeriodIsSaidInTheReadersLanguageNeverA500() {
        Http analyst = new Http();
        analyst.login("analyst", "demo");
        HttpResponse<String> backwards = analyst.get(PAGE + "?from=" + TODAY + "&to=" + TODAY.minusDays(3));
        assertEquals(200, backwards.statusCode());
        assertTrue(backwards.body().contains("Hãy chọn khoảng thời gian: ngày bắt đầu phải trước ngày kết thúc"), backwards.body());
        String notADay = analyst.get(PAGE + "?from=1.12.2026").body();
        assertTrue(notADay.contains("1.12.2026 không phải là một ngày"), notADay);
        String tooLong = analyst.get(PAGE + "?from=2024-01-01&to=2026-01-01").body();
        assertTrue(tooLong.contains("tối đa 366 ngày"), tooLong);
        // last: the language chosen stays for the session
        HttpResponse<String> english = analyst.get(PAGE + "?from=" + TODAY + "&to=" + TODAY.minusDays(3) + "&lang=en");
        assertTrue(english.body().contains("Choose a period: a first day before the last day"), english.body());
        HttpResponse<String> csv = analyst.get(CSV + "?by=nothing");
        assertEquals(400, csv.statusCode());
        assertTrue(csv.body().contains("nothing"), csv.body());
    }

    @Test
    void theTrendShowsTwelveWeeksAndTheForecastOfTwoWithItsAccuracy() {
        Http analyst = new Http();
        analyst.login("analyst", "demo");
        Http operator = new Http();
        operator.login("operator", "demo");
        // incidents opened today count only from tomorrow (the trend ends yesterday): what is checked is the shape
        String page = analyst.get("/console/analytics/trends.xhtml?category=road-damage").body();
        Matcher chart = Pattern.compile("data-chart=\"([^\"]*)\"").matcher(page);
        assertTrue(chart.find(), page);
        String json = chart.group(1).replace("&quot;", "\"");
        Matcher counts = Pattern.compile("\"counts\":\\[([^\\]]*)\\]").matcher(json);
        assertTrue(counts.find(), json);
        assertEquals(84, counts.group(1).split(",").length, "twelve weeks of days");
        assertTrue(json.contains("\"days\":[\"" + TODAY.minusDays(84) + "\""), "ending yesterday: " + json);
        assertEquals(14, page.split("<tr data-day=", -1).length - 1, "fourteen forecast days");
        assertTrue(page.contains("id=\"accuracy\"") && page.contains("Holt-Winters"), "the accuracy and the method are said");
        Http handler = new Http();
        handler.login("handler", "demo");
        assertEquals(200, handler.get("/console/analytics/trends.xhtml").statusCode(), "a handler: their departments' trend");
        assertEquals(403, operator.get("/console/analytics/trends.xhtml").statusCode());
    }

    @Test
    void theTableIsASpreadsheetTooAndEveryDownloadIsLoggedForTheAuditors() throws Exception {
        Http analyst = new Http();
        analyst.login("analyst", "demo");
        HttpResponse<byte[]> xlsx = analyst.getBytes("/console/analytics/incidents.xlsx" + DAY);
        assertEquals(200, xlsx.statusCode());
        assertTrue(xlsx.headers().firstValue("Content-Type").orElse("").startsWith("application/vnd.openxmlformats"), xlsx.headers().toString());
        String sheet = null;
        String strings = "";
        // read as spreadsheet programs do, by the central directory (the stream's entries carry their sizes after them)
        java.nio.file.Path file = java.nio.file.Files.createTempFile("kpis", ".xlsx");
        java.nio.file.Files.write(file, xlsx.body());
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            for (java.util.zip.ZipEntry e : java.util.Collections.list(zip.entries())) {
                String text = new String(zip.getInputStream(e).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    sheet = text;
                } else if (e.getName().equals("xl/sharedStrings.xml")) {
                    strings = text;
                }
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
        assertTrue(sheet != null && sheet.contains("<row r=\"2\""), "a spreadsheet with rows: " + sheet);
        // the Vietnamese is written as character references (M&#x1edf; m&#x1edb;i): the English halves are plain
        assertTrue(strings.contains("/ opened") && strings.contains("/ resolved") && strings.contains("M&#x1edf; m&#x1edb;i"), "the headers: " + strings);
        assertEquals(200, analyst.get(CSV + DAY).statusCode());
        assertEquals(400, analyst.getBytes("/console/analytics/incidents.xlsx?from=nonsense").statusCode(), "400, not 500");

        Http auditor = new Http();
        auditor.login("auditor", "demo");
        String log = auditor.get("/console/audit/index.xhtml").body();
        assertTrue(log.contains("data-download=\"incident-kpis\" data-user=\"analyst\" data-format=\"xlsx\""), log);
        assertTrue(log.contains("data-download=\"incident-kpis\" data-user=\"analyst\" data-format=\"csv\""), log);
    }

    @Test
    void aPeriodIsComparedWithTheOneBeforeAndWithAYearBefore() {
        Http analyst = new Http();
        analyst.login("analyst", "demo");
        String yesterday = analyst.get(PAGE + "?from=" + TODAY.minusDays(1) + "&to=" + TODAY + "&by=department").body();
        String compared = analyst.get(PAGE + DAY + "&compare=previous").body();
        assertTrue(compared.contains("Trong ngoặc: thay đổi so với " + TODAY.minusDays(1) + " – " + TODAY.minusDays(1)), compared);
        Matcher before = Pattern.compile("data-group=\"\\*\"[\\s\\S]*?data-before-opened=\"(\\d+)\"").matcher(compared);
        assertTrue(before.find(), compared);
        assertEquals(opened(yesterday, "*"), Integer.parseInt(before.group(1)), "the period before is yesterday's figures");
        String lastYear = analyst.get(PAGE + DAY + "&compare=year").body();
        assertTrue(lastYear.contains("thay đổi so với " + TODAY.minusYears(1) + " – " + TODAY.minusYears(1)), lastYear);
        assertFalse(analyst.get(PAGE + DAY).body().contains("data-before-opened"), "no comparison unless asked");
    }

    @Test
    void theOtherServicesFiguresAreTheProvincesAndTheirTotalsAddUp() {
        Http analyst = new Http();
        analyst.login("analyst", "demo");
        String page = analyst.get("/console/analytics/services.xhtml?from=" + TODAY.minusDays(30) + "&to=" + TODAY.plusDays(1)).body();
        for (String table : new String[] {"cameraAlerts", "violations", "media", "security"}) {
            assertTrue(page.contains("<table id=\"" + table + "\""), table + ": " + page);
        }
        // each table's total row is the sum of its rows
        for (String[] t : new String[][] {{"cameraAlerts", "raised"}, {"violations", "detected"}, {"media", "articles"}, {"security", "raised"}}) {
            String table = page.substring(page.indexOf("<table id=\"" + t[0] + "\""));
            table = table.substring(0, table.indexOf("</table>"));
            Matcher rows = Pattern.compile("data-key=\"([^\"]+)\" data-" + t[1] + "=\"(\\d+)\"").matcher(table);
            long sum = 0;
            long total = -1;
            while (rows.find()) {
                if (rows.group(1).equals("*")) {
                    total = Long.parseLong(rows.group(2));
                } else {
                    sum += Long.parseLong(rows.group(2));
                }
            }
            assertEquals(sum, total, t[0] + ": " + table);
        }
        Http handler = new Http();
        handler.login("handler", "demo");
        var theirs = handler.get("/console/analytics/services.xhtml");
        assertEquals(200, theirs.statusCode(), "a handler is told, not given a 500");
        assertTrue(theirs.body().contains("Đây là số liệu toàn tỉnh") && !theirs.body().contains("<table id=\"cameraAlerts\""), theirs.body());
        assertTrue(analyst.get("/console/analytics/services.xhtml?from=2026-02-30").body().contains("2026-02-30 không phải là một ngày"), "a bad date is said");
    }

    private static int total(String page) {
        Matcher m = Pattern.compile("data-total=\"(\\d+)\"").matcher(page);
        assertTrue(m.find(), page);
        return Integer.parseInt(m.group(1));
    }

    private static int opened(String page, String group) {
        Matcher m = Pattern.compile("data-group=\"" + Pattern.quote(group) + "\" data-opened=\"(\\d+)\"").matcher(page);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static Set<String> groups(String page) {
        Set<String> groups = new LinkedHashSet<>();
        Matcher m = Pattern.compile("data-group=\"([^\"]+)\"").matcher(page);
        while (m.find()) {
            groups.add(m.group(1));
        }
        return groups;
    }
}
