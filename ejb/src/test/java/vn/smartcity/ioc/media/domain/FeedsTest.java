package vn.smartcity.ioc.media.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.smartcity.ioc.media.infrastructure.FeedReader;

/** Feed documents read by ROME, article de-duplication keys, spikes against a baseline. */
class FeedsTest {

    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>t</title><link>https://bao.example.vn/</link><description>d</description>
            <item><title>Sạt lở ở &lt;b&gt;Lai Châu&lt;/b&gt;</title><link>https://Bao.Example.vn/tin/1/?utm_source=rss&amp;id=7#top</link>
            <guid>g1</guid><pubDate>Wed, 25 Nov 2026 10:00:00 +0700</pubDate>
            <description><![CDATA[<p>Mưa <b>lớn</b><script>alert(1)</script></p>]]></description></item>
            <item><title>Không có liên kết</title><guid isPermaLink="false">g2</guid></item>
            </channel></rss>""";

    static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>a</title><id>urn:a</id><updated>2026-11-25T03:00:00Z</updated>
            <entry><title>Tin Atom</title><link href="https://bao.example.vn/tin/1?id=7"/><id>urn:a:1</id>
            <updated>2026-11-25T03:00:00Z</updated><content type="html">&lt;p&gt;Nội dung&lt;/p&gt;</content></entry>
            </feed>""";

    @Test
    void rssAndAtomAreReadWithoutMarkup() throws IOException {
        List<FeedEntry> rss = FeedReader.parse(RSS.getBytes(StandardCharsets.UTF_8));
        assertEquals(2, rss.size());
        assertEquals("Sạt lở ở Lai Châu", rss.get(0).title());
        assertEquals("Mưa lớn", rss.get(0).text());
        assertEquals(Instant.parse("2026-11-25T03:00:00Z"), rss.get(0).publishedAt());
        assertEquals(null, rss.get(1).link());
        List<FeedEntry> atom = FeedReader.parse(ATOM.getBytes(StandardCharsets.UTF_8));
        assertEquals("Nội dung", atom.get(0).text());
        // the same article (tracking parameters, case of the host, trailing slash, fragment aside) has one key
        assertEquals(rss.get(0).dedupeKey(), atom.get(0).dedupeKey());
        assertNotEquals(rss.get(0).dedupeKey(), rss.get(1).dedupeKey());
    }

    @Test
    void garbageIsRefusedAsNotAFeed() {
        IOException e = assertThrows(IOException.class,
                () -> FeedReader.parse("<html><body>hello".getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().startsWith("not an RSS or Atom feed"), e.getMessage());
        assertThrows(IOException.class, () -> FeedReader.parse(new byte[] {0, 1, 2, 3}));
        // no external entities
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>&x;</title></channel></rss>";
        assertThrows(IOException.class, () -> FeedReader.parse(xxe.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void spikesAgainstTheBaseline() {
        int[] quiet = new int[168];
        assertFalse(SpikeDetector.isSpike(4, 5, quiet), "below the topic's minimum");
        assertTrue(SpikeDetector.isSpike(5, 5, quiet), "5 > 0 + 3 × 1");
        int[] busy = new int[168];
        java.util.Arrays.fill(busy, 6);
        assertFalse(SpikeDetector.isSpike(8, 5, busy), "a busy topic's usual hour");
        assertTrue(SpikeDetector.isSpike(10, 5, busy));
        assertEquals(6.0, SpikeDetector.mean(busy));
    }
}
