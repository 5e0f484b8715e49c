package vn.smartcity.ioc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.smartcity.ioc.it.support.Http;
import vn.smartcity.ioc.it.support.IocDeployment;
import vn.smartcity.ioc.it.support.LiveFeed;
import vn.smartcity.ioc.it.support.TestDirectory;

/**
 * Rules to alerts to consoles: events posted through the REST door; the seeded rules fire and stay silent at
 * their boundaries (time window, score, repeat of the same object, dwell time, crowd size); an alert reaches a
 * console's websocket; operators acknowledge, dismiss and escalate it into an incident; a rule is changed on
 * the console as a new version.
 */
@ExtendWith({TestDirectory.class, ArquillianExtension.class})
@RunAsClient
class AlertsIT extends IocDeployment {

    static final String PAGE = "/console/alerts/index.xhtml";
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Yesterday at a local time in Vietnam (always in the past, whatever the hour of the test). */
    static Instant yesterdayAt(String localTime) {
        return LocalDate.now(VIETNAM).minusDays(1).atTime(LocalTime.parse(localTime)).atZone(VIETNAM).toInstant();
    }

    static String object(String camera, String label, String track, Instant at, double score, String... zones) {
        return "{\"schema\":1,\"eventId\":\"it-alert-" + UUID.randomUUID() + "\",\"camera\":\"" + camera
                + "\",\"kind\":\"object\",\"at\":\"" + at.truncatedTo(ChronoUnit.MILLIS) + "\",\"trackId\":\"" + track
                + "\",\"label\":\"" + label + "\",\"score\":" + score + ",\"zones\":["
                + String.join(",", java.util.Arrays.stream(zones).map(z -> "\"" + z + "\"").toList()) + "]}";
    }

