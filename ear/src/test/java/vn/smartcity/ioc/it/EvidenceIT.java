package vn.smartcity.ioc.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
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
import vn.smartcity.ioc.it.support.PhotoFiles;
import vn.smartcity.ioc.it.support.TestDirectory;
import vn.smartcity.ioc.it.support.ViolationPages;

/**
 * Evidence images carried by detection events: checked (content type, hash), kept once, shown to staff who watch
 * cameras with every look logged, purged after their retention; a reported violation becomes a candidate of
 * the violation-processing job with its evidence; the camera wall shows each camera's latest snapshot.
 */
@ExtendWith({TestDirectory.class, ArquillianExtension.class})
@RunAsClient
class EvidenceIT extends IocDeployment {

    static String withImage(String camera, Instant at, byte[] image, String sha, String extra) {
        return "{\"schema\":1,\"eventId\":\"it-evidence-" + UUID.randomUUID() + "\",\"camera\":\"" + camera
                + "\",\"kind\":\"object\",\"at\":\"" + at.truncatedTo(ChronoUnit.MILLIS) + "\",\"label\":\"car\",\"score\":0.9,"
                + "\"snapshot\":{\"sha256\":\"" + sha + "\",\"image\":\"" + Base64.getEncoder().encodeToString(image) + "\"}"
                + extra + "}";
    }

