package vn.smartcity.ioc.report.application;

import java.security.SecureRandom;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The portal's rules, from the server's environment (docs/install.md lists them):
 * <ul>
 * <li>{@code IOC_REPORT_RADIUS_M} (150): how near an open incident of the same category must be to be offered as "the same problem?";</li>
 * <li>{@code IOC_REOPEN_DAYS} (7): how long after the fix a citizen may re-open;</li>
 * <li>{@code IOC_REPORT_LIMIT_PER_CLIENT} (10) and {@code IOC_REPORT_LIMIT_PER_CONTACT} (5): reports per hour
 *     from one address, and with one email or phone;</li>
 * <li>{@code IOC_FORM_MIN_SECONDS} (3): a form sent back faster than this was not filled in by a person;</li>
 * <li>{@code IOC_FORM_SECRET}: the key of the form tokens and address hashes; set the same value on every
 *     server of a cluster (when unset, each server start picks a random one);</li>
 * <li>{@code IOC_TRUSTED_PROXIES} (none): comma-separated addresses of the city's reverse proxies, whose
 *     {@code X-Forwarded-For} gives the citizen's address.</li>
 * </ul>
 */
@ApplicationScoped
public class PortalSettings {

    private final int radiusMetres;
    private final int reopenDays;
    private final int limitPerClient;
    private final int limitPerContact;
    private final int formMinSeconds;
    private final byte[] secret;
    private final String trustedProxies;

    public PortalSettings() {
        this(System.getenv());
    }

    PortalSettings(Map<String, String> env) {
        this.radiusMetres = number(env, "IOC_REPORT_RADIUS_M", 150);
        this.reopenDays = number(env, "IOC_REOPEN_DAYS", 7);
        this.limitPerClient = number(env, "IOC_REPORT_LIMIT_PER_CLIENT", 10);
        this.limitPerContact = number(env, "IOC_REPORT_LIMIT_PER_CONTACT", 5);
        this.formMinSeconds = number(env, "IOC_FORM_MIN_SECONDS", 3);
        String configured = env.get("IOC_FORM_SECRET");
        if (configured == null || configured.isBlank()) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            this.secret = random;
        } else {
            this.secret = configured.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        this.trustedProxies = env.getOrDefault("IOC_TRUSTED_PROXIES", "");
    }

    private static int number(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Math.max(0, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalStateException(name + " must be a whole number, not " + value); // a defect, not a refusal (of the deployment)
        }
    }

    public int radiusMetres() { return radiusMetres; }
    public int reopenDays() { return reopenDays; }
    public int limitPerClient() { return limitPerClient; }
    public int limitPerContact() { return limitPerContact; }
    public int formMinSeconds() { return formMinSeconds; }
    /** HMAC-SHA-256 of a text with the portal's secret, in hex (form tokens, keyed hashes of addresses). */
    public String sign(String value) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(secret, "HmacSHA256"));
            return java.util.HexFormat.of().formatHex(mac.doFinal(value.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java platform", e); // a defect, not a refusal
        }
    }

    /** Whether {@code address} is one of the city's reverse proxies. */
    public boolean isTrustedProxy(String address) {
        if (address == null || trustedProxies.isBlank()) {
            return false;
        }
        for (String proxy : trustedProxies.split(",")) {
            if (proxy.strip().equals(address)) {
                return true;
            }
        }
        return false;
    }
}
