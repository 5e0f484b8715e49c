package vn.smartcity.ioc.worker.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import vn.smartcity.ioc.worker.analysis.Observation;
import vn.smartcity.ioc.worker.analysis.Observation.Type;
import vn.smartcity.ioc.worker.config.CameraConfig;
import vn.smartcity.ioc.worker.config.WorkerConfig;
import vn.smartcity.ioc.worker.events.DetectionJson;
import vn.smartcity.ioc.worker.synthetic.Mover;
import vn.smartcity.ioc.worker.synthetic.SceneVideo;
import vn.smartcity.ioc.worker.synthetic.TrafficScene;
import vn.smartcity.ioc.worker.video.StreamReader;

/**
 * The whole pipeline (FFmpeg decoding of H.264, OpenCV motion, tracking, scene rules, events) on the
 * project's synthetic 720p scene, against the scene's ground truth. Tolerances: a line crossing within
 * 0.15 s of the true instant, a speed within 5 %, zone entry and exit within 0.5 s; counts and violations
 * exact (no miss, no false alarm).
 */
class SyntheticSceneTest {

    static final Instant ORIGIN = Instant.parse("2026-11-25T03:00:00Z");
    static final TrafficScene SCENE = new TrafficScene();
    static Path video;

    @BeforeAll
    static void render() throws Exception {
        Path dir = Path.of("target", "test-videos");
        Files.createDirectories(dir);
        video = dir.resolve("scene-720p.mp4");
        SceneVideo.write(SCENE, video, 1280, 720, 25);
    }

    record Run(List<Observation> seen, List<DetectionJson.Event> events, CameraWorker.Stats stats) {
        List<Observation> of(Type type) {
            return seen.stream().filter(o -> o.type() == type).toList();
        }
    }

    static Run analyse(CameraConfig camera) throws Exception {
        List<Observation> seen = new ArrayList<>();
        List<DetectionJson.Event> events = new ArrayList<>();
        CameraWorker worker = new CameraWorker(camera, events::add, "test", 80, 1, Clock.systemUTC(), ORIGIN)
                .listen(seen::add);
        try (StreamReader reader = new StreamReader(camera.stream(), 10, 1).open()) {
            worker.analyse(reader);
        }
        return new Run(seen, events, worker.stats());
    }

    static double t(Observation o) {
        return Duration.between(ORIGIN, o.at()).toNanos() / 1e9;
    }

    /** The instant a mover's centre passes height y, or NaN. */
    static double passes(Mover m, double y) {
        double[] a = m.path().get(0);
        double[] b = m.path().get(m.path().size() - 1);
        double u = (y - a[2]) / (b[2] - a[2]);
        return u < 0 || u > 1 ? Double.NaN : a[0] + u * (b[0] - a[0]);
    }

    static List<Mover> vehicles() {
        return SCENE.movers().stream().filter(m -> m.label().equals("car")).toList();
    }

    static boolean upwards(Mover m) {
        return m.path().get(m.path().size() - 1)[2] < m.path().get(0)[2];
    }

    @Test
    void countsEveryVehicleOncePerLaneAndDirection() throws Exception {
        Run run = analyse(TrafficScene.camera("LC-TP-001", video.toString(), ORIGIN, true));
        List<Observation> crossings = run.of(Type.CROSSED);
        for (Mover m : vehicles()) {
            double truth = passes(m, TrafficScene.COUNT_LINE);
            int lane = m.path().get(0)[1] < 0.5 ? 1 : 2;
            int direction = upwards(m) ? 1 : -1;
            List<Observation> match = crossings.stream()
                    .filter(o -> o.lane() == lane && o.direction() == direction && Math.abs(t(o) - truth) < 0.15)
                    .toList();
            assertEquals(1, match.size(), "vehicle " + m.name() + " crossing at " + truth + ": " + crossings);
            assertEquals("car", match.get(0).label());
        }
        Map<String, Long> counts = crossings.stream().collect(Collectors.groupingBy(
                o -> o.line() + (o.direction() > 0 ? " forward" : " backward"), TreeMap::new, Collectors.counting()));
        assertEquals(Map.of("count-1 forward", 5L, "count-2 forward", 4L, "count-2 backward", 1L), counts);
    }

