package vn.smartcity.ioc.camera.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.smartcity.ioc.camera.domain.Detection;
import vn.smartcity.ioc.camera.domain.DetectionKind;
import vn.smartcity.ioc.camera.domain.InvalidDetection;

/** The messages of ../shared/reference/frigate-mqtt-events.md, as Frigate publishes them. */
class FrigateEventsTest {

    final FrigateEvents frigate = new FrigateEvents(name -> "quang_truong".equals(name) ? Optional.of("LC-TP-002") : Optional.empty());

    static String event(String type, double frameTime, String extra) {
        return """
                {"type":"%s","before":{"id":"1607123955.475377-mxklsc","camera":"quang_truong","frame_time":1607123961.837752,
                 "label":"person","score":0.7890625,"box":[424,500,536,712],"current_zones":["driveway"]},
                 "after":{"id":"1607123955.475377-mxklsc","camera":"quang_truong","frame_time":%s,
                 "snapshot":{"frame_time":1607123965.975463,"box":[415,489,528,700],"score":0.77546},
                 "label":"person","sub_label":["John Smith",0.79],"top_score":0.958984375,"false_positive":false,
                 "start_time":1607123955.475377,"end_time":null,"score":0.87890625,"box":[432,496,544,854],
                 "current_zones":["yard","driveway"],"entered_zones":["yard","driveway"],"has_snapshot":false,
                 "current_estimated_speed":0.77,"average_estimated_speed":14.31,"velocity_angle":180,
                 "recognized_license_plate":"ABC12345","recognized_license_plate_score":0.933451%s}}"""
                .formatted(type, frameTime, extra);
    }

    @Test
    void anUpdateOfATrackedObjectIsAnObjectEvent() throws Exception {
        Detection d = frigate.map("frigate/events", bytes(event("update", 1607123962.082975, ""))).orElseThrow();
        assertEquals(DetectionKind.OBJECT, d.kind());
        assertEquals("LC-TP-002", d.cameraCode());
        assertEquals("update", d.phase());
        assertEquals("1607123955.475377-mxklsc", d.trackId());
        assertEquals("person", d.label());
        assertEquals(0.87890625, d.score());
        assertEquals("432,496,544,854", d.box());
        assertEquals(List.of("yard", "driveway"), d.zones());
        assertEquals(0.77, d.speedKmh());
        assertEquals("ABC12345", d.plate());
        assertEquals(Instant.parse("2020-12-04T23:19:22.083Z"), d.observedAt());
        assertTrue(d.eventId().matches("frigate:[0-9a-f]{64}"));
    }

    @Test
    void theSameMessageTwiceIsOneEventAndEachUpdateIsANewOne() throws Exception {
        String first = event("update", 1607123962.082975, "");
        assertEquals(frigate.map("frigate/events", bytes(first)).orElseThrow().eventId(),
                frigate.map("frigate/events", bytes(first)).orElseThrow().eventId());
        assertNotEquals(frigate.map("frigate/events", bytes(first)).orElseThrow().eventId(),
                frigate.map("frigate/events", bytes(event("update", 1607123963.5, ""))).orElseThrow().eventId());
    }

    @Test
    void aFalsePositiveIsNotKept() throws Exception {
        String body = event("new", 1607123962.0, "").replace("\"false_positive\":false", "\"false_positive\":true");
        assertEquals(Optional.empty(), frigate.map("frigate/events", bytes(body)));
    }

    @Test
    void aReviewItemIsAReviewEvent() throws Exception {
        String review = """
                {"type":"end","before":{},"after":{"id":"1718987129.308396-fqk5ka","camera":"quang_truong",
                 "start_time":1718987129.308396,"end_time":1718987150.5,"severity":"alert",
                 "thumb_path":"/media/frigate/clips/review/thumb.webp",
                 "data":{"detections":["1718987128.947436-g92ztx"],"objects":["person","car"],"sub_labels":["Bob"],
                         "zones":["front_yard"],"audio":[]}}}""";
        Detection d = frigate.map("frigate/reviews", bytes(review)).orElseThrow();
        assertEquals(DetectionKind.REVIEW, d.kind());
        assertEquals("alert", d.label());
        assertEquals("end", d.phase());
        assertEquals(List.of("front_yard"), d.zones());
        assertEquals(Instant.parse("2024-06-21T16:25:50.500Z"), d.observedAt());
    }

