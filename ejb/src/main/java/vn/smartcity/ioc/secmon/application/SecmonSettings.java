package vn.smartcity.ioc.secmon.application;

import java.util.Map;

/**
 * Settings of security monitoring, from the environment (docs/install.md):
 * {@code IOC_SYSLOG_BIND} (127.0.0.1: only this machine; 0.0.0.0 to take the city's devices),
 * {@code IOC_SYSLOG_UDP_PORT} and {@code IOC_SYSLOG_TCP_PORT} (5514; 0 turns one off),
 * {@code IOC_SYSLOG_BUFFER} (100,000 messages waiting; beyond, new ones are dropped and counted),
 * {@code IOC_SYSLOG_MAX_CONNECTIONS} (64 TCP senders at once),
 * {@code IOC_SECMON_ALERT_LEVEL} (7: a hit at this level or above is an alert),
 * {@code IOC_SECMON_INCIDENT_LEVEL} (12: an alert at this level or above opens a security incident),
 * {@code IOC_SECMON_RETENTION_DAYS} (365: received events are kept this many days for search, then deleted each
 * night; alerts and their incidents stay).
 */
public record SecmonSettings(String bind, int udpPort, int tcpPort, int buffer, int maxConnections, int alertLevel,
                             int incidentLevel, int retentionDays) {

    public static SecmonSettings fromEnvironment() {
        return from(System.getenv());
    }

    static SecmonSettings from(Map<String, String> env) {
        return new SecmonSettings(env.getOrDefault("IOC_SYSLOG_BIND", "127.0.0.1"),
                number(env, "IOC_SYSLOG_UDP_PORT", 5514, 0, 65535), number(env, "IOC_SYSLOG_TCP_PORT", 5514, 0, 65535),
                number(env, "IOC_SYSLOG_BUFFER", 100_000, 1000, 10_000_000),
                number(env, "IOC_SYSLOG_MAX_CONNECTIONS", 64, 1, 10_000),
                number(env, "IOC_SECMON_ALERT_LEVEL", 7, 0, 15), number(env, "IOC_SECMON_INCIDENT_LEVEL", 12, 0, 16),
                number(env, "IOC_SECMON_RETENTION_DAYS", 365, 1, 3650));
    }

    private static int number(Map<String, String> env, String name, int fallback, int min, int max) {
        String v = env.get(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.strip());
            return n < min || n > max ? fallback : n;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
