package vn.smartcity.ioc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
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
 * Cameras added and changed on the console: a supervisor adds one with its geometry, which is checked (a bad
 * zone is refused with where the mistake is, and nothing is stored), the new camera's events are accepted at
 * once, two people changing the same camera get a clear conflict, operators only read, auditors see every
 * version.
 */
@ExtendWith({TestDirectory.class, ArquillianExtension.class})
@RunAsClient
class CameraAdministrationIT extends IocDeployment {

    static final String EDIT = "/console/cameras/edit.xhtml";
    static final String GEOMETRY = "{\"zones\":[{\"name\":\"restricted\",\"polygon\":[[0.1,0.1],[0.4,0.1],[0.4,0.5],[0.1,0.5]]}],"
            + "\"lines\":[{\"name\":\"count-1\",\"from\":[0.2,0.6],\"to\":[0.5,0.6],\"lane\":1}]}";

    static Map<String, String> fields(String code, String geometry, String latitude) {
        Map<String, String> f = new HashMap<>();
        f.put("code", code);
        f.put("name", "Cổng chợ trung tâm <b>test</b>");
        f.put("kind", "SECURITY");
        f.put("ward", "TAN_PHONG");
        f.put("address", "Chợ trung tâm, phường Tân Phong");
        f.put("latitude", latitude);
        f.put("longitude", "103.4590");
        f.put("stream", "rtsp://nvr-01.ioc.laichau.gov.vn/" + code.toLowerCase());
        f.put("frigate", "");
        f.put("direction", "");
        f.put("lanes", "");
        f.put("limit", "");
        f.put("retentionSecurity", "30");
        f.put("retentionTraffic", "365");
        f.put("active", "true");
        f.put("geometry", geometry);
        return f;
    }

    static Map<String, String> withHidden(String page, Map<String, String> fields) {
        Map<String, String> all = new HashMap<>(fields);
        for (String hidden : new String[] {"id", "version", "existingCode"}) {
            Matcher m = Pattern.compile("id=\"camera:" + hidden + "\"[^>]*value=\"([^\"]*)\"").matcher(page);
            if (m.find()) {
                all.put(hidden, m.group(1));
            }
        }
        all.remove("code");
        return all;
    }

