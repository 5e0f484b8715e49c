package vn.smartcity.ioc.worker.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import vn.smartcity.ioc.worker.analysis.Observation;
import vn.smartcity.ioc.worker.config.CameraConfig;
import vn.smartcity.ioc.worker.synthetic.SceneVideo;
import vn.smartcity.ioc.worker.synthetic.TrafficScene;

/**
 * A live HTTP camera stream (MPEG-TS served by a server in the test) that drops and refuses for a while: the
 * worker reports the camera offline after its offline time, keeps re-opening, and reports it online again
 * when the stream is back.
 */
class StreamReconnectTest {

    @Test
    void aDroppedStreamIsReportedOfflineAndReopened() throws Exception {
        Path dir = Path.of("target", "test-videos");
        Files.createDirectories(dir);
        Path clip = dir.resolve("scene-3s.ts");
        SceneVideo.write(new TrafficScene(), clip, 640, 360, 25, 3);
        byte[] bytes = Files.readAllBytes(clip);

        List<String> statuses = new CopyOnWriteArrayList<>();
        AtomicBoolean refusing = new AtomicBoolean();
        AtomicInteger served = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/cam.ts", exchange -> {
            // the first request gets the stream; then the camera is down until the worker said so
            if (served.get() >= 1 && !statuses.contains("offline")) {
                refusing.set(true);
                exchange.sendResponseHeaders(503, -1);
            } else {
                served.incrementAndGet();
                exchange.getResponseHeaders().add("Content-Type", "video/mp2t");
                exchange.sendResponseHeaders(200, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/cam.ts";
            CameraConfig base = TrafficScene.camera("LC-TP-001", url, Instant.now(), false);
            CameraConfig camera = new CameraConfig(base.code(), url, null, 160, base.minArea(), base.labels(),
                    null, 1.0, false, null, base.geometry());
            CameraWorker worker = new CameraWorker(camera, e -> { }, "test", 80, 1, Clock.systemUTC(), null)
                    .listen(o -> {
                        if (o.type() == Observation.Type.CAMERA_STATUS) {
                            statuses.add(o.status());
                        }
                    });
            Thread thread = new Thread(worker);
            thread.start();
            long deadline = System.currentTimeMillis() + 30_000;
            while (served.get() < 2 && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            // let the second stream be read, then stop
            Thread.sleep(1500);
            worker.stop();
            thread.join(15_000);
            assertTrue(refusing.get(), "the stream was refused for a while");
            assertEquals(List.of("online", "offline", "online"), statuses.subList(0, Math.min(3, statuses.size())));
            long decoded = worker.stats().decoded;
            assertTrue(decoded >= 2 * 75 && decoded % 75 == 0, "every stream served was decoded whole: " + decoded);
        } finally {
            server.stop(0);
        }
    }
}
