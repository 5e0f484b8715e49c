package vn.smartcity.ioc.web.security;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The origins the console is served from, which alone may open the console's websockets (a page of another
 * origin of the same site would otherwise ride on the staff member's cookie: cross-site websocket hijacking):
 * the origin of {@code IOC_PUBLIC_URL}, and those of {@code IOC_CONSOLE_ORIGINS} (comma-separated, e.g. the
 * address staff use behind a reverse proxy: {@code https://ioc.laichau.gov.vn,https://ioc-noibo.laichau.gov.vn}).
 * Without {@code IOC_PUBLIC_URL} (the embedded run), {@code http://localhost:8080} and {@code http://127.0.0.1:8080}.
 */
public final class ConsoleOrigins {

    private static final Set<String> ALLOWED = allowed(System.getenv("IOC_PUBLIC_URL"), System.getenv("IOC_CONSOLE_ORIGINS"));

    private ConsoleOrigins() {
    }

    /** Whether a websocket handshake with this Origin header may proceed; a missing Origin may not. */
    public static boolean allows(String origin) {
        return origin != null && ALLOWED.contains(normalise(origin));
    }

    static Set<String> allowed(String publicUrl, String extra) {
        Set<String> origins = new LinkedHashSet<>();
        if (publicUrl == null || publicUrl.isBlank()) {
            origins.add("http://localhost:8080");
            origins.add("http://127.0.0.1:8080");
        } else {
            origins.add(originOf(publicUrl.strip()));
        }
        if (extra != null) {
            for (String o : extra.split(",")) {
                if (!o.isBlank()) {
                    origins.add(originOf(o.strip()));
                }
            }
        }
        return Set.copyOf(origins);
    }

    /** scheme://host[:port] of a URL, lower case, without a default port. */
    static String originOf(String url) {
        URI uri = URI.create(url);
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    private static String normalise(String origin) {
        try {
            return originOf(origin.strip());
        } catch (RuntimeException e) {
            return "";
        }
    }
}
