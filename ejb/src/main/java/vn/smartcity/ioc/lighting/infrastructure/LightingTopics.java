package vn.smartcity.ioc.lighting.infrastructure;

/** The lighting door's MQTT settings, read from the environment (docs/lighting.md). */
final class LightingTopics {

    private LightingTopics() {
    }

    /** An environment variable, null when unset or blank. */
    static String env(String name) {
        String s = System.getenv(name);
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The topics' prefix (IOC_LIGHTING_MQTT_PREFIX, default ioc/lighting). */
    static String prefix() {
        String p = System.getenv("IOC_LIGHTING_MQTT_PREFIX");
        return p == null || p.isBlank() ? "ioc/lighting" : p.strip().replaceAll("/+$", "");
    }

    /** Messages taken in parallel (IOC_LIGHTING_MQTT_LANES, 1 to 16, default 4); one gateway's always in order. */
    static int lanes() {
        String v = System.getenv("IOC_LIGHTING_MQTT_LANES");
        try {
            return v == null || v.isBlank() ? 4 : Math.max(1, Math.min(16, Integer.parseInt(v.strip())));
        } catch (NumberFormatException e) {
            return 4;
        }
    }
}
