package vn.smartcity.ioc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.smartcity.ioc.it.support.Http;
import vn.smartcity.ioc.it.support.IocDeployment;
import vn.smartcity.ioc.it.support.PortalPages;
import vn.smartcity.ioc.it.support.TestDirectory;

/**
 * Open311 GeoReport v2 service requests: POST with an API key an admin issued on the console, GET one and many
 * with the spec's filters, tokens; field by field in JSON and XML, and the spec's errors (400, 403, 404).
 */
@ExtendWith({TestDirectory.class, ArquillianExtension.class})
@RunAsClient
class Open311RequestsIT extends IocDeployment {

    static final String BASE = "/api/open311/v2";
    static final Set<String> REQUEST_FIELDS = Set.of("service_request_id", "status", "status_notes", "service_name",
            "service_code", "description", "agency_responsible", "service_notice", "requested_datetime",
            "updated_datetime", "expected_datetime", "address", "address_id", "zipcode", "lat", "long", "media_url");

    static String apiKey;

    @BeforeAll
    static void anAdminIssuesAKey() {
        apiKey = issueKey("Ứng dụng Lai Châu số (thử nghiệm)");
    }

    static String issueKey(String name) {
        Http admin = new Http();
        admin.login("admin", "demo");
        String page = admin.get("/console/admin/api-keys.xhtml").body();
        String issued = admin.submit(page, "issue", "issueButton", Map.of("name", name)).body();
        Matcher key = Pattern.compile("id=\"issuedKey\">([A-Za-z0-9_-]{20,})<").matcher(issued);
        assertTrue(key.find(), "the key is shown once: " + issued);
        assertFalse(admin.get("/console/admin/api-keys.xhtml").body().contains(key.group(1)), "and never again");
        return key.group(1);
    }