    static HttpResponse<String> post(String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(DetectionIngestIT.DETECTIONS))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("ioc-camera:demo-camera".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A JPEG of its own (the fixture with a few bytes appended after its end: still a JPEG, another hash). */
    static byte[] uniqueJpeg() {
        byte[] fixture = PhotoFiles.read("flood-tan-phong-gps.jpg");
        byte[] tail = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
        byte[] image = java.util.Arrays.copyOf(fixture, fixture.length + tail.length);
        System.arraycopy(tail, 0, image, fixture.length, tail.length);
        return image;
    }

    static String sha(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void anImageIsCheckedKeptShownToStaffWithEveryLookLoggedAndPurgedAfterItsRetention() throws Exception {
        byte[] image = uniqueJpeg();
        String sha = sha(image);
        assertEquals(400, post(withImage("LC-TP-001", Instant.now(), image, "0".repeat(64), "")).statusCode());
        assertTrue(post(withImage("LC-TP-001", Instant.now(), image, "0".repeat(64), "")).body()
                .contains("snapshot.sha256: does not match the image (its SHA-256 is " + sha + ")"));
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertEquals("{\"error\":\"snapshot.image: not a JPEG, PNG or WebP image\"}",
                post(withImage("LC-TP-001", Instant.now(), html, sha(html), "")).body());

        assertEquals(200, post(withImage("LC-TP-001", Instant.now(), image, sha, "")).statusCode());
        Http operator = new Http();
        operator.login("operator", "demo");
        HttpResponse<byte[]> shown = operator.getBytes("/console/evidence/" + sha);
        assertEquals(200, shown.statusCode());
        assertArrayEquals(image, shown.body());
        assertEquals("image/jpeg", shown.headers().firstValue("Content-Type").orElse(""));
        operator.getBytes("/console/evidence/" + sha);
        assertEquals(404, operator.getBytes("/console/evidence/not-a-hash").statusCode());

        Http handler = new Http();
        handler.login("handler", "demo");
        assertEquals(403, handler.getBytes("/console/evidence/" + sha).statusCode(), "handlers do not watch cameras");

        Http supervisor = new Http();
        supervisor.login("supervisor", "demo");
        String accesses = supervisor.get("/console/cameras/evidence.xhtml?sha=" + sha).body();
        assertEquals(2, count(accesses, "data-accessed-by=\"operator\" data-found=\"true\""), "each look is logged: " + accesses);

        // the wall shows the camera's latest snapshot
        String wall = operator.get("/console/cameras/wall.xhtml").body();
        Matcher tile = Pattern.compile("data-camera=\"LC-TP-001\".*?(data-snapshot=\"([0-9a-f]{64})\"|ioc-wall-empty)", Pattern.DOTALL)
                .matcher(wall);
        assertTrue(tile.find() && sha.equals(tile.group(2)), "the wall shows the latest snapshot");

        // a security camera keeps its evidence 30 days: an image of 40 days ago goes at the next purge
        byte[] old = uniqueJpeg();
        String oldSha = sha(old);
        assertEquals(200, post(withImage("LC-TP-002", Instant.now().minus(Duration.ofDays(40)), old, oldSha, "")).statusCode());
        assertEquals(200, operator.getBytes("/console/evidence/" + oldSha).statusCode());
        Http admin = new Http();
        admin.login("admin", "demo");
        String page = admin.get("/console/cameras/index.xhtml").body();
        page = admin.submit(page, "retention", "purge", Map.of()).body();
        assertTrue(page.contains("Đã xoá ảnh chứng cứ hết hạn"), "the purge reports what it did");
        assertEquals(404, operator.getBytes("/console/evidence/" + oldSha).statusCode(), "past its retention: gone");
        assertEquals(200, operator.getBytes("/console/evidence/" + sha).statusCode(), "within its retention: kept");
        accesses = supervisor.get("/console/cameras/evidence.xhtml?sha=" + oldSha).body();
        assertEquals(1, count(accesses, "data-accessed-by=\"operator\" data-found=\"false\""), "a look at a purged image is logged too");
    }

    @Test
    void detectionEventsWithTheirPlatesAreKeptForTheirPurposesDaysThenPurged() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Instant fortyDaysAgo = Instant.now().minus(Duration.ofDays(40)).truncatedTo(ChronoUnit.MILLIS);
        // a security camera keeps its ordinary events 30 days; a traffic camera's events with a plate 365 days
        String securityOld = event("it-retention-sec-old-" + run, "LC-TP-002", fortyDaysAgo, "");
        String securityNew = event("it-retention-sec-new-" + run, "LC-TP-002", Instant.now().truncatedTo(ChronoUnit.MILLIS), "");
        String trafficOld = event("it-retention-traffic-old-" + run, "LC-TP-001", fortyDaysAgo, ",\"plate\":\"25A-123.45\"");
        for (String e : List.of(securityOld, securityNew, trafficOld)) {
            assertEquals(200, post(e).statusCode(), e);
        }
        Http operator = new Http();
        operator.login("operator", "demo");
        for (String id : List.of("sec-old", "sec-new", "traffic-old")) {
            assertTrue(operator.get("/console/cameras/index.xhtml?eventId=it-retention-" + id + "-" + run).body()
                    .contains("data-event-id=\"it-retention-" + id + "-" + run + "\""), id + " is stored");
        }

        Http admin = new Http();
        admin.login("admin", "demo");
        String page = admin.submit(admin.get("/console/cameras/index.xhtml").body(), "retention", "purge", Map.of()).body();
        assertTrue(page.contains("Đã xoá ảnh chứng cứ hết hạn và sự kiện phát hiện quá hạn lưu trữ"), "the purge reports it");
        Matcher counts = Pattern.compile("(\\d+) ảnh hoặc tham chiếu video, (\\d+) sự kiện phát hiện").matcher(page);
        assertTrue(counts.find() && Integer.parseInt(counts.group(2)) >= 1, "how many events went");

        assertFalse(operator.get("/console/cameras/index.xhtml?eventId=it-retention-sec-old-" + run).body()
                .contains("data-event-id=\"it-retention-sec-old-"), "a security camera's event of 40 days ago is gone");
        assertTrue(operator.get("/console/cameras/index.xhtml?eventId=it-retention-sec-new-" + run).body()
                .contains("data-event-id=\"it-retention-sec-new-"), "today's event is kept");
        assertTrue(operator.get("/console/cameras/index.xhtml?eventId=it-retention-traffic-old-" + run).body()
                .contains("data-event-id=\"it-retention-traffic-old-"), "a traffic event of 40 days ago is kept (365 days)");
    }

    static String event(String eventId, String camera, Instant at, String extra) {
        return "{\"schema\":1,\"eventId\":\"" + eventId + "\",\"camera\":\"" + camera + "\",\"kind\":\"object\",\"at\":\""
                + at + "\",\"label\":\"car\",\"score\":0.9" + extra + "}";
    }

    @Test
    void aClipKeptElsewhereIsReferencedByItsHashFollowedWithEveryLookLoggedAndForgottenAfterItsRetention() throws Exception {
        // the system that keeps the clips (an NVR, Frigate): a server in the test
        byte[] clip = ("mp4-clip-" + UUID.randomUUID()).getBytes(StandardCharsets.US_ASCII);
        String clipSha = sha(clip);
        com.sun.net.httpserver.HttpServer nvr = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        nvr.createContext("/clips/", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "video/mp4");
            exchange.sendResponseHeaders(200, clip.length);
            exchange.getResponseBody().write(clip);
            exchange.close();
        });
        nvr.start();
        try {
            String url = "http://127.0.0.1:" + nvr.getAddress().getPort() + "/clips/event-1.mp4";
            String eventId = "it-clip-" + UUID.randomUUID();
            String refused = post("{\"schema\":1,\"eventId\":\"" + eventId + "\",\"camera\":\"LC-TP-002\",\"kind\":\"object\","
                    + "\"at\":\"" + Instant.now().truncatedTo(ChronoUnit.MILLIS) + "\",\"label\":\"person\","
                    + "\"clip\":{\"url\":\"" + url + "\"}}").body();
            assertEquals("{\"error\":\"clip.sha256: 64 lower-case hex digits (the SHA-256 of the clip's content)\"}", refused);
            assertEquals(200, post(clipEvent(eventId, Instant.now(), url, clipSha)).statusCode());

            Http operator = new Http();
            operator.login("operator", "demo");
            String events = operator.get("/console/cameras/index.xhtml?eventId=" + eventId).body();
            Matcher link = Pattern.compile("data-event-id=\"" + eventId + "\".*?data-clip=\"(\\d+)\"", Pattern.DOTALL).matcher(events);
            assertTrue(link.find(), "the event shows its clip: " + events);
            HttpResponse<byte[]> followed = operator.getBytes("/console/clips/" + link.group(1));
            assertEquals(200, followed.statusCode());
            assertArrayEquals(clip, followed.body(), "the link leads to the clip where it is kept");
            assertEquals(403, loggedIn("handler").getBytes("/console/clips/" + link.group(1)).statusCode());

            // a security camera keeps evidence 30 days: an event of 40 days ago and its clip reference go at the next purge
            String oldId = "it-clip-" + UUID.randomUUID();
            byte[] oldClip = ("mp4-clip-" + UUID.randomUUID()).getBytes(StandardCharsets.US_ASCII);
            assertEquals(200, post(clipEvent(oldId, Instant.now().minus(Duration.ofDays(40)), url, sha(oldClip))).statusCode());
            Matcher oldLink = Pattern.compile("data-event-id=\"" + oldId + "\".*?data-clip=\"(\\d+)\"", Pattern.DOTALL)
                    .matcher(operator.get("/console/cameras/index.xhtml?eventId=" + oldId).body());
            assertTrue(oldLink.find());
            Http admin = loggedIn("admin");
            admin.submit(admin.get("/console/cameras/index.xhtml").body(), "retention", "purge", Map.of());
            assertEquals(404, operator.getBytes("/console/clips/" + oldLink.group(1)).statusCode(), "past its retention");
            assertEquals(200, operator.getBytes("/console/clips/" + link.group(1)).statusCode(), "within its retention");

            Http supervisor = loggedIn("supervisor");
            String accesses = supervisor.get("/console/cameras/evidence.xhtml?sha=" + clipSha).body();
            assertEquals(2, count(accesses, "data-accessed-by=\"operator\" data-found=\"true\""), "each look is logged: " + accesses);
            // the event of 40 days ago went with its clip reference (the same retention): nothing left to follow
            assertFalse(operator.get("/console/cameras/index.xhtml?eventId=" + oldId).body().contains("data-event-id=\"" + oldId + "\""),
                    "the event is purged with its clip reference");
        } finally {
            nvr.stop(0);
        }
    }

    private static String clipEvent(String eventId, Instant at, String url, String sha) {
        return "{\"schema\":1,\"eventId\":\"" + eventId + "\",\"camera\":\"LC-TP-002\",\"kind\":\"object\",\"at\":\""
                + at.truncatedTo(ChronoUnit.MILLIS) + "\",\"label\":\"person\",\"score\":0.8,"
                + "\"clip\":{\"url\":\"" + url + "\",\"sha256\":\"" + sha + "\"}}";
    }

    private static Http loggedIn(String user) {
        Http http = new Http();
        http.login(user, "demo");
        return http;
    }

    @Test
    void aReportedViolationBecomesACandidateWithItsEvidenceAndTheJobTurnsItIntoAViolation() throws Exception {
        Http officer = new Http();
        officer.login("traffic-officer", "demo");
        long before = total(officer.get("/console/violations/index.xhtml").body(), "candidates-NEW");
        byte[] image = uniqueJpeg();
        String body = withImage("LC-TP-001", Instant.now().minusSeconds(30), image, sha(image),
                ",\"plate\":\"25A-678.90\",\"speedKmh\":72,\"lane\":2,\"violation\":\"speeding\"");
        assertEquals("{\"error\":\"violation: one of illegal-parking, illegal-stop, no-helmet, red-light, speeding, wrong-lane, wrong-way\"}",
                post(body.replace("\"speeding\"", "\"jaywalking\"")).body());
        assertEquals(200, post(body).statusCode());
        String page = officer.get("/console/violations/index.xhtml").body();
        assertEquals(before + 1, total(page, "candidates-NEW"), "one new candidate");

        // the job processes it (and leaves no candidate of this test for the other tests' jobs)
        page = ViolationPages.runJob(officer);
        assertEquals(0, total(page, "candidates-NEW"));
        Matcher violation = Pattern.compile("data-violation=\"(\\d+)\" data-plate=\"25A-678.90\" data-state=\"MANUAL_REVIEW\".*?"
                + "/console/violations/evidence/(\\d+)", Pattern.DOTALL).matcher(page);
        assertTrue(violation.find(), "an unregistered plate waits for manual review: " + page);
        assertTrue(page.contains("SPEEDING 72/50 km/h"), "the camera's speed limit is the limit");
        HttpResponse<byte[]> evidence = officer.getBytes("/console/violations/evidence/" + violation.group(2));
        assertArrayEquals(image, evidence.body(), "the candidate carries the event's image");
    }

    private static long total(String page, String key) {
        return ViolationPages.total(page, key);
    }

    private static int count(String page, String text) {
        Matcher m = Pattern.compile(Pattern.quote(text)).matcher(page);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