    @Test
    void measuresSpeedsAndFindsTheViolations() throws Exception {
        Run run = analyse(TrafficScene.camera("LC-TP-001", video.toString(), ORIGIN, true));
        List<Observation> speeds = run.of(Type.SPEED);
        List<String> expectedViolations = new ArrayList<>();
        for (Mover m : vehicles()) {
            if (!upwards(m)) {
                expectedViolations.add(m.name() + ":wrong-way");
                continue;
            }
            double through = passes(m, TrafficScene.SPEED_LINE_B);
            List<Observation> measured = speeds.stream().filter(o -> Math.abs(t(o) - through) < 0.15).toList();
            assertEquals(1, measured.size(), "speed of " + m.name() + ": " + speeds);
            assertEquals(m.speedKmh(), measured.get(0).speedKmh(), m.speedKmh() * 0.05, "speed of " + m.name());
            if (TrafficScene.red(passes(m, TrafficScene.STOP_LINE))) {
                expectedViolations.add(m.name() + ":red-light");
            }
            if (m.speedKmh() > TrafficScene.SPEED_LIMIT) {
                expectedViolations.add(m.name() + ":speeding");
            }
        }
        assertEquals(9, speeds.size(), "one measurement per vehicle driving up the road: " + speeds);
        // each violation belongs to the vehicle whose track was in that lane around that time
        List<String> found = new ArrayList<>();
        for (Observation v : run.of(Type.VIOLATION)) {
            Mover m = vehicles().stream()
                    .filter(x -> x.at(t(v)) != null && (x.path().get(0)[1] < 0.5 ? 1 : 2) == v.lane())
                    .findFirst().orElseThrow(() -> new AssertionError("violation of no vehicle: " + v));
            found.add(m.name() + ":" + v.violation());
        }
        expectedViolations.sort(null);
        found.sort(null);
        assertEquals(expectedViolations, found);
        assertEquals(4, expectedViolations.stream().filter(s -> s.endsWith("red-light")).count());
        // every violation is sent with its evidence picture, and the picture's hash matches
        List<JsonNode> sent = new ArrayList<>();
        for (DetectionJson.Event e : run.events()) {
            sent.add(WorkerConfig.JSON.readTree(e.json()));
        }
        List<JsonNode> violations = sent.stream().filter(j -> j.has("violation")).toList();
        assertEquals(found.size(), violations.size());
        for (JsonNode j : violations) {
            byte[] jpeg = java.util.Base64.getDecoder().decode(j.get("snapshot").get("image").asText());
            assertEquals(j.get("snapshot").get("sha256").asText(), DetectionJson.sha256(jpeg));
            assertEquals((byte) 0xFF, jpeg[0]);
            assertEquals((byte) 0xD8, jpeg[1]);
        }
    }

    @Test
    void theScheduleGivesTheSameRedLightsAsTheLamp() throws Exception {
        Run lamp = analyse(TrafficScene.camera("LC-TP-001", video.toString(), ORIGIN, true));
        Run schedule = analyse(TrafficScene.camera("LC-TP-001", video.toString(), ORIGIN, false));
        List<Double> byLamp = lamp.of(Type.VIOLATION).stream().filter(o -> o.violation().equals("red-light"))
                .map(o -> Math.round(t(o) * 10) / 10.0).toList();
        List<Double> bySchedule = schedule.of(Type.VIOLATION).stream().filter(o -> o.violation().equals("red-light"))
                .map(o -> Math.round(t(o) * 10) / 10.0).toList();
        assertEquals(4, byLamp.size());
        assertEquals(byLamp, bySchedule);
    }

    @Test
    void aPersonInTheRestrictedZoneIsSeenEnteringStayingAndLeaving() throws Exception {
        Run run = analyse(TrafficScene.camera("LC-TP-002", video.toString(), ORIGIN, true));
        List<Observation> people = run.seen().stream().filter(o -> "person".equals(o.label())).toList();
        assertFalse(people.isEmpty(), "the person is seen");
        assertTrue(people.stream().map(Observation::trackId).distinct().count() == 1, "one track: " + people);
        Observation entered = people.stream().filter(o -> o.zones().contains("restricted")).findFirst().orElseThrow();
        assertEquals(3.31, t(entered), 0.5, "enters the zone");
        Observation left = people.stream().filter(o -> o.type() == Type.ZONES && o.zones().isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("never left the zone: " + people));
        assertEquals(17.69, t(left), 0.5, "leaves the zone");
        double longest = people.stream().filter(o -> o.dwell() != null).mapToDouble(Observation::dwell).max()
                .orElse(0);
        assertTrue(longest >= 10, "updates while it stays, the last after " + longest + " s");
        // the vehicles never enter the zone; the person is not a vehicle
        assertTrue(run.seen().stream().filter(o -> "car".equals(o.label())).allMatch(o -> o.zones().isEmpty()));
        assertTrue(people.stream().noneMatch(o -> o.type() == Type.CROSSED || o.type() == Type.VIOLATION));
    }

    @Test
    void elevenObjectsEachStartedAndEndedOnce() throws Exception {
        Run run = analyse(TrafficScene.camera("LC-TP-001", video.toString(), ORIGIN, true));
        assertEquals(SCENE.movers().size(), run.of(Type.APPEARED).size(), "appeared: " + run.of(Type.APPEARED));
        assertEquals(SCENE.movers().size(), run.of(Type.ENDED).size());
        assertEquals(750, run.stats().decoded);
        assertEquals(750, run.stats().analysed);
        // the camera reported itself online once, at the first frame
        assertEquals(1, run.of(Type.CAMERA_STATUS).size());
        assertEquals("online", run.of(Type.CAMERA_STATUS).get(0).status());
    }

    @Test
    void analysingAtALowerRateSkipsFramesButStillCounts() throws Exception {
        CameraConfig full = TrafficScene.camera("LC-TP-001", video.toString(), ORIGIN, true);
        CameraConfig tenFps = new CameraConfig(full.code(), full.stream(), 10.0, full.analysisWidth(), full.minArea(),
                full.labels(), full.updateSeconds(), full.offlineSeconds(), false, full.speedLimitKmh(),
                full.geometry());
        Run run = analyse(tenFps);
        assertEquals(750, run.stats().decoded);
        assertEquals(300, run.stats().analysed, 2);
        assertEquals(10, run.of(Type.CROSSED).size(), "crossings: " + run.of(Type.CROSSED));
    }
}
