package vn.smartcity.ioc.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import vn.smartcity.ioc.worker.config.CameraConfig;
import vn.smartcity.ioc.worker.config.WorkerConfig;

/** The example configuration of docs/worker.md reads as documented; a broken one is refused with its reason. */
class ConfigTest {

    @Test
    void theExampleConfigurationReads() throws Exception {
        WorkerConfig config = WorkerConfig.read(Path.of("config", "example-worker.json"));
        assertEquals(1, config.cameras().size());
        CameraConfig camera = config.cameras().get(0);
        assertEquals("LC-TP-001", camera.code());
        assertEquals(12.5, camera.analysisFps());
        assertEquals(5, camera.geometry().lines().size());
        assertEquals("stop", camera.geometry().stopLine());
        assertEquals(24, camera.geometry().speedTraps().get(0).metres());
        assertEquals(0.85, camera.geometry().signal().lamp()[0]);
        assertEquals("motorbike", camera.labelFor(0.003));
        assertEquals("car", camera.labelFor(0.01));
        assertEquals(1, camera.geometry().privacyMasks().size());
    }

    @Test
    void aCameraWithoutStreamIsRefusedWithItsReason(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"cameras\":[{\"code\":\"LC-TP-009\"}]}");
        IOException e = assertThrows(IOException.class, () -> WorkerConfig.read(file));
        assertTrue(e.getMessage().contains("camera LC-TP-009: stream is required"), e.getMessage());
    }
}
