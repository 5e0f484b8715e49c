package vn.smartcity.ioc.worker.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.smartcity.ioc.worker.config.CameraConfig;
import vn.smartcity.ioc.worker.events.DetectionJson;
import vn.smartcity.ioc.worker.synthetic.SceneVideo;
import vn.smartcity.ioc.worker.synthetic.TrafficScene;

/** A camera's new configuration (geometry drawn anew on the console) is taken by the running worker. */
class ReconfigureTest {

    static final Instant ORIGIN = Instant.parse("2026-11-25T03:00:00Z");

    @Test
    void aNewConfigurationReopensTheStreamWithIt() throws Exception {
        Path dir = Path.of("target", "test-videos");
        Files.createDirectories(dir);
        Path clip = dir.resolve("scene-reconfigure.mp4");
        SceneVideo.write(new TrafficScene(), clip, 640, 360, 25, 3);
        CameraConfig first = TrafficScene.camera("LC-TP-001", clip.toString(), ORIGIN, true);
        CameraConfig drawnAnew = new CameraConfig(first.code(), first.stream(), 5.0, 160, first.minArea(), first.labels(),
                first.updateSeconds(), first.offlineSeconds(), false, 30, first.geometry());
        List<DetectionJson.Event> events = new ArrayList<>();
        CameraWorker worker = new CameraWorker(first, events::add, "test", 80, 1, Clock.systemUTC(), ORIGIN);

        worker.reconfigure(drawnAnew);
        worker.run(); // a file: analysed once, with the configuration pending when it starts

        assertSame(drawnAnew, worker.camera());
        assertEquals(75, worker.stats().decoded, "the whole clip read once, all of it with the new configuration");
        long analysed = worker.stats().analysed;
        assertTrue(analysed >= 14 && analysed <= 16, "at its 5 pictures/s, not the first configuration's every picture: " + analysed);
        assertThrows(IllegalArgumentException.class, () -> worker.reconfigure(
                TrafficScene.camera("LC-TP-002", clip.toString(), ORIGIN, true)), "another camera's configuration");
    }
}