    @Test
    void unreadableMessagesAreRefusedWithAReason() {
        assertEquals("not a JSON object", reason("frigate/events", "online"));
        assertEquals("type: new, update or end", reason("frigate/events", "{\"type\":\"gone\",\"after\":{}}"));
        assertEquals("after: required", reason("frigate/events", "{\"type\":\"new\"}"));
        assertEquals("after.camera: unknown camera back_door",
                reason("frigate/events", event("new", 1.0, "").replace("\"camera\":\"quang_truong\",\"frame_time\":1.0", "\"camera\":\"back_door\",\"frame_time\":1.0")));
        assertEquals("after.label: required", reason("frigate/events",
                "{\"type\":\"new\",\"after\":{\"camera\":\"quang_truong\",\"frame_time\":1}}"));
        assertEquals("after.frame_time: required (seconds since 1970)", reason("frigate/events",
                "{\"type\":\"new\",\"after\":{\"camera\":\"quang_truong\",\"label\":\"car\"}}"));
    }

    @Test
    void aPictureOnTheSnapshotTopicIsASnapshotEventWithItsImage() throws Exception {
        byte[] jpeg = jpeg();
        Instant received = Instant.parse("2026-11-26T08:00:00Z");
        Detection d = frigate.map("frigate/quang_truong/person/snapshot", jpeg, received).orElseThrow();
        assertEquals(DetectionKind.SNAPSHOT, d.kind());
        assertEquals("LC-TP-002", d.cameraCode());
        assertEquals("snapshot", d.phase());
        assertEquals("person", d.label());
        assertEquals(received, d.observedAt());
        assertEquals("image/jpeg", d.snapshotType());
        assertEquals(vn.smartcity.ioc.shared.domain.Sha256.of(jpeg), d.snapshotSha256());
        assertTrue(java.util.Arrays.equals(jpeg, d.snapshot()));
        assertTrue(d.eventId().matches("frigate:[0-9a-f]{64}"));
        // the same picture again (Frigate repeats the best one; the broker re-sends a retained one): one event
        assertEquals(d.eventId(), frigate.map("frigate/quang_truong/person/snapshot", jpeg, received.plusSeconds(9))
                .orElseThrow().eventId());
        // the same picture of another object is another event
        assertNotEquals(d.eventId(), frigate.map("frigate/quang_truong/car/snapshot", jpeg, received).orElseThrow().eventId());
        // a topic prefix of several levels (IOC_MQTT_TOPIC_PREFIX=iot/frigate)
        assertEquals(DetectionKind.SNAPSHOT, frigate.map("iot/frigate/quang_truong/person/snapshot", jpeg, received)
                .orElseThrow().kind(), "a prefix with several levels");
    }

    @Test
    void aSnapshotThatIsNoPictureOrOfAnUnknownCameraIsRefused() throws Exception {
        assertEquals("snapshot: not a JPEG, PNG or WebP image", reason("frigate/quang_truong/person/snapshot", "<html>"));
        assertEquals("snapshot: 1 byte to 1048576 bytes", reason("frigate/quang_truong/person/snapshot", ""));
        byte[] jpeg = jpeg();
        assertEquals("snapshot of unknown camera back_door", assertThrows(InvalidDetection.class,
                () -> frigate.map("frigate/back_door/person/snapshot", jpeg)).getMessage());
        assertEquals("topic frigate/snapshot: not <prefix>/<camera>/<object>/snapshot", assertThrows(InvalidDetection.class,
                () -> frigate.map("frigate/snapshot", jpeg)).getMessage());
        byte[] big = java.util.Arrays.copyOf(jpeg, 1024 * 1024 + 1);
        assertEquals("snapshot: 1 byte to 1048576 bytes", assertThrows(InvalidDetection.class,
                () -> frigate.map("frigate/quang_truong/person/snapshot", big)).getMessage());
    }

    /** A real JPEG, as Frigate publishes (a small one). */
    static byte[] jpeg() throws java.io.IOException {
        var image = new java.awt.image.BufferedImage(64, 48, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(java.awt.Color.ORANGE);
        g.fillRect(10, 10, 20, 30);
        g.dispose();
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    private String reason(String topic, String body) {
        return assertThrows(InvalidDetection.class, () -> frigate.map(topic, bytes(body))).getMessage();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
