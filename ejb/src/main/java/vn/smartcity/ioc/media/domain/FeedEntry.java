package vn.smartcity.ioc.media.domain;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

/**
 * One item of a feed, as read (title and text without markup). Its de-duplication key is the SHA-256 of its
 * canonical link (scheme and host lower-cased, no fragment, no tracking parameters utm_*, fbclid, gclid, no
 * trailing slash), or of its GUID when it has no link: the same article in two feeds, or again in the same
 * feed, is one article.
 */
public record FeedEntry(String guid, String link, String title, String text, Instant publishedAt) {

    public FeedEntry {
        title = clip(title == null || title.isBlank() ? "(untitled)" : title.strip(), 500);
        text = text == null ? null : clip(text.strip(), 4000);
        link = link == null || link.isBlank() ? null : clip(link.strip(), 1000);
    }

    private static String clip(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }

    public String dedupeKey() {
        String basis = link != null ? "link:" + canonical(link) : "guid:" + (guid == null ? title : guid);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String canonical(String link) {
        try {
            URI u = URI.create(link);
            if (u.getScheme() == null || u.getHost() == null) {
                return link;
            }
            String query = u.getRawQuery() == null ? null : String.join("&", java.util.Arrays.stream(u.getRawQuery().split("&"))
                    .filter(p -> !p.startsWith("utm_") && !p.startsWith("fbclid=") && !p.startsWith("gclid=")).toList());
            String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
            if (path.length() > 1 && path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            String scheme = u.getScheme().toLowerCase(Locale.ROOT).equals("http") ? "https" : u.getScheme().toLowerCase(Locale.ROOT);
            return scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + (u.getPort() > 0 ? ":" + u.getPort() : "") + path
                    + (query == null || query.isEmpty() ? "" : "?" + query);
        } catch (IllegalArgumentException e) {
            return link;
        }
    }
}
