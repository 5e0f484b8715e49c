package vn.smartcity.ioc.camera.application;

import java.util.Map;

/**
 * Settings of the detection pipeline, from the server's environment (docs/install.md, "Cameras and detection
 * events"):
 * <ul>
 *   <li>{@code IOC_DETECTION_CONSUMERS} (2): threads consuming the detection queue on each node;</li>
 *   <li>{@code IOC_DETECTION_BATCH} (500): at most this many messages per transaction;</li>
 *   <li>{@code IOC_CAMERA_OFFLINE_SECONDS} (600): a camera silent this long is marked offline;</li>
 *   <li>{@code IOC_MQTT_URL} (none: bridge off), {@code IOC_MQTT_USER}, {@code IOC_MQTT_PASSWORD},
 *       {@code IOC_MQTT_TOPIC_PREFIX} (frigate), {@code IOC_MQTT_CLIENT_ID} (ioc-&lt;host name&gt;).</li>
 * </ul>
 */
public record CameraSettings(int consumers, int batch, int offlineSeconds, String mqttUrl, String mqttUser,
                             String mqttPassword, String mqttTopicPrefix, String mqttClientId) {

    public static CameraSettings fromEnvironment() {
        return of(System.getenv());
    }

    static CameraSettings of(Map<String, String> env) {
        String host = env.getOrDefault("HOSTNAME", "node");
        return new CameraSettings(number(env, "IOC_DETECTION_CONSUMERS", 2, 0, 16),
                number(env, "IOC_DETECTION_BATCH", 500, 1, 5000),
                number(env, "IOC_CAMERA_OFFLINE_SECONDS", 600, 30, 86_400),
                blankToNull(env.get("IOC_MQTT_URL")), blankToNull(env.get("IOC_MQTT_USER")),
                blankToNull(env.get("IOC_MQTT_PASSWORD")), env.getOrDefault("IOC_MQTT_TOPIC_PREFIX", "frigate"),
                env.getOrDefault("IOC_MQTT_CLIENT_ID", "ioc-" + host));
    }

    private static int number(Map<String, String> env, String name, int fallback, int min, int max) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < min || n > max) {
                throw new IllegalArgumentException(name + " must be from " + min + " to " + max + ", not " + value); // a defect, not a refusal (of the deployment)
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not " + value); // a defect, not a refusal (of the deployment)
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
