package vn.smartcity.ioc.worker.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoublePredicate;

import org.junit.jupiter.api.Test;

import vn.smartcity.ioc.worker.config.CameraConfig;
import vn.smartcity.ioc.worker.config.Geometry;
import vn.smartcity.ioc.worker.synthetic.TrafficScene;

/** The scene rules on blobs given by hand (no video): boundaries of each rule. */
class SceneAnalyserTest {

    static final Instant ORIGIN = Instant.parse("2026-11-25T03:00:00Z");
    static final CameraConfig CAMERA = TrafficScene.camera("LC-TP-001", "unused.mp4", ORIGIN, false);

    /** A 0.09 x 0.12 vehicle at x moving from y0 at t0 with vy per second, analysed at 25 frames/s. */
    static List<Observation> drive(double x, double y0, double vy, double seconds, DoublePredicate red) {
        SceneAnalyser scene = new SceneAnalyser(CAMERA, ORIGIN);
        List<Observation> out = new ArrayList<>();
        for (int i = 0; i <= seconds * 25; i++) {
            double t = i / 25.0;
            double y = y0 + vy * t;
            out.addAll(scene.analyse(List.of(new Blob(x, y, x - 0.045, y - 0.06, 0.09, 0.12, 0.0108)), t, red));
        }
        out.addAll(scene.finish());
        return out;
    }

    static List<String> violations(List<Observation> seen) {
        return seen.stream().filter(o -> o.type() == Observation.Type.VIOLATION).map(Observation::violation).toList();
    }

    @Test
    void redLightOnlyWhenTheStopLineIsCrossedWhileRed() {
        // from y 0.9 up at 0.2/s: the stop line (0.3) is crossed at t = 3.0 s
        assertEquals(List.of("red-light"), violations(drive(0.375, 0.9, -0.2, 4, t -> t >= 2.9 && t < 3.1)));
        assertEquals(List.of(), violations(drive(0.375, 0.9, -0.2, 4, t -> t >= 3.05)), "turned red just after");
        assertEquals(List.of(), violations(drive(0.375, 0.9, -0.2, 4, t -> t < 2.95)), "turned green just before");
        assertEquals(List.of(), violations(drive(0.375, 0.9, -0.2, 4, null)), "no signal");
    }

    @Test
    void speedBetweenTheTwoLinesAndSpeedingAboveTheLimitOnly() {
        // 0.4 of the height is 24 m: 1 unit/s = 216 km/h
        double limitSpeed = TrafficScene.SPEED_LIMIT / TrafficScene.KMH_PER_UNIT;
        List<Observation> fast = drive(0.375, 0.95, -limitSpeed * 1.03, 4, null);
        Observation speed = fast.stream().filter(o -> o.type() == Observation.Type.SPEED).findFirst().orElseThrow();
        assertEquals(61.8, speed.speedKmh(), 0.2);
        assertEquals(List.of("speeding"), violations(fast));
        List<Observation> legal = drive(0.375, 0.95, -limitSpeed * 0.97, 4, null);
        assertEquals(List.of(), violations(legal));
    }

    @Test
    void wrongWayAgainstTheLaneButNotAcrossIt() {
        assertEquals(List.of("wrong-way"), violations(drive(0.625, 0.05, 0.2, 3, null)));
        assertEquals(List.of(), violations(drive(0.625, 0.95, -0.2, 3, null)));
        // drifting down by less than the distance that counts
        assertEquals(List.of(), violations(drive(0.625, 0.5, 0.02, 2, null)));
    }

    @Test
    void countsForwardAndBackwardCrossingsOfTheLaneLine() {
        List<Observation> up = drive(0.375, 0.9, -0.2, 4, null);
        List<Observation> crossed = up.stream().filter(o -> o.type() == Observation.Type.CROSSED).toList();
        assertEquals(1, crossed.size());
        assertEquals("count-1", crossed.get(0).line());
        assertEquals(1, crossed.get(0).direction());
        assertEquals(1, crossed.get(0).lane());
        // the crossing instant is interpolated between frames: 0.9 - 0.2 t = 0.6 at t = 1.5 s
        assertEquals(ORIGIN.plusMillis(1500), crossed.get(0).at());
        List<Observation> down = drive(0.625, 0.1, 0.2, 4, null);
        assertTrue(down.stream().anyMatch(o -> o.type() == Observation.Type.CROSSED && o.direction() == -1
                && "count-2".equals(o.line())));
    }

    @Test
    void aTrackIsOnlyConfirmedAfterThreeSightingsAwayFromTheEdge() {
        SceneAnalyser scene = new SceneAnalyser(CAMERA, ORIGIN);
        List<Observation> out = new ArrayList<>();
        // two sightings, then gone: nothing to report
        out.addAll(scene.analyse(List.of(new Blob(0.5, 0.5, 0.45, 0.45, 0.1, 0.1, 0.01)), 0.0, null));
        out.addAll(scene.analyse(List.of(new Blob(0.5, 0.5, 0.45, 0.45, 0.1, 0.1, 0.01)), 0.04, null));
        out.addAll(scene.analyse(List.of(), 1.0, null));
        assertEquals(List.of(), out);
        // at the picture's edge three times: not yet; then inside: appears
        for (int i = 0; i < 3; i++) {
            out.addAll(scene.analyse(List.of(new Blob(0.5, 0.97, 0.45, 0.94, 0.1, 0.06, 0.006)), 2 + i * 0.04, null));
        }
        assertEquals(List.of(), out);
        out.addAll(scene.analyse(List.of(new Blob(0.5, 0.93, 0.45, 0.88, 0.1, 0.1, 0.01)), 2.12, null));
        assertEquals(1, out.size());
        assertEquals(Observation.Type.APPEARED, out.get(0).type());
        assertEquals("car", out.get(0).label());
    }

    @Test
    void zonesAreEnteredStayedInAndLeft() {
        CameraConfig camera = new CameraConfig("LC-TP-002", "unused.mp4", null, null, null, null, 2.0, null, null,
                null, new Geometry(List.of(new Geometry.Zone("restricted",
                List.of(new double[][] {{0.2, 0.2}, {0.6, 0.2}, {0.6, 0.6}, {0.2, 0.6}}))),
                null, null, null, null, null, null));
        SceneAnalyser scene = new SceneAnalyser(camera, ORIGIN);
        List<Observation> out = new ArrayList<>();
        // walks right along y = 0.4 from x 0.1 to 0.7 at 0.05/s: in the zone from t = 2 s to t = 10 s
        for (int i = 0; i <= 12 * 10; i++) {
            double t = i / 10.0;
            double x = 0.1 + 0.05 * t;
            out.addAll(scene.analyse(List.of(new Blob(x, 0.4, x - 0.01, 0.37, 0.02, 0.06, 0.0012)), t, null));
        }
        List<Observation> zones = out.stream().filter(o -> o.type() == Observation.Type.ZONES).toList();
        assertEquals(List.of("restricted"), zones.get(0).zones());
        assertEquals(2.0, (zones.get(0).at().toEpochMilli() - ORIGIN.toEpochMilli()) / 1000.0, 0.11);
        Observation left = zones.get(zones.size() - 1);
        assertEquals(List.of(), left.zones());
        assertEquals(10.0, (left.at().toEpochMilli() - ORIGIN.toEpochMilli()) / 1000.0, 0.11);
        // updates every 2 s while inside, with the time spent so far
        List<Double> dwell = zones.stream().filter(o -> o.dwell() != null).map(Observation::dwell).toList();
        assertEquals(List.of(0.0, 2.0, 4.0, 6.0), dwell);
    }
}