    @Test
    void aRequestIsPostedAndReadBackFieldByFieldInJsonAndXml() {
        Http app = new Http();
        HttpResponse<String> posted = app.postForm(BASE + "/requests.json", form(Map.of("first_name", "Lò Văn",
                "last_name", "Pao", "email", "pao@example.vn", "media_url", "https://app.example.vn/anh/1.jpg")));
        assertEquals(200, posted.statusCode(), posted.body());
        assertEquals("application/json;charset=utf-8", posted.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
        JsonObject created = Json.createReader(new StringReader(posted.body())).readArray().getJsonObject(0);
        long id = created.getJsonNumber("service_request_id").longValue();
        assertTrue(created.getString("service_notice").contains("Sở Xây dựng"), created.toString());
        assertFalse(created.containsKey("token"), "realtime: an id, not a token");

        JsonObject request = Json.createReader(new StringReader(app.get(BASE + "/requests/" + id + ".json").body()))
                .readArray().getJsonObject(0);
        assertEquals(REQUEST_FIELDS, request.keySet());
        assertEquals(id, request.getJsonNumber("service_request_id").longValue());
        assertEquals("open", request.getString("status"));
        assertEquals("flooding", request.getString("service_code"));
        assertEquals("Ngập úng", request.getString("service_name"));
        assertEquals(JsonValue.NULL, request.get("description"), "not public before staff looked");
        assertEquals("Sở Xây dựng", request.getString("agency_responsible"));
        assertEquals("Tổ 5, phường Tân Phong", request.getString("address"));
        assertEquals(22.3960, request.getJsonNumber("lat").doubleValue(), 1e-9);
        assertEquals(103.4590, request.getJsonNumber("long").doubleValue(), 1e-9);
        assertEquals("https://app.example.vn/anh/1.jpg", request.getString("media_url"));
        OffsetDateTime requested = OffsetDateTime.parse(request.getString("requested_datetime"));
        OffsetDateTime expected = OffsetDateTime.parse(request.getString("expected_datetime"));
        assertEquals("+07:00", requested.getOffset().toString());
        assertEquals(24, java.time.Duration.between(requested, expected).toHours(), "flooding: 24 h SLA");
        assertFalse(request.toString().contains("pao@example.vn"), "no personal data");
        assertFalse(request.toString().contains("Pao"), "no personal data");

        String xml = app.get(BASE + "/requests/" + id + ".xml").body();
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><service_requests><request><service_request_id>"
                + id + "</service_request_id><status>open</status><status_notes></status_notes><service_name>Ngập úng</service_name>"
                + "<service_code>flooding</service_code><description></description><agency_responsible>Sở Xây dựng</agency_responsible>"), xml);
        assertTrue(xml.contains("<lat>22.396</lat><long>103.459</long><media_url>https://app.example.vn/anh/1.jpg</media_url></request></service_requests>"), xml);
    }

    @Test
    void requestsAreFoundByIdsCodesDatesAndStatus() {
        Http app = new Http();
        long a = post(app, Map.of("service_code", "landslide"));
        long b = post(app, Map.of("service_code", "landslide"));
        JsonArray both = array(app.get(BASE + "/requests.json?service_request_id=" + a + "," + b + "&status=closed"));
        assertEquals(2, both.size(), "service_request_id overrides all other filters");
        JsonArray landslides = array(app.get(BASE + "/requests.json?service_code=landslide,fire&status=open"));
        assertTrue(ids(landslides).containsAll(List.of(a, b)));
        assertTrue(landslides.stream().allMatch(r -> r.asJsonObject().getString("service_code").equals("landslide")));
        assertTrue(ids(array(app.get(BASE + "/requests.json?service_code=landslide&status=closed"))).isEmpty());
        String now = OffsetDateTime.now().plusMinutes(5).withNano(0).toString();
        String lastWeek = OffsetDateTime.now().minusDays(7).withNano(0).toString();
        assertTrue(ids(array(app.get(BASE + "/requests.json?service_code=landslide&start_date=" + enc(lastWeek)
                + "&end_date=" + enc(now)))).containsAll(List.of(a, b)));
        assertTrue(ids(array(app.get(BASE + "/requests.json?service_code=landslide&end_date=" + enc(lastWeek)))).isEmpty());

        assertError(app.get(BASE + "/requests.json?start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z"), 400, "90 days");
        assertError(app.get(BASE + "/requests.json?start_date=yesterday"), 400, "start_date");
        assertError(app.get(BASE + "/requests.json?status=lost"), 400, "status");
        assertError(app.get(BASE + "/requests/999999999.json"), 404, "999999999 was not found");
        assertError(app.get(BASE + "/requests.json?jurisdiction_id=hanoi.gov.vn"), 404, "jurisdiction_id");
    }

    @Test
    void theSpecsErrorsComeWithTheRightStatus() {
        Http app = new Http();
        assertError(app.postForm(BASE + "/requests.json", form(Map.of("api_key", "wrong-key"))), 403, "api_key");
        assertError(app.postForm(BASE + "/requests.xml", form(mapOf("api_key", null))), 403, "api_key");
        assertError(app.postForm(BASE + "/requests.json", form(Map.of("service_code", "no-such-service"))), 404, "service_code");
        assertError(app.postForm(BASE + "/requests.json", form(mapOf("service_code", null))), 400, "service_code was not provided");
        assertError(app.postForm(BASE + "/requests.json", form(mapOf("lat", null, "long", null, "address_string", null))),
                400, "location");
        assertError(app.postForm(BASE + "/requests.json", form(Map.of("lat", "10.7626", "long", "106.6602"))), 400, "outside");
        assertError(app.postForm(BASE + "/requests.json", form(Map.of("lat", "north"))), 400, "lat must be a decimal");
        assertError(app.postForm(BASE + "/requests.json", form(Map.of("description", "x".repeat(4001)))), 400, "4000");
        String xmlError = app.postForm(BASE + "/requests.xml", form(Map.of("api_key", "wrong-key"))).body();
        assertTrue(xmlError.contains("<errors><error><code>403</code><description>"), xmlError);
    }

    @Test
    void aRevokedKeyIsRefused() {
        String key = issueKey("Ứng dụng sẽ bị thu hồi");
        Http app = new Http();
        assertEquals(200, app.postForm(BASE + "/requests.json", form(Map.of("api_key", key))).statusCode());
        Http admin = new Http();
        admin.login("admin", "demo");
        String page = admin.get("/console/admin/api-keys.xhtml").body();
        Matcher row = Pattern.compile("<tr data-client=\"\\d+\">\\s*<td>Ứng dụng sẽ bị thu hồi</td>.*?id=\"(keys:[^\"]*revoke)\"",
                Pattern.DOTALL).matcher(page);
        assertTrue(row.find(), page);
        String button = row.group(1).substring("keys:".length());
        admin.submit(page, "keys", button, Map.of());
        assertError(app.postForm(BASE + "/requests.json", form(Map.of("api_key", key))), 403, "revoked");
    }

    @Test
    void aServicesQuestionsAreAnsweredCheckedAndShownToStaff() {
        Http app = new Http();
        // flooding asks how deep the water is (one choice) and which vehicles cannot pass (several)
        List<Map.Entry<String, String>> flooding = new java.util.ArrayList<>(form(Map.of()).entrySet());
        flooding.add(Map.entry("attribute[water_depth]", "knee"));
        flooding.add(Map.entry("attribute[vehicles_blocked][]", "motorbike"));
        flooding.add(Map.entry("attribute[vehicles_blocked][]", "car"));
        assertEquals(200, app.postForm(BASE + "/requests.json", flooding).statusCode());

        List<Map.Entry<String, String>> wrongChoice = new java.util.ArrayList<>(form(Map.of()).entrySet());
        wrongChoice.add(Map.entry("attribute[water_depth]", "neck"));
        assertError(app.postForm(BASE + "/requests.json", wrongChoice), 400, "attribute[water_depth] must be one of [ankle, knee, waist]");
        List<Map.Entry<String, String>> twoDepths = new java.util.ArrayList<>(form(Map.of()).entrySet());
        twoDepths.add(Map.entry("attribute[water_depth][]", "knee"));
        twoDepths.add(Map.entry("attribute[water_depth][]", "ankle"));
        assertError(app.postForm(BASE + "/requests.xml", twoDepths), 400, "attribute[water_depth] takes one value");
        assertError(app.postForm(BASE + "/requests.json", form(Map.of("attribute[colour]", "nâu"))), 400,
                "attribute[colour] is not an attribute of service_code flooding");
        assertError(app.postForm(BASE + "/requests.json", form(Map.of("attribute[water_depth", "knee"))), 400,
                "is not of the form attribute[code]");
        String marker = "Ổ gà " + System.nanoTime() + " trước cổng trường";
        assertError(app.postForm(BASE + "/requests.json", form(mapOf("service_code", "road-damage", "description", marker,
                "attribute[pothole_width_m]", "rộng lắm"))), 400, "attribute[pothole_width_m] must be a number");
        assertError(app.postForm(BASE + "/requests.json", form(mapOf("service_code", "road-damage", "description", marker,
                "attribute[safety_note]", "đã gọi"))), 400, "information only");
        post(app, mapOf("service_code", "road-damage", "description", marker, "attribute[pothole_width_m]", "0.8"));

        // the refused posts stored nothing: one road-damage incident with the marker, showing the answer to staff
        Http operator = new Http();
        operator.login("operator", "demo");
        String queue = operator.get("/console/incidents/index.xhtml?category=road-damage").body();
        Matcher row = Pattern.compile("incident\\.xhtml\\?id=(\\d+)\"[^>]*>\\d+</a>\\s*</td>\\s*<td[^>]*>([^<]*)</td>").matcher(queue);
        List<Long> marked = new java.util.ArrayList<>();
        while (row.find()) {
            if (row.group(2).contains(marker.substring(0, 15))) {
                marked.add(Long.parseLong(row.group(1)));
            }
        }
        assertEquals(1, marked.size(), queue);
        String page = operator.get(vn.smartcity.ioc.it.support.IncidentPages.url(marked.get(0))).body();
        assertTrue(page.contains(marker), page);
        assertTrue(page.contains("data-answer=\"pothole_width_m\""), page);
        assertTrue(page.replaceAll("\\s+", " ").contains("Ổ gà rộng khoảng bao nhiêu mét? <strong>0.8</strong>"), page);
    }

    @Test
    void aTrackingCodeIsATokenForTheRequestId() {
        Http citizen = Http.from("203.0.113.40");
        String code = PortalPages.trackingCode(PortalPages.report(citizen, Map.of()).body());
        long incident = PortalPages.incidentId(PortalPages.track(citizen, code));
        JsonObject token = array(citizen.get(BASE + "/tokens/" + code + ".json")).getJsonObject(0);
        assertEquals(Set.of("service_request_id", "token"), token.keySet());
        assertEquals(code, token.getString("token"));
        long id = token.getJsonNumber("service_request_id").longValue();
        assertTrue(id > 0 && id != incident || id > 0);
        assertEquals("open", array(citizen.get(BASE + "/requests/" + id + ".json")).getJsonObject(0).getString("status"));
        assertError(citizen.get(BASE + "/tokens/ZZZZZZZZZZ.json"), 404, "token");

        // guessing codes: after 10 unknown ones from an address, every look-up from it is refused for a while
        // (the portal's track page too); another address is not affected
        Http guesser = Http.from("203.0.113." + (100 + (int) (Math.random() * 150)));
        for (int i = 0; i < 10; i++) {
            assertError(guesser.get(BASE + "/tokens/GUESS" + i + "XXXX.json"), 404, "token");
        }
        HttpResponse<String> refused = guesser.get(BASE + "/tokens/" + code + ".json");
        assertEquals(429, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("too many unknown tokens"), refused.body());
        String page = guesser.get("/portal/track.xhtml?code=" + code).body();
        assertTrue(page.contains("id=\"throttled\""), page);
        assertEquals(code, array(citizen.get(BASE + "/tokens/" + code + ".json")).getJsonObject(0).getString("token"));
    }

    private static long post(Http app, Map<String, String> changes) {
        HttpResponse<String> posted = app.postForm(BASE + "/requests.json", form(changes));
        assertEquals(200, posted.statusCode(), posted.body());
        return array(posted).getJsonObject(0).getJsonNumber("service_request_id").longValue();
    }

    private static Map<String, String> form(Map<String, String> changes) {
        Map<String, String> form = new HashMap<>(Map.of("api_key", apiKey, "jurisdiction_id", "laichau.gov.vn",
                "service_code", "flooding", "lat", "22.3960", "long", "103.4590",
                "address_string", "Tổ 5, phường Tân Phong", "description", "Nước tràn qua đường sau mưa lớn."));
        changes.forEach((k, v) -> {
            if (v == null) {
                form.remove(k);
            } else {
                form.put(k, v);
            }
        });
        return form;
    }

    private static Map<String, String> mapOf(String... kv) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            map.put(kv[i], kv[i + 1]);
        }
        return map;
    }

    private static JsonArray array(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    private static List<Long> ids(JsonArray requests) {
        return requests.stream().map(r -> r.asJsonObject().getJsonNumber("service_request_id").longValue()).toList();
    }

    private static void assertError(HttpResponse<String> response, int status, String text) {
        assertEquals(status, response.statusCode(), response.body());
        if (response.body().startsWith("[")) {
            JsonObject error = Json.createReader(new StringReader(response.body())).readArray().getJsonObject(0);
            assertEquals(Set.of("code", "description"), error.keySet());
            assertEquals(status, error.getInt("code"));
            assertTrue(error.getString("description").contains(text), error.toString());
        } else {
            assertTrue(response.body().contains("<code>" + status + "</code>") && response.body().contains(text), response.body());
        }
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
