package vn.smartcity.ioc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import vn.smartcity.ioc.it.support.Http;
import vn.smartcity.ioc.it.support.IocDeployment;
import vn.smartcity.ioc.it.support.TestDirectory;

/**
 * Press monitoring against feeds served by an HTTP server in the test (fixtures in src/test/resources/media):
 * RSS 2.0 and Atom read, an article in both stored once, topics matched whatever the diacritics, sentiment,
 * a spike raised, a second poll answered 304 (ETag) adding nothing, a feed of garbage and a feed answering 500
 * marking their sources failing without harm to the others, markup never reaching the console, an article
 * turned into an incident.
 */
@ExtendWith({TestDirectory.class, ArquillianExtension.class})
@RunAsClient
class MediaIT extends IocDeployment {

    static final String PAGE = "/console/media/index.xhtml";

    static String fixture(String name) throws IOException {
        try (InputStream in = MediaIT.class.getResourceAsStream("/media/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static void send(HttpExchange x, int status, String type, String body, String etag) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", type);
        if (etag != null) {
            x.getResponseHeaders().add("ETag", etag);
        }
        x.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = x.getResponseBody()) {
                out.write(bytes);
            }
        }
        x.close();
    }

    @Test
    void feedsAreReadMatchedScoredAndASpikeIsRaised() throws Exception {
        String run = "itmedia" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        Instant now = Instant.now();
        AtomicInteger notModified = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        Map<String, String> fill = Map.of("{{RUN}}", run, "{{BASE}}", base,
                "{{NOW}}", DateTimeFormatter.RFC_1123_DATE_TIME.format(now.minusSeconds(60).atOffset(ZoneOffset.UTC)),
                "{{OLD}}", DateTimeFormatter.RFC_1123_DATE_TIME.format(now.minus(3, ChronoUnit.DAYS).atOffset(ZoneOffset.UTC)),
                "{{NOW_ISO}}", now.minusSeconds(60).truncatedTo(ChronoUnit.SECONDS).toString());
        String rss = fixture("lai-chau-news.rss.xml");
        String atom = fixture("lai-chau-news.atom.xml");
        for (var e : fill.entrySet()) {
            rss = rss.replace(e.getKey(), e.getValue());
            atom = atom.replace(e.getKey(), e.getValue());
        }
        String rssBody = rss;
        String atomBody = atom;
        server.createContext("/rss.xml", x -> {
            String etag = "\"" + run + "-v1\"";
            if (etag.equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
                notModified.incrementAndGet();
                send(x, 304, "application/rss+xml", "", etag);
            } else {
                send(x, 200, "application/rss+xml; charset=utf-8", rssBody, etag);
            }
        });
        server.createContext("/atom.xml", x -> send(x, 200, "application/atom+xml; charset=utf-8", atomBody, null));
        server.createContext("/garbage.xml", x -> send(x, 200, "application/rss+xml", "<html><body>Not a feed \u0000\u0001", null));
        server.createContext("/down.xml", x -> send(x, 500, "text/plain", "internal error", null));
        server.start();
        try {
            Http supervisor = new Http();
            supervisor.login("supervisor", "demo");
            String page = supervisor.get(PAGE).body();
            for (String[] s : new String[][] {{"rss", "/rss.xml"}, {"atom", "/atom.xml"}, {"garbage", "/garbage.xml"},
                    {"down", "/down.xml"}}) {
                page = supervisor.submit(page, "source", "save", Map.of("code", run + "-" + s[0],
                        "name", "Nguồn thử " + s[0], "url", base + s[1], "minutes", "60", "active", "true")).body();
                assertTrue(page.contains("data-source=\"" + run + "-" + s[0] + "\""), page);
            }
            // a bad address and a bad query are refused with why
            assertTrue(supervisor.submit(supervisor.get(PAGE).body(), "source", "save", Map.of("code", run + "-bad",
                    "name", "x", "url", "ftp://example", "minutes", "60", "active", "true")).body()
                    .contains("Địa chỉ (address): địa chỉ http:// hoặc https:// của nguồn tin (feed)"));
            assertTrue(supervisor.submit(supervisor.get(PAGE).body(), "topicForm", "save", Map.of("code", run,
                    "name", "Sạt lở (thử)", "query", "\"sat lo\" AND (" + run, "spike", "5", "category", "landslide",
                    "active", "true")).body().contains("Truy vấn (query): một dấu ( chưa được đóng"));
            page = supervisor.submit(supervisor.get(PAGE).body(), "topicForm", "save", Map.of("code", run,
                    "name", "Sạt lở (thử)", "query", "\"sat lo\" AND " + run, "spike", "5", "category", "landslide",
                    "active", "true")).body();
            assertTrue(page.contains("data-topic=\"" + run + "\""), page);

            page = supervisor.submit(supervisor.get(PAGE).body(), "poll", "now", Map.of()).body();
            assertTrue(page.contains(run + "-rss: +5"), page);
            assertTrue(page.contains(run + "-atom: +2"), "the article in both feeds is stored once: " + page);
            assertTrue(page.contains(run + "-garbage: not an RSS or Atom feed"), page);
            assertTrue(page.contains(run + "-down: HTTP 500"), page);
            assertTrue(page.contains("data-source=\"" + run + "-garbage\" data-health=\"FAILING\""));
            assertTrue(page.contains("data-source=\"" + run + "-rss\" data-health=\"HEALTHY\" data-articles=\"5\""));

            // the topic's stream: six articles of the hour, with or without diacritics; markup never shown
            String stream = supervisor.get(PAGE + "?topic=" + run).body();
            assertEquals(6, count(stream, "data-topics=\"" + run), stream);
            assertTrue(stream.contains("sat lo o lai chau, giao thong bi chia cat (" + run + ")"), "no diacritics, matched");
            assertFalse(stream.contains("<script>alert") || stream.contains("<img src=x"), "no markup from a feed");
            assertTrue(Pattern.compile("data-article=\"\\d+\" data-sentiment=\"NEGATIVE\" data-topics=\"[^\"]*" + run)
                    .matcher(stream).find(), "sạt lở is negative");
            assertTrue(stream.contains("id=\"mediaChart\""), "the topic's chart");
            // the live stream's feed: the topic's newest articles as JSON, markup removed
            var live = supervisor.get("/console/media/stream.json?topic=" + run);
            assertEquals("application/json;charset=UTF-8", live.headers().firstValue("Content-Type").orElse(""));
            assertEquals(6, count(live.body(), "\"topics\":[\"" + run), live.body());
            assertFalse(live.body().contains("<script"), live.body());
            // a spike: six articles in the hour, none before
            assertTrue(stream.contains("data-topic=\"" + run + "\" data-articles=\"6\""), stream);

            // again: the RSS feed answers 304, nothing is added twice
            page = supervisor.submit(supervisor.get(PAGE).body(), "poll", "now", Map.of()).body();
            assertTrue(page.contains(run + "-rss: +0 (304)"), page);
            assertTrue(page.contains(run + "-atom: +0"), page);
            assertEquals(1, notModified.get());
            assertEquals(1, count(supervisor.get(PAGE).body(), "data-topic=\"" + run + "\" data-articles="), "one spike");

            // an operator turns an article into an incident
            Http operator = new Http();
            operator.login("operator", "demo");
            String list = operator.get(PAGE + "?topic=" + run).body();
            Matcher first = Pattern.compile("name=\"article-row-(\\d+)\" value=\"(\\d+)\"").matcher(list);
            assertTrue(first.find(), list);
            Map<String, String> raw = new HashMap<>();
            raw.put("article-row-" + first.group(1), first.group(2));
            Matcher control = Pattern.compile("name=\"(articles:[^\"]*:" + first.group(1) + ":incident)\"").matcher(list);
            assertTrue(control.find(), list);
            raw.put(control.group(1), "x");
            String after = operator.submit(list, "articles", "x", Map.of(), raw).body();
            Matcher incident = Pattern.compile("data-article=\"" + first.group(2) + "\"[\\s\\S]*?incident.xhtml\\?id=(\\d+)")
                    .matcher(after);
            assertTrue(incident.find(), after);
            String detail = operator.get("/console/incidents/incident.xhtml?id=" + incident.group(1)).body();
            assertTrue(detail.contains(run), "the incident carries the article");
        } finally {
            server.stop(0);
        }
    }

    static int count(String page, String text) {
        int n = 0;
        for (int i = page.indexOf(text); i >= 0; i = page.indexOf(text, i + 1)) {
            n++;
        }
        return n;
    }
}