    @Test
    void aSupervisorAddsACameraWithItsGeometryAndABadGeometryIsRefused() throws Exception {
        String code = "LC-IT-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Http supervisor = new Http();
        supervisor.login("supervisor", "demo");
        String form = supervisor.get(EDIT).body();

        // a zone drawn in pixels, not fractions: refused, with where; nothing stored
        String bad = GEOMETRY.replace("[0.4,0.5]", "[640,360]");
        String page = supervisor.submit(form, "camera", "save", fields(code, bad, "22.3958")).body();
        assertTrue(page.contains("zone restricted: toạ độ là tỉ lệ của khung hình, từ 0 đến 1 (không phải 640.0)"), page);
        assertFalse(supervisor.get("/console/cameras/index.xhtml").body().contains("data-camera=\"" + code + "\""));
        // a place outside the province: refused
        page = supervisor.submit(form, "camera", "save", fields(code, GEOMETRY, "21.0285")).body();
        assertTrue(page.contains("nằm ngoài địa bàn tỉnh"), page);

        page = supervisor.submit(form, "camera", "save", fields(code, GEOMETRY, "22.3958")).body();
        assertTrue(page.contains("Đã lưu camera"), page);
        assertTrue(page.contains("&lt;b&gt;test&lt;/b&gt;") && !page.contains("<b>test</b>"), "the name is escaped");
        assertTrue(page.contains("count-1"), "the geometry is shown again");

        // the video-analytics worker reads the geometry drawn here (integration accounts only)
        java.net.http.HttpResponse<String> forWorker = workerDoor(code, "ioc-camera:demo-camera");
        assertEquals(200, forWorker.statusCode(), forWorker.body());
        assertTrue(forWorker.body().startsWith("{\"code\":\"" + code + "\",\"active\":true,") && forWorker.body()
                .contains("\"geometry\":{") && forWorker.body().contains("\"name\":\"count-1\""), forWorker.body());
        assertEquals(401, workerDoor(code, null).statusCode(), "no account, no geometry");
        assertEquals(404, workerDoor("LC-NO-SUCH", "ioc-camera:demo-camera").statusCode());
        String registry = supervisor.get("/console/cameras/index.xhtml").body();
        assertTrue(registry.contains("data-camera=\"" + code + "\" data-status=\"UNKNOWN\""), registry);

        // the new camera's events are taken at once (the camera directory was told); this one was seen 40 s ago
        var response = EvidenceIT.post("{\"schema\":1,\"eventId\":\"it-camera-" + UUID.randomUUID() + "\",\"camera\":\"" + code
                + "\",\"kind\":\"object\",\"at\":\"" + Instant.now().minusSeconds(40) + "\",\"label\":\"person\","
                + "\"zones\":[\"restricted\"],\"score\":0.8}");
        assertEquals(200, response.statusCode(), response.body());

        // the same code again: refused
        page = supervisor.submit(form, "camera", "save", fields(code, GEOMETRY, "22.3958")).body();
        assertTrue(page.contains("Đã có camera mã " + code), page);

        // silent for longer than IOC_CAMERA_OFFLINE_SECONDS (30 s on the test server): offline, and the
        // camera-status rule raises its alert once (heartbeats are written every 15 s)
        String alerts = "";
        for (int i = 0; i < 50 && !alerts.contains("data-rule=\"camera-tampered\" data-state=\"NEW\" data-camera=\"" + code + "\""); i++) {
            Thread.sleep(1000);
            alerts = supervisor.get("/console/alerts/index.xhtml").body();
        }
        assertEquals(1, alerts.split("data-rule=\"camera-tampered\" data-state=\"NEW\" data-camera=\"" + code + "\"", -1).length - 1,
                "one offline alert: " + alerts);
        assertTrue(supervisor.get("/console/cameras/index.xhtml").body()
                .contains("data-camera=\"" + code + "\" data-status=\"OFFLINE\""));
    }

    @Test
    void twoPeopleChangingOneCameraAndOperatorsOnlyReadAndAuditorsSeeEveryVersion() throws Exception {
        String code = "LC-IT-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Http supervisor = new Http();
        supervisor.login("supervisor", "demo");
        supervisor.submit(supervisor.get(EDIT).body(), "camera", "save", fields(code, GEOMETRY, "22.3958"));

        Http admin = new Http();
        admin.login("admin", "demo");
        String mine = supervisor.get(EDIT + "?code=" + code).body();
        String theirs = admin.get(EDIT + "?code=" + code).body();
        Map<String, String> change = withHidden(mine, fields(code, GEOMETRY, "22.3958"));
        change.put("name", "Cổng chợ trung tâm (cổng Bắc)");
        String page = supervisor.submit(mine, "camera", "save", change).body();
        assertTrue(page.contains("Đã lưu camera"), page);
        Map<String, String> late = withHidden(theirs, fields(code, GEOMETRY, "22.3958"));
        late.put("name", "Cổng chợ (cổng Nam)");
        page = admin.submit(theirs, "camera", "save", late).body();
        assertTrue(page.contains("Camera " + code + " vừa được supervisor thay đổi lúc"), page);
        assertTrue(admin.get(EDIT + "?code=" + code).body().contains("Cổng chợ trung tâm (cổng Bắc)"), "no lost update");

        Http operator = new Http();
        operator.login("operator", "demo");
        String read = operator.get(EDIT + "?code=" + code).body();
        assertTrue(read.contains("Cổng chợ trung tâm (cổng Bắc)"), "operators see the camera");
        assertFalse(read.contains("camera:save"), "but have no save button");

        Http auditor = new Http();
        auditor.login("auditor", "demo");
        String trail = auditor.get("/console/audit/index.xhtml").body();
        Matcher added = Pattern.compile("data-entity=\"camera\" data-id=\"(\\d+)\" data-user=\"supervisor\" data-change=\"ADD\"")
                .matcher(trail);
        assertTrue(added.find(), trail);
        assertTrue(trail.contains("data-entity=\"camera\" data-id=\"" + added.group(1)
                + "\" data-user=\"supervisor\" data-change=\"MOD\""), "the change is a version of its own");
    }

