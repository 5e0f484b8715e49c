package vn.smartcity.ioc.media.infrastructure;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

import vn.smartcity.ioc.media.domain.FeedEntry;

/**
 * Fetches a feed over HTTP politely (10 s to connect, 30 s in all, at most 5 MB, a User-Agent that names the
 * IOC, the conditional headers If-None-Match / If-Modified-Since so an unchanged feed costs a 304) and reads it
 * with ROME (RSS 0.9x/1.0/2.0, Atom 0.3/1.0; external entities off). Titles and texts lose their markup (jsoup).
 */
public final class FeedReader {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final String USER_AGENT = "IOC-LaiChau-MediaMonitor/0.1 (+https://ioc.laichau.gov.vn)";

    /** What a poll brought: not modified (304), or the entries with the validators for the next poll. */
    public record Result(boolean notModified, List<FeedEntry> entries, String etag, String lastModified) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    public Result read(String url, String etag, String lastModified) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("User-Agent", USER_AGENT)
                .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1");
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            request.header("If-Modified-Since", lastModified);
        }
        HttpResponse<InputStream> response = http.send(request.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() == 304) {
                return new Result(true, List.of(), etag, lastModified);
            }
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode());
            }
            byte[] bytes = body.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new IOException("the feed is larger than 5 MB");
            }
            return new Result(false, parse(bytes), response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Last-Modified").orElse(null));
        }
    }

    /** The entries of a feed document. */
    public static List<FeedEntry> parse(byte[] document) throws IOException {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new XmlReader(new ByteArrayInputStream(document)));
        } catch (FeedException | IllegalArgumentException e) {
            throw new IOException("not an RSS or Atom feed: " + e.getMessage());
        }
        List<FeedEntry> entries = new ArrayList<>();
        for (SyndEntry e : feed.getEntries()) {
            String text = null;
            if (e.getDescription() != null) {
                text = e.getDescription().getValue();
            } else if (!e.getContents().isEmpty()) {
                text = ((SyndContent) e.getContents().get(0)).getValue();
            }
            Instant published = e.getPublishedDate() != null ? e.getPublishedDate().toInstant()
                    : e.getUpdatedDate() != null ? e.getUpdatedDate().toInstant() : null;
            entries.add(new FeedEntry(e.getUri(), e.getLink(), plain(e.getTitle()), plain(text), published));
        }
        return entries;
    }

    static String plain(String html) {
        return html == null ? null : Jsoup.parse(html).text();
    }
}
