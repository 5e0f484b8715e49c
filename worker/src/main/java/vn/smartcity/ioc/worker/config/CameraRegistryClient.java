package vn.smartcity.ioc.worker.config;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads a camera's geometry and speed limit from the IOC's registry (GET {registryUrl}/{code}, HTTP Basic with
 * the worker's integration account), so that they are drawn once, on the console. What the worker's own file
 * gives for a camera wins; the registry fills in what it leaves out. A server that cannot be reached yet is
 * asked again (the worker may start before the IOC); a refusal (401/403) or an unknown camera (404) stops the
 * start with the reason. While the worker runs, {@link #changed} asks again (once, no retries) and answers a
 * camera whose registry entry was changed since it was last read.
 */
public final class CameraRegistryClient {

    private static final Logger LOG = Logger.getLogger(CameraRegistryClient.class.getName());

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String authorization;
    private final int attempts;
    private final Duration pause;
    /** code → the registry's changedAt when the camera was last read ("" when never changed) */
    private final java.util.Map<String, String> seen = new java.util.concurrent.ConcurrentHashMap<>();

    public CameraRegistryClient(String registryUrl, String user, String password, int attempts, Duration pause) {
        this.base = registryUrl.endsWith("/") ? registryUrl : registryUrl + "/";
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                ((user == null ? "" : user) + ":" + (password == null ? "" : password)).getBytes(StandardCharsets.UTF_8));
        this.attempts = Math.max(1, attempts);
        this.pause = pause;
    }

    /** The configuration's cameras, each completed from the registry where its file entry leaves things out. */
    public List<CameraConfig> complete(List<CameraConfig> cameras) throws IOException, InterruptedException {
        List<CameraConfig> completed = new ArrayList<>();
        for (CameraConfig camera : cameras) {
            completed.add(complete(camera));
        }
        return completed;
    }

    CameraConfig complete(CameraConfig camera) throws IOException, InterruptedException {
        if (camera.fromFile() && camera.speedLimitKmh() != null) {
            return camera; // nothing left to fill in
        }
        return completed(camera, WorkerConfig.JSON.readTree(fetch(camera.code(), attempts)));
    }

    /**
     * The camera completed anew from the registry when its entry changed since it was last read (asked once);
     * empty when unchanged, when the file gives everything, or when the registry cannot answer now (logged).
     *
     * @param camera the camera as the worker's file gives it
     */
    public java.util.Optional<CameraConfig> changed(CameraConfig camera) throws InterruptedException {
        if (camera.fromFile() && camera.speedLimitKmh() != null) {
            return java.util.Optional.empty();
        }
        try {
            JsonNode entry = WorkerConfig.JSON.readTree(fetch(camera.code(), 1));
            if (changedAt(entry).equals(seen.get(camera.code()))) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(completed(camera, entry));
        } catch (IOException e) {
            LOG.warning(() -> "camera " + camera.code() + ": registry not read now (" + e.getMessage() + ")");
            return java.util.Optional.empty();
        }
    }

    private static String changedAt(JsonNode entry) {
        return entry.path("changedAt").isTextual() ? entry.path("changedAt").asText() : "";
    }

    private CameraConfig completed(CameraConfig camera, JsonNode entry) throws IOException {
        seen.put(camera.code(), changedAt(entry));
        if (!entry.path("active").asBoolean(true)) {
            LOG.warning(() -> "camera " + camera.code() + " is not active in the registry; watching it anyway");
        }
        JsonNode geometry = entry.path("geometry");
        Geometry drawn = camera.fromFile() || geometry.isNull() || geometry.isMissingNode()
                ? camera.geometry() : WorkerConfig.JSON.treeToValue(geometry, Geometry.class);
        Integer limit = camera.speedLimitKmh();
        if (limit == null && entry.path("speedLimitKmh").isNumber()) {
            limit = entry.path("speedLimitKmh").asInt();
        }
        Integer speedLimit = limit;
        LOG.info(() -> "camera " + camera.code() + ": " + (camera.fromFile() ? "geometry from the file"
                : geometry.isNull() ? "no geometry in the registry" : "geometry from the registry (changed "
                + entry.path("changedAt").asText("?") + ")") + ", speed limit " + speedLimit);
        return camera.completed(drawn, speedLimit);
    }

    private String fetch(String code, int attempts) throws IOException, InterruptedException {
        URI uri = URI.create(base + java.net.URLEncoder.encode(code, StandardCharsets.UTF_8).replace("+", "%20"));
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .header("Authorization", authorization).header("Accept", "application/json").GET().build();
        IOException last = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                switch (response.statusCode()) {
                    case 200:
                        return response.body();
                    case 404:
                        throw new RegistryRefusal("camera " + code + " is not in the IOC's registry (" + uri + ")");
                    case 401, 403:
                        throw new RegistryRefusal("the IOC's registry refused the account (" + response.statusCode()
                                + "): check user and password, and that the account has the role camera");
                    default:
                        last = new IOException("the IOC's registry answered " + response.statusCode() + " for " + uri);
                }
            } catch (RegistryRefusal e) {
                throw e;
            } catch (IOException e) {
                last = new IOException("the IOC's registry at " + uri + " cannot be reached: " + e.getMessage(), e);
            }
            if (attempt < attempts) {
                IOException why = last;
                LOG.warning(() -> why.getMessage() + "; asking again in " + pause.toSeconds() + " s");
                Thread.sleep(pause.toMillis());
            }
        }
        throw last;
    }

    /** The registry answered, and said no: asking again would not help. */
    public static final class RegistryRefusal extends IOException {
        RegistryRefusal(String message) {
            super(message);
        }
    }
}