    @Test
    void aZoneAndALineAreDrawnByClickingOnThePicture() throws Exception {
        String code = "LC-IT-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Http supervisor = new Http();
        supervisor.login("supervisor", "demo");
        supervisor.submit(supervisor.get(EDIT).body(), "camera", "save", fields(code, "", "22.3958"));

        org.openqa.selenium.chrome.ChromeDriver browser = vn.smartcity.ioc.it.support.Browser.start();
        try {
            browser.get("http://127.0.0.1:8080/ioc" + EDIT + "?code=" + code);
            browser.findElement(org.openqa.selenium.By.name("j_username")).sendKeys("supervisor");
            browser.findElement(org.openqa.selenium.By.name("j_password")).sendKeys("demo");
            browser.findElement(org.openqa.selenium.By.name("j_password")).submit();
            var wait = new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20));
            var overlay = wait.until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
                    org.openqa.selenium.By.cssSelector("#geometryPicture svg")));
            int w = overlay.getSize().getWidth();
            int h = overlay.getSize().getHeight();
            // a zone: three clicks, then Finish and its name
            browser.findElement(org.openqa.selenium.By.cssSelector("button[data-tool=zone]")).click();
            var actions = new org.openqa.selenium.interactions.Actions(browser);
            int[][] clicks = {{-w / 4, -h / 4}, {w / 4, -h / 4}, {w / 4, h / 4}};
            for (int[] c : clicks) {
                actions.moveToElement(overlay, c[0], c[1]).click().perform();
            }
            browser.findElement(org.openqa.selenium.By.cssSelector("button[data-tool=finish]")).click();
            var prompt = wait.until(org.openqa.selenium.support.ui.ExpectedConditions.alertIsPresent());
            prompt.sendKeys("restricted");
            prompt.accept();
            // a line: two clicks across the middle, left to right
            browser.findElement(org.openqa.selenium.By.cssSelector("button[data-tool=line]")).click();
            actions.moveToElement(overlay, -w / 3, 0).click().perform();
            actions.moveToElement(overlay, w / 3, 0).click().perform();
            prompt = wait.until(org.openqa.selenium.support.ui.ExpectedConditions.alertIsPresent());
            prompt.sendKeys("count-1");
            prompt.accept();
            assertEquals(1, browser.findElements(org.openqa.selenium.By.cssSelector("#geometryPicture polygon.zone")).size());
            assertEquals(1, browser.findElements(org.openqa.selenium.By.cssSelector("#geometryPicture line.line")).size());
            java.nio.file.Files.write(java.nio.file.Path.of("target", "camera-geometry-editor.png"),
                    browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            browser.findElement(org.openqa.selenium.By.id("camera:save")).click();
            wait.until(d -> d.getPageSource().contains("Đã lưu camera"));
        } finally {
            browser.quit();
        }
        // stored as drawn: the zone's corners at a quarter of the picture from the centre, the line across
        String page = supervisor.get(EDIT + "?code=" + code).body();
        Matcher zone = Pattern.compile("\"name\":\"restricted\",\"polygon\":\\[\\[([0-9.]+),([0-9.]+)\\]")
                .matcher(page);
        assertTrue(zone.find(), page);
        assertEquals(0.25, Double.parseDouble(zone.group(1)), 0.02);
        assertEquals(0.25, Double.parseDouble(zone.group(2)), 0.02);
        assertTrue(page.contains("{\"name\":\"count-1\",\"from\":[0.167,0.5]"), page);
    }

    /** GET /ioc/api/detections/cameras/{code}, as the worker asks it. */
    static java.net.http.HttpResponse<String> workerDoor(String code, String credentials) throws Exception {
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:8080/ioc/api/detections/cameras/" + code)).GET();
        if (credentials != null) {
            request.header("Authorization", "Basic " + java.util.Base64.getEncoder()
                    .encodeToString(credentials.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        return java.net.http.HttpClient.newHttpClient().send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    }
}
