package vn.smartcity.ioc.worker.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The worker fills in a camera's geometry and speed limit from the IOC's registry, over real HTTP. */
class CameraRegistryClientTest {

    static final String GEOMETRY = "{\"zones\":[{\"name\":\"no-stopping\",\"polygon\":[[0.25,0.1],[0.75,0.1],[0.75,0.25]]}],"
            + "\"lines\":[{\"name\":\"stop\",\"from\":[0.25,0.3],\"to\":[0.75,0.3]}],\"stopLine\":\"stop\"}";

    HttpServer server;
    String url;
    final java.util.concurrent.atomic.AtomicReference<String> tp001 = new java.util.concurrent.atomic.AtomicReference<>(
            "{\"code\":\"LC-TP-001\",\"active\":true,\"speedLimitKmh\":40,\"geometry\":" + GEOMETRY
                    + ",\"changedAt\":\"2026-11-26T05:00:00Z\"}");
    final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void registry() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String expected = "Basic " + Base64.getEncoder().encodeToString("ioc-camera:secret".getBytes(StandardCharsets.UTF_8));
        server.createContext("/ioc/api/detections/cameras/", exchange -> {
            requests.incrementAndGet();
            String code = exchange.getRequestURI().getPath().substring("/ioc/api/detections/cameras/".length());
            int status;
            String body;
            if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                status = 401;
                body = "";
            } else if (code.equals("LC-TP-001")) {
                status = 200;
                body = tp001.get();
            } else if (code.equals("LC-TP-002")) {
                status = 200;
                body = "{\"code\":\"LC-TP-002\",\"active\":true,\"speedLimitKmh\":null,\"geometry\":null,\"changedAt\":null}";
            } else {
                status = 404;
                body = "{\"error\":\"no camera " + code + " in the registry\"}";
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
            exchange.close();
        });
        server.start();
        url = "http://127.0.0.1:" + server.getAddress().getPort() + "/ioc/api/detections/cameras";
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private CameraRegistryClient client(String password) {
        return new CameraRegistryClient(url, "ioc-camera", password, 2, Duration.ofMillis(10));
    }

    private static CameraConfig fromFile(String code, Integer limit, Geometry geometry) {
        return new CameraConfig(code, "rtsp://nvr/" + code, null, null, null, null, null, null, null, limit, geometry);
    }

    @Test
    void aCameraWithoutGeometryInTheFileGetsTheRegistrysGeometryAndSpeedLimit() throws Exception {
        CameraConfig camera = client("secret").complete(List.of(fromFile("LC-TP-001", null, null))).get(0);
        assertEquals(List.of("no-stopping"), camera.geometry().zones().stream().map(Geometry.Zone::name).toList());
        assertEquals("stop", camera.geometry().stopLine());
        assertEquals(40, camera.speedLimitKmh());
        assertEquals("rtsp://nvr/LC-TP-001", camera.stream(), "the rest is the file's");
        assertFalse(WorkerConfig.JSON.writeValueAsString(camera).contains("fromFile"), "not part of the file's format");
    }

    @Test
    void whatTheFileGivesWins() throws Exception {
        Geometry own = WorkerConfig.geometry("{\"zones\":[{\"name\":\"restricted\",\"polygon\":[[0,0],[1,0],[1,1]]}]}");
        CameraConfig both = fromFile("LC-TP-001", 60, own);
        assertSame(both, client("secret").complete(List.of(both)).get(0), "nothing to ask");
        assertEquals(0, requests.get());
        CameraConfig limitOnly = client("secret").complete(List.of(fromFile("LC-TP-001", 60, null))).get(0);
        assertEquals(60, limitOnly.speedLimitKmh());
        assertEquals("no-stopping", limitOnly.geometry().zones().get(0).name());
        CameraConfig geometryOnly = client("secret").complete(List.of(fromFile("LC-TP-001", null, own))).get(0);
        assertEquals("restricted", geometryOnly.geometry().zones().get(0).name());
        assertEquals(40, geometryOnly.speedLimitKmh());
    }

    @Test
    void aCameraWithNothingDrawnInTheRegistryHasNoGeometry() throws Exception {
        CameraConfig camera = client("secret").complete(List.of(fromFile("LC-TP-002", null, null))).get(0);
        assertTrue(camera.geometry().zones().isEmpty());
        assertNull(camera.speedLimitKmh());
    }

    @Test
    void anUnknownCameraOrARefusedAccountStopsTheStartWithTheReason() {
        IOException unknown = assertThrows(CameraRegistryClient.RegistryRefusal.class,
                () -> client("secret").complete(List.of(fromFile("LC-XX-999", null, null))));
        assertTrue(unknown.getMessage().startsWith("camera LC-XX-999 is not in the IOC's registry"), unknown.getMessage());
        IOException refused = assertThrows(CameraRegistryClient.RegistryRefusal.class,
                () -> client("wrong").complete(List.of(fromFile("LC-TP-001", null, null))));
        assertTrue(refused.getMessage().contains("refused the account (401)"), refused.getMessage());
        assertEquals(2, requests.get(), "a refusal is not asked again");
    }

    @Test
    void aServerThatCannotBeReachedIsAskedAgainThenGivenUp() throws Exception {
        int closed;
        try (ServerSocket probe = new ServerSocket(0)) {
            closed = probe.getLocalPort();
        }
        CameraRegistryClient nobody = new CameraRegistryClient("http://127.0.0.1:" + closed + "/cams", "ioc-camera",
                "secret", 3, Duration.ofMillis(10));
        IOException e = assertThrows(IOException.class, () -> nobody.complete(List.of(fromFile("LC-TP-001", null, null))));
        assertFalse(e instanceof CameraRegistryClient.RegistryRefusal);
        assertTrue(e.getMessage().contains("cannot be reached"), e.getMessage());
    }

    @Test
    void aChangeDrawnInTheRegistryIsFoundOnTheNextReadOnlyOnce() throws Exception {
        CameraRegistryClient registry = client("secret");
        CameraConfig file = fromFile("LC-TP-001", null, null);
        registry.complete(List.of(file));
        assertTrue(registry.changed(file).isEmpty(), "unchanged since it was read");

        tp001.set("{\"code\":\"LC-TP-001\",\"active\":true,\"speedLimitKmh\":30,\"geometry\":"
                + "{\"zones\":[{\"name\":\"restricted\",\"polygon\":[[0,0],[1,0],[1,1]]}]},"
                + "\"changedAt\":\"2026-11-26T06:00:00Z\"}");
        CameraConfig changed = registry.changed(file).orElseThrow();
        assertEquals("restricted", changed.geometry().zones().get(0).name());
        assertEquals(30, changed.speedLimitKmh());
        assertTrue(registry.changed(file).isEmpty(), "taken once");

        CameraConfig own = fromFile("LC-TP-001", 50, WorkerConfig.geometry("{\"zones\":[]}"));
        int before = requests.get();
        assertTrue(registry.changed(own).isEmpty(), "the file gives everything: nothing to ask");
        assertEquals(before, requests.get());
        assertTrue(client("wrong").changed(file).isEmpty(), "a refusal while running is logged, not thrown");
    }
}
