package vn.smartcity.ioc.camera.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.smartcity.ioc.camera.domain.CameraStatus;
import vn.smartcity.ioc.camera.domain.Detection;
import vn.smartcity.ioc.camera.domain.DetectionKind;
import vn.smartcity.ioc.camera.domain.InvalidDetection;

class DetectionMessagesTest {

    static final Map<String, String> CAMERAS = Map.of("LC-TP-001", "LC-TP-001", "tran_hung_dao_le_duan", "LC-TP-001");
    final DetectionMessages messages = new DetectionMessages(name -> Optional.ofNullable(CAMERAS.get(name)),
            Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));

    static final String CAR = """
            {"schema":1,"eventId":"LC-TP-001:17:update:1","camera":"LC-TP-001","kind":"object",
             "at":"2026-11-25T09:59:58.120Z","phase":"update","trackId":"17","label":"Car","score":0.91,
             "box":[0.41,0.52,0.08,0.0625],"zones":["stop-line","lane-2"],"speedKmh":57.5,"lane":2,
             "plate":"25A-123.45","snapshot":{"sha256":"%s"}}""".formatted("ab".repeat(32));

    @Test
    void readsEveryFieldOfAnObjectEvent() throws Exception {
        Detection d = messages.parse(CAR).get(0);
        assertEquals("LC-TP-001:17:update:1", d.eventId());
        assertEquals("LC-TP-001", d.cameraCode());
        assertEquals(DetectionKind.OBJECT, d.kind());
        assertEquals(Instant.parse("2026-11-25T09:59:58.120Z"), d.observedAt());
        assertEquals("update", d.phase());
        assertEquals("17", d.trackId());
        assertEquals("car", d.label(), "labels are lower-cased");
        assertEquals(0.91, d.score());
        assertEquals("0.41,0.52,0.08,0.0625", d.box());
        assertEquals(List.of("stop-line", "lane-2"), d.zones());
        assertEquals(57.5, d.speedKmh());
        assertEquals(2, d.lane());
        assertEquals("25A-123.45", d.plate());
        assertEquals("ab".repeat(32), d.snapshotSha256());
        assertNull(d.cameraStatus());
    }

    @Test
    void aClipKeptElsewhereIsReferencedWithItsHash() throws Exception {
        Detection d = messages.parse(CAR.replace("\"snapshot\"", "\"clip\":{\"url\":\"https://nvr-01.ioc.laichau.gov.vn/clips/17.mp4\","
                + "\"sha256\":\"" + "cd".repeat(32) + "\"},\"snapshot\"")).get(0);
        assertEquals("https://nvr-01.ioc.laichau.gov.vn/clips/17.mp4", d.clipUrl());
        assertEquals("cd".repeat(32), d.clipSha256());
        assertNull(messages.parse(CAR).get(0).clipUrl(), "no clip");
    }

    @Test
    void aCameraIsNamedByItsCodeOrItsFrigateName() throws Exception {
        String status = """
                {"schema":1,"eventId":"s-1","camera":"tran_hung_dao_le_duan","kind":"camera-status",
                 "at":"2026-11-25T09:00:00Z","status":"tampered"}""";
        Detection d = messages.parse(status).get(0);
        assertEquals("LC-TP-001", d.cameraCode());
        assertEquals(CameraStatus.TAMPERED, d.cameraStatus());
        assertNull(d.label());
    }

    @Test
    void aBatchIsAnArrayAndOneBadEventRefusesItWhole() throws Exception {
        String good = "{\"schema\":1,\"eventId\":\"e-%d\",\"camera\":\"LC-TP-001\",\"kind\":\"object\",\"at\":\"2026-11-25T09:00:00Z\",\"label\":\"person\"}";
        assertEquals(3, messages.parse("[" + good.formatted(1) + "," + good.formatted(2) + "," + good.formatted(3) + "]").size());
        InvalidDetection e = assertThrows(InvalidDetection.class, () -> messages.parse(
                "[" + good.formatted(1) + "," + good.formatted(2).replace("LC-TP-001", "LC-XX-999") + "]"));
        assertEquals("event 1: camera: unknown camera LC-XX-999", e.getMessage());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "not json at all|not JSON",
            "42|expected a JSON object or an array of objects",
            "[]|empty batch",
            "[1]|event 0: not a JSON object",
            "{\"schema\":2}|schema: must be 1",
            "{\"schema\":\"1\"}|schema: must be 1",
            "{\"schema\":1}|eventId: required (a string)",
            "{\"schema\":1,\"eventId\":\"a b\"}|eventId: 1 to 120 of A-Z a-z 0-9 . _ : @ / + = -",
            "{\"schema\":1,\"eventId\":\"e\"}|camera: required (a string)",
            "{\"schema\":1,\"eventId\":\"e\",\"camera\":\"X\"}|camera: unknown camera X",
            "{\"schema\":1,\"eventId\":\"e\",\"camera\":\"LC-TP-001\",\"kind\":\"cat\"}|kind: object, review or camera-status",
            "{\"schema\":1,\"eventId\":\"e\",\"camera\":\"LC-TP-001\",\"kind\":\"object\",\"at\":\"yesterday\"}|at: an ISO-8601 UTC time such as 2026-11-25T10:00:00.120Z",
            "{\"schema\":1,\"eventId\":\"e\",\"camera\":\"LC-TP-001\",\"kind\":\"object\",\"at\":\"2026-11-25T10:06:00Z\",\"label\":\"car\"}|at: in the future (2026-11-25T10:06:00Z)",
            "{\"schema\":1,\"eventId\":\"e\",\"camera\":\"LC-TP-001\",\"kind\":\"object\",\"at\":\"2026-11-25T10:00:00Z\"}|label: required for an object event",
            "{\"schema\":1,\"eventId\":\"e\",\"camera\":\"LC-TP-001\",\"kind\":\"object\",\"at\":\"2026-11-25T10:00:00Z\",\"label\":\"<script>\"}|label: letters, digits, space, _ or -, at most 40",
            "{\"schema\":1,\"eventId\":\"e\",\"camera\":\"LC-TP-001\",\"kind\":\"object\",\"at\":\"2026-11-25T10:00:00Z\",\"label\":\"car\",\"score\":1.5}|score: a number from 0 to 1",
            "{\"schema\":1,\"eventId\":\"e\",\"camera\":\"LC-TP-001\",\"kind\":\"object\",\"at\":\"2026-11-25T10:00:00Z\",\"label\":\"car\",\"speedKmh\":-3}|speedKmh: a number from 0 to 400",
            "{\"schema\":1,\"eventId\":\"e\",\"camera\":\"LC-TP-001\",\"kind\":\"object\",\"at\":\"2026-11-25T10:00:00Z\",\"label\":\"car\",\"lane\":1.5}|lane: a whole number from 1 to 20",
            "{\"schema\":1,\"eventId\":\"e\",\"camera\":\"LC-TP-001\",\"kind\":\"object\",\"at\":\"2026-11-25T10:00:00Z\",\"label\":\"car\",\"box\":[1,2,3]}|box: four numbers [x, y, width, height]",
            "{\"schema\":1,\"eventId\":\"e\",\"camera\":\"LC-TP-001\",\"kind\":\"object\",\"at\":\"2026-11-25T10:00:00Z\",\"label\":\"car\",\"zones\":\"a\"}|zones: an array of zone names",
            "{\"schema\":1,\"eventId\":\"e\",\"camera\":\"LC-TP-001\",\"kind\":\"object\",\"at\":\"2026-11-25T10:00:00Z\",\"label\":\"car\",\"snapshot\":{\"sha256\":\"xyz\"}}|snapshot.sha256: 64 lower-case hex digits",
            "{\"schema\":1,\"eventId\":\"e\",\"camera\":\"LC-TP-001\",\"kind\":\"camera-status\",\"at\":\"2026-11-25T10:00:00Z\",\"status\":\"sleepy\"}|status: online, offline or tampered",
            "{\"schema\":1,\"eventId\":\"e\",\"camera\":\"LC-TP-001\",\"kind\":\"object\",\"at\":\"2026-11-25T10:00:00Z\",\"label\":\"car\",\"clip\":\"x.mp4\"}|clip: an object {\"url\": ..., \"sha256\": ...}",
            "{\"schema\":1,\"eventId\":\"e\",\"camera\":\"LC-TP-001\",\"kind\":\"object\",\"at\":\"2026-11-25T10:00:00Z\",\"label\":\"car\",\"clip\":{\"url\":\"file:///etc/passwd\",\"sha256\":\"ab\"}}|clip.url: an http or https address without spaces, at most 1000 characters",
            "{\"schema\":1,\"eventId\":\"e\",\"camera\":\"LC-TP-001\",\"kind\":\"object\",\"at\":\"2026-11-25T10:00:00Z\",\"label\":\"car\",\"clip\":{\"url\":\"javascript:alert(1)\",\"sha256\":\"ab\"}}|clip.url: an http or https address without spaces, at most 1000 characters",
            "{\"schema\":1,\"eventId\":\"e\",\"camera\":\"LC-TP-001\",\"kind\":\"object\",\"at\":\"2026-11-25T10:00:00Z\",\"label\":\"car\",\"clip\":{\"url\":\"https://nvr/a b.mp4\",\"sha256\":\"ab\"}}|clip.url: an http or https address without spaces, at most 1000 characters",
            "{\"schema\":1,\"eventId\":\"e\",\"camera\":\"LC-TP-001\",\"kind\":\"object\",\"at\":\"2026-11-25T10:00:00Z\",\"label\":\"car\",\"clip\":{\"url\":\"https://nvr/a.mp4\"}}|clip.sha256: 64 lower-case hex digits (the SHA-256 of the clip's content)",
    })
    void refusesWithAReason(String body, String reason) {
        assertEquals(reason, assertThrows(InvalidDetection.class, () -> messages.parse(body)).getMessage()
                .replaceFirst("^not JSON: .*", "not JSON"));
    }

    @Test
    void refusesOversizedBodiesAndBatchesUnread() {
        assertTrue(assertThrows(InvalidDetection.class, () -> messages.parse("x".repeat(DetectionMessages.MAX_CHARS + 1)))
                .getMessage().startsWith("message larger than"));
        String many = "[" + "{}, ".repeat(DetectionMessages.MAX_BATCH) + "{}]";
        assertEquals("batch of 1001 events, at most 1000",
                assertThrows(InvalidDetection.class, () -> messages.parse(many)).getMessage());
    }
}
