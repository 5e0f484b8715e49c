package vn.smartcity.ioc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.smartcity.ioc.it.support.Http;
import vn.smartcity.ioc.it.support.IocDeployment;
import vn.smartcity.ioc.it.support.TestBroker;
import vn.smartcity.ioc.it.support.TestDirectory;

/**
 * Detection events through the three doors (the JMS queue from a remote client, POST /ioc/api/detections, the
 * MQTT bridge from Frigate's topics on a real Mosquitto): each stored once, duplicates dropped, unreadable
 * messages in the dead letters with their reason, and what the console shows of it.
 */
@ExtendWith({TestDirectory.class, ArquillianExtension.class})
@RunAsClient
class DetectionIngestIT extends IocDeployment {

    static final String DETECTIONS = "http://127.0.0.1:8080/ioc/api/detections";
    static final Duration PATIENCE = Duration.ofSeconds(40);

    final Http operator = new Http();

    @Test
    void eventsSentToTheQueueAreStoredOnceAndDuplicatesAreDropped() throws Exception {
        String first = "it-jms-" + UUID.randomUUID();
        String second = "it-jms-" + UUID.randomUUID();
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(MessagingIT.REMOTE_URL);
             JMSContext jms = factory.createContext("ioc-camera", "demo-camera")) {
            Queue queue = jms.createQueue("IocDetectionEvents");
            send(jms, queue, event(first, "LC-TP-001", "car"), first);
            send(jms, queue, event(first, "LC-TP-001", "car"), first);            // Artemis drops this copy
            send(jms, queue, event(first, "LC-TP-001", "car"), first + "-resent"); // reaches the IOC: stored once
            send(jms, queue, "[" + event(second, "LC-TP-001", "motorbike") + "," + event(first, "LC-TP-001", "car") + "]",
                    second);
        }
        String page = awaitEvents(p -> p.contains(first) && p.contains(second));
        awaitQueueEmpty();
        page = operator.get("/console/cameras/index.xhtml?eventId=" + first).body();
        assertEquals(1, rows(page, "data-event-id=\"" + first + "\""), "the event is stored once");
        assertTrue(page.contains("data-door=\"JMS\""));
        assertEquals(1, rows(operator.get("/console/cameras/index.xhtml?eventId=" + second).body(),
                "data-event-id=\"" + second + "\""));
    }

    @Test
    void unreadableMessagesGoToTheDeadLettersWithTheirReasonAndAreNotRetried() throws Exception {
        String unknownCamera = "it-dlq-" + UUID.randomUUID();
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(MessagingIT.REMOTE_URL);
             JMSContext jms = factory.createContext("ioc-camera", "demo-camera")) {
            Queue queue = jms.createQueue("IocDetectionEvents");
            send(jms, queue, "this is not JSON " + unknownCamera, unknownCamera + "-a");
            send(jms, queue, event(unknownCamera, "LC-XX-404", "person"), unknownCamera);
        }
        operator.login("operator", "demo");
        String page = await(() -> operator.get("/console/cameras/index.xhtml").body(),
                p -> p.contains("camera: unknown camera LC-XX-404") && p.contains("this is not JSON " + unknownCamera));
        assertTrue(page.contains("not JSON"), "the reason is shown");
        awaitQueueEmpty();
        assertEquals(0, rows(operator.get("/console/cameras/index.xhtml?eventId=" + unknownCamera).body(),
                "data-event-id="), "nothing stored");
    }

    @Test
    void theRestDoorStoresOneEventOrABatchAndRefusesABadBatchWhole() throws Exception {
        String a = "it-rest-" + UUID.randomUUID();
        String b = "it-rest-" + UUID.randomUUID();
        String c = "it-rest-" + UUID.randomUUID();
        HttpResponse<String> one = post(event(a, "LC-TP-001", "car"), "ioc-camera:demo-camera");
        assertEquals(200, one.statusCode(), one.body());
        assertEquals("{\"received\":1,\"stored\":1,\"duplicates\":0}", one.body());
        HttpResponse<String> again = post(event(a, "LC-TP-001", "car"), "ioc-camera:demo-camera");
        assertEquals("{\"received\":1,\"stored\":0,\"duplicates\":1}", again.body());
        HttpResponse<String> batch = post("[" + event(a, "LC-TP-001", "car") + "," + event(b, "tran_hung_dao_le_duan", "bus")
                + "," + event(b, "LC-TP-001", "bus") + "]", "ioc-camera:demo-camera");
        assertEquals("{\"received\":3,\"stored\":1,\"duplicates\":2}", batch.body());

        HttpResponse<String> bad = post("[" + event(c, "LC-TP-001", "car") + ","
                + event(c + "x", "LC-TP-001", "car").replace("\"score\":0.9", "\"score\":9") + "]", "ioc-camera:demo-camera");
        assertEquals(400, bad.statusCode());
        assertEquals("{\"error\":\"event 1: score: a number from 0 to 1\"}", bad.body());
        assertEquals(413, post("[" + "1,".repeat(1_100_000) + "1]", "ioc-camera:demo-camera").statusCode());
        assertEquals(401, post(event(c, "LC-TP-001", "car"), null).statusCode());
        assertEquals(401, post(event(c, "LC-TP-001", "car"), "ioc-camera:wrong").statusCode());
        assertEquals(401, post(event(c, "LC-TP-001", "car"), "operator:demo").statusCode(),
                "staff accounts are not machine accounts");
        HttpResponse<String> text = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(DETECTIONS))
                .header("Authorization", basic("ioc-camera:demo-camera")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(event(c, "LC-TP-001", "car"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(415, text.statusCode());

        operator.login("operator", "demo");
        String page = operator.get("/console/cameras/index.xhtml?eventId=" + b).body();
        assertEquals(1, rows(page, "data-event-id=\"" + b + "\""));
        assertTrue(page.contains("REST · ioc-camera"), "the sender is kept");
        assertEquals(0, rows(operator.get("/console/cameras/index.xhtml?eventId=" + c).body(), "data-event-id="),
                "nothing of a refused batch is stored");
    }

    @Test
    void cameraStatusEventsAndHeartbeatsShowOnTheRegistry() throws Exception {
        String tampered = "{\"schema\":1,\"eventId\":\"it-status-" + UUID.randomUUID() + "\",\"camera\":\"LC-DK-002\","
                + "\"kind\":\"camera-status\",\"at\":\"" + Instant.now().truncatedTo(ChronoUnit.MILLIS) + "\",\"status\":\"tampered\"}";
        assertEquals(200, post(tampered, "ioc-camera:demo-camera").statusCode());
        assertEquals(200, post(event("it-seen-" + UUID.randomUUID(), "LC-TP-003", "car"), "ioc-camera:demo-camera").statusCode());
        operator.login("operator", "demo");
        await(() -> operator.get("/console/cameras/index.xhtml").body(),
                p -> p.contains("data-camera=\"LC-DK-002\" data-status=\"TAMPERED\"")
                        && p.contains("data-camera=\"LC-TP-003\" data-status=\"ONLINE\""));
    }

    @Test
    void frigateMessagesOverMqttAreStoredOnceAndSurviveABrokerRestart() throws Exception {
        Assumptions.assumeTrue(TestBroker.available() || Boolean.getBoolean("ioc.test.mosquitto.required"),
                "Debian's mosquitto is not installed");
        try (TestBroker broker = new TestBroker(18830)) {
            broker.start();
            double frameTime = System.currentTimeMillis() / 1000.0;
            String track = "it-" + UUID.randomUUID();
            String update = frigate(track, frameTime);
            operator.login("operator", "demo");
            awaitBridgeSubscribed(broker, frameTime);
            publish(broker, update, update, "online");
            String page = await(() -> operator.get("/console/cameras/index.xhtml?camera=LC-TP-002").body(),
                    p -> p.contains(track));
            assertTrue(page.contains("data-door=\"MQTT\""));
            assertTrue(page.contains("OBJECT · update"));
            await(() -> operator.get("/console/cameras/index.xhtml").body(), p -> p.contains("frigate/events: not a JSON object"));
            assertEquals(1, count(operator.get("/console/cameras/index.xhtml?camera=LC-TP-002").body(), track),
                    "a QoS 1 message delivered twice is one event");

            // the picture Frigate publishes of the object: a SNAPSHOT event with its image, once however often sent
            byte[] jpeg = jpeg(track);
            String sha = vn.smartcity.ioc.shared.domain.Sha256.of(jpeg);
            publishTo(broker, "frigate/quang_truong/person/snapshot", jpeg, jpeg);
            page = await(() -> operator.get("/console/cameras/index.xhtml?camera=LC-TP-002").body(),
                    p -> p.contains("data-snapshot=\"" + sha + "\""));
            assertEquals(1, count(page, "data-snapshot=\"" + sha + "\""), "the same picture twice is one event");
            assertTrue(page.contains("data-kind=\"SNAPSHOT\""), "kept as a snapshot, not as an object seen");
            var image = operator.get("/console/evidence/" + sha);
            assertEquals(200, image.statusCode(), "the picture is kept as evidence");
            assertTrue(image.headers().firstValue("Content-Type").orElse("").startsWith("image/jpeg"));

            // the broker restarts; a message published while the IOC is not yet back is kept for it and stored
            broker.stop();
            broker.start();
            String afterRestart = "it-" + UUID.randomUUID();
            publish(broker, frigate(afterRestart, frameTime + 1));
            await(() -> operator.get("/console/cameras/index.xhtml?camera=LC-TP-002").body(), p -> p.contains(afterRestart));
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    static String event(String id, String camera, String label) {
        return "{\"schema\":1,\"eventId\":\"" + id + "\",\"camera\":\"" + camera + "\",\"kind\":\"object\",\"at\":\""
                + Instant.now().truncatedTo(ChronoUnit.MILLIS) + "\",\"phase\":\"new\",\"trackId\":\"7\",\"label\":\""
                + label + "\",\"score\":0.9,\"box\":[0.1,0.2,0.05,0.04],\"zones\":[\"lane-1\"],\"speedKmh\":42,\"lane\":1}";
    }

    static String frigate(String track, double frameTime) {
        return """
                {"type":"update","before":{"id":"%1$s","camera":"quang_truong","frame_time":%2$s,"label":"person"},
                 "after":{"id":"%1$s","camera":"quang_truong","frame_time":%2$s,"label":"person","false_positive":false,
                 "start_time":%2$s,"end_time":null,"score":0.82,"top_score":0.9,"box":[432,496,544,854],
                 "current_zones":["quang_truong_center"],"entered_zones":["quang_truong_center"]}}"""
                .formatted(track, frameTime);
    }

    /**
     * The bridge connects within a few seconds of the broker's start (it retries every 5 s); until it has
     * subscribed once, the broker has no session for it and keeps nothing: publish probes until one is stored.
     */
    private void awaitBridgeSubscribed(TestBroker broker, double frameTime) throws Exception {
        Instant until = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(until)) {
            String probe = "it-probe-" + UUID.randomUUID();
            publish(broker, frigate(probe, frameTime - 10));
            for (int i = 0; i < 10; i++) {
                Thread.sleep(300);
                if (operator.get("/console/cameras/index.xhtml?camera=LC-TP-002").body().contains(probe)) {
                    return;
                }
            }
        }
        throw new AssertionError("the bridge did not subscribe within " + PATIENCE);
    }

    /** Publishes raw payloads (pictures) to a topic with QoS 1. */
    private static void publishTo(TestBroker broker, String topic, byte[]... payloads) throws Exception {
        MqttClient client = new MqttClient(broker.url(), "frigate-it-" + UUID.randomUUID(), new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(true);
        client.connect(options);
        for (byte[] payload : payloads) {
            client.publish(topic, payload, 1, false);
        }
        client.disconnect();
        client.close();
    }

    /** A JPEG unique to this run (the text drawn in it), as Frigate publishes of a tracked object. */
    private static byte[] jpeg(String text) throws java.io.IOException {
        var image = new java.awt.image.BufferedImage(160, 90, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.drawString(text, 4, 40);
        g.dispose();
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    /** Publishes to frigate/events with QoS 1, as Frigate does. */
    private static void publish(TestBroker broker, String... payloads) throws Exception {
        byte[][] bytes = new byte[payloads.length][];
        for (int i = 0; i < payloads.length; i++) {
            bytes[i] = payloads[i].getBytes(StandardCharsets.UTF_8);
        }
        publishTo(broker, "frigate/events", bytes);
    }

    private static void send(JMSContext jms, Queue queue, String body, String duplicateId) throws Exception {
        TextMessage message = jms.createTextMessage(body);
        message.setStringProperty("_AMQ_DUPL_ID", duplicateId);
        jms.createProducer().send(queue, message);
    }

    private static HttpResponse<String> post(String body, String credentials) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(DETECTIONS))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (credentials != null) {
            request.header("Authorization", basic(credentials));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    private String awaitEvents(Predicate<String> done) throws Exception {
        operator.login("operator", "demo");
        return await(() -> operator.get("/console/cameras/index.xhtml?camera=LC-TP-001").body(), done);
    }

    private static String await(java.util.concurrent.Callable<String> page, Predicate<String> done) throws Exception {
        Instant until = Instant.now().plus(PATIENCE);
        String last = page.call();
        while (!done.test(last)) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("not seen within " + PATIENCE + ": " + last.substring(Math.max(0, last.indexOf("<main"))));
            }
            Thread.sleep(300);
            last = page.call();
        }
        return last;
    }

    private static void awaitQueueEmpty() throws Exception {
        await(() -> String.valueOf(MessagingIT.messageCount()), "0"::equals);
    }

    private static int rows(String page, String marker) {
        return count(page, marker);
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