    static void post(String body) throws Exception {
        var response = HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        URI.create(DetectionIngestIT.DETECTIONS)).header("Content-Type", "application/json")
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("ioc-camera:demo-camera".getBytes()))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
    }

    @Test
    void aNightIntrusionReachesTheConsoleLiveAndIsEscalatedIntoAnIncident() throws Exception {
        Http operator = new Http();
        operator.login("operator", "demo");
        LiveFeed feed = LiveFeed.open(operator);
        try {
            String quiet = "quiet-" + UUID.randomUUID();
            post(object("LC-TP-002", "person", quiet, yesterdayAt("21:59"), 0.9, "restricted"));   // before the window
            post(object("LC-TP-002", "person", quiet + "-low", yesterdayAt("23:00"), 0.59, "restricted")); // score too low
            post(object("LC-TP-002", "person", quiet + "-lawn", yesterdayAt("23:00"), 0.9, "lawn"));      // other zone
            String intruder = "intruder-" + UUID.randomUUID();
            long sent = System.nanoTime();
            post(object("LC-TP-002", "person", intruder, yesterdayAt("22:00"), 0.9, "lawn", "restricted"));
            String alert = next(feed, "night-intrusion-square");
            System.out.printf("live alert on the websocket %d ms after the POST returned%n",
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent));
            assertTrue(alert.contains("\"kind\":\"camera-alert\"") && alert.contains("\"severity\":\"CRITICAL\"")
                    && alert.contains("\"camera\":\"LC-TP-002\"") && alert.contains("\"latitude\":22.3969"), alert);
            post(object("LC-TP-002", "person", intruder, yesterdayAt("22:01"), 0.95, "restricted"));       // the same person again

            String page = operator.get(PAGE).body();
            assertEquals(1, count(page, "data-rule=\"night-intrusion-square\""), "one alert, at the boundary, once: " + page);
            long id = alertId(page, "night-intrusion-square");
            assertTrue(page.contains("data-alert=\"" + id + "\" data-rule=\"night-intrusion-square\" data-state=\"NEW\""));
            // on the alert map at the camera's place, in the severity's colour
            assertTrue(Pattern.compile("class=\"ioc-marker\"[^>]*data-lat=\"22.3969\" data-lon=\"103.4571\"\\s+data-label=\"#" + id
                    + " [^\"]*\" data-color=\"#c62828\"").matcher(page).find(), page);

            page = act(operator, page, id, "acknowledge", Map.of());
            assertTrue(page.contains("data-alert=\"" + id + "\" data-rule=\"night-intrusion-square\" data-state=\"ACKNOWLEDGED\""));
            page = act(operator, page, id, "escalate", Map.of());
            Matcher escalated = Pattern.compile("data-alert=\"" + id + "\" data-state=\"ESCALATED\" data-incident=\"(\\d+)\"").matcher(page);
            assertTrue(escalated.find(), page);
            String incident = operator.get("/console/incidents/incident.xhtml?id=" + escalated.group(1)).body();
            assertTrue(incident.contains("camera alert #" + id), "the incident tells where it came from");
            assertTrue(incident.contains("Người vào khu vực cấm ban đêm – Quảng trường · Quảng trường Nhân dân tỉnh"),
                    "titled after the rule and the camera");
        } finally {
            feed.close();
        }
    }

    @Test
    void dwellAndCrowdRulesCountTimeAndObjectsAndAFalsePositiveIsKeptWithItsReason() throws Exception {
        // square-loitering: the same person 300 s or more on LC-TP-002
        String loiterer = "loiter-" + UUID.randomUUID();
        Instant start = Instant.now().minusSeconds(600);
        post("[" + object("LC-TP-002", "person", loiterer, start, 0.8) + ","
                + object("LC-TP-002", "person", loiterer, start.plusSeconds(299), 0.8) + "]");
        Http operator = new Http();
        operator.login("operator", "demo");
        assertEquals(0, count(operator.get(PAGE).body(), "data-rule=\"square-loitering\""), "299 s is not loitering");
        post(object("LC-TP-002", "person", loiterer, start.plusSeconds(300), 0.8));
        String page = operator.get(PAGE).body();
        assertEquals(1, count(page, "data-rule=\"square-loitering\""), "300 s is");

        // market-crowd: 5 distinct people within a minute on LC-DK-002
        Instant now = Instant.now().minusSeconds(5);
        StringBuilder four = new StringBuilder("[");
        String crowd = UUID.randomUUID().toString();
        for (int i = 0; i < 4; i++) {
            four.append(i == 0 ? "" : ",").append(object("LC-DK-002", "person", crowd + "-" + i, now.minusSeconds(i), 0.7));
        }
        post(four.append("]").toString());
        post(object("LC-DK-002", "person", crowd + "-0", now, 0.7));   // the same person again: still 4
        assertEquals(0, count(operator.get(PAGE).body(), "data-rule=\"market-crowd\""), "4 people are not a crowd");
        post(object("LC-DK-002", "person", crowd + "-4", now, 0.7));
        page = operator.get(PAGE).body();
        assertEquals(1, count(page, "data-rule=\"market-crowd\""), "5 are");

        long id = alertId(page, "market-crowd");
        page = act(operator, page, id, "dismiss", Map.of(control(page, id, "reason"), ""));
        assertTrue(page.contains("Hãy ghi lý do vì sao đây là báo động giả"), "a dismissal needs a reason");
        page = act(operator, page, id, "dismiss", Map.of(control(page, id, "reason"), "Phiên chợ sáng, người mua bán bình thường"));
        assertTrue(page.contains("data-alert=\"" + id + "\" data-state=\"DISMISSED\""), page);
        assertTrue(page.contains("Phiên chợ sáng, người mua bán bình thường"), "the false positive is kept with its reason");
    }

    @Test
    void aSupervisorChangesARuleAsANewVersionAndOperatorsCannot() throws Exception {
        Http supervisor = new Http();
        supervisor.login("supervisor", "demo");
        String page = supervisor.get("/console/alerts/rules.xhtml?code=fire-smoke").body();
        assertTrue(page.contains("data-rule=\"fire-smoke\" data-version=\"0\""), page);
        page = supervisor.submit(page, "rule", "save", edit(page, Map.of("name", "Cháy hoặc khói", "labels", "fire, smoke, flame",
                "minScore", "0.65", "from", "", "to", "", "kind", "PRESENCE", "severity", "CRITICAL", "category", "fire",
                "active", "true"))).body();
        assertTrue(page.contains("data-rule=\"fire-smoke\" data-version=\"1\""), page);
        assertTrue(page.contains("fire,smoke,flame"));
        page = supervisor.submit(page, "rule", "save", edit(page, Map.of("name", "Cháy", "labels", "fire", "from", "25:00", "to", "",
                "kind", "PRESENCE", "severity", "CRITICAL", "category", "fire", "active", "true"))).body();
        assertTrue(page.contains("Giờ có dạng HH:mm, ví dụ 22:00 (không phải 25:00)"), "a bad time is refused with what to type, in Vietnamese");
        assertTrue(page.contains("data-rule=\"fire-smoke\" data-version=\"1\""), "nothing changed");

        // the changed rule applies at once on this node
        post(object("LC-TP-001", "flame", "flame-" + UUID.randomUUID(), Instant.now().minusSeconds(3), 0.66));
        Http operator = new Http();
        operator.login("operator", "demo");
        String alerts = operator.get(PAGE).body();
        assertTrue(alerts.contains("data-rule=\"fire-smoke\""), "the new label raises an alert");
        assertTrue(alerts.contains("fire-smoke v1"), "the alert names the rule's version");

        String operatorsView = operator.get("/console/alerts/rules.xhtml?code=fire-smoke").body();
        assertTrue(operatorsView.contains("data-rule=\"fire-smoke\""));
        assertTrue(!operatorsView.contains("id=\"rule\""), "operators read the rules, they do not get the form");
    }

    // ---------------------------------------------------------------------------------------------------------

    private static String next(LiveFeed feed, String rule) throws InterruptedException {
        String message = feed.await(m -> m.contains("\"ruleCode\":\"" + rule + "\""), 15);
        if (message == null) {
            throw new AssertionError("no live alert of " + rule + " on the websocket");
        }
        return message;
    }

    /** The rule form's fields, with the hidden ones of the rule being edited (id, version, code) as the page has them. */
    private static Map<String, String> edit(String page, Map<String, String> fields) {
        Map<String, String> all = new java.util.HashMap<>(fields);
        for (String hidden : new String[] {"id", "version", "existingCode"}) {
            Matcher m = Pattern.compile("id=\"rule:" + hidden + "\"[^>]*value=\"([^\"]*)\"").matcher(page);
            assertTrue(m.find(), hidden + " in the form");
            all.put(hidden, m.group(1));
        }
        return all;
    }

    private static long alertId(String page, String rule) {
        Matcher m = Pattern.compile("data-alert=\"(\\d+)\" data-rule=\"" + rule + "\"").matcher(page);
        assertTrue(m.find(), "an alert of " + rule);
        return Long.parseLong(m.group(1));
    }

    /** Presses a button in an alert's row, as a browser posts it (with the row's hidden alert id). */
    private static String act(Http operator, String page, long alert, String control, Map<String, String> fields) {
        Matcher row = Pattern.compile("name=\"(alert-row-\\d+)\" value=\"" + alert + "\"").matcher(page);
        assertTrue(row.find(), "the row of alert " + alert);
        return operator.submit(page, "open", control(page, alert, control), fields, Map.of(row.group(1), Long.toString(alert))).body();
    }

    private static String control(String page, long alert, String control) {
        Matcher m = Pattern.compile("data-alert=\"" + alert + "\".*?id=\"open:([^\"]*:" + control + ")\"", Pattern.DOTALL)
                .matcher(page);
        assertTrue(m.find(), control + " of alert " + alert);
        return m.group(1);
    }

    private static int count(String page, String text) {
        Matcher m = Pattern.compile(Pattern.quote(text)).matcher(page);
        int n = 0;
        while (m.find()) {
            n++;
        }
        assertNotNull(page);
        return n;
    }
}
