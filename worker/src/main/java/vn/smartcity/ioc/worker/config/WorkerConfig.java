package vn.smartcity.ioc.worker.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The worker's configuration file (JSON, docs/worker.md): where the IOC's detection queue is, the
 * integration account, and the cameras of this worker. The password may come from the environment
 * ({@code IOC_WORKER_PASSWORD}) instead of the file. With a {@code registryUrl}
 * (http://ioc:8080/ioc/api/detections/cameras) a camera's geometry and speed limit, when the file leaves them
 * out, come from the IOC's camera registry, where they are drawn on the console, and are read again every
 * {@code registryRefreshSeconds} (60; 0: never) so that a change drawn there reaches the running worker.
 */
public record WorkerConfig(String brokerUrl, String user, String password, String queue, Integer snapshotQuality,
                           List<CameraConfig> cameras, String registryUrl, Integer registryRefreshSeconds) {

    public static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public WorkerConfig {
        brokerUrl = brokerUrl == null ? "tcp://127.0.0.1:8080?httpUpgradeEnabled=true&httpUpgradeEndpoint=http-acceptor"
                : brokerUrl;
        queue = queue == null ? "IocDetectionEvents" : queue;
        snapshotQuality = snapshotQuality == null ? 80 : snapshotQuality;
        cameras = cameras == null ? List.of() : List.copyOf(cameras);
        registryRefreshSeconds = registryRefreshSeconds == null ? 60 : Math.max(0, registryRefreshSeconds);
        if (password == null) {
            password = System.getenv("IOC_WORKER_PASSWORD");
        }
    }

    public static WorkerConfig read(Path file) throws IOException {
        try {
            return JSON.readValue(Files.readAllBytes(file), WorkerConfig.class);
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException ? e.getCause() : e;
            throw new IOException(file + ": " + cause.getMessage(), e);
        }
    }

    public static Geometry geometry(String json) throws IOException {
        return JSON.readValue(json, Geometry.class);
    }
}
