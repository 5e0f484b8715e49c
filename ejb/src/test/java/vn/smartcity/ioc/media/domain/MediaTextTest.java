package vn.smartcity.ioc.media.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.smartcity.ioc.media.domain.SentimentScorer.Label;

/** Vietnamese folding, topic queries and the sentiment scorer on the project's labelled sample. */
class MediaTextTest {

    @Test
    void foldingIgnoresDiacriticsCaseAndPunctuation() {
        assertEquals("lai chau", VietnameseText.fold("Lai Châu"));
        assertEquals("lai chau", VietnameseText.fold("LAI CHAU"));
        assertEquals("lai chau", VietnameseText.fold("  lai   chau! "));
        assertEquals("duong ngap sau 30 cm", VietnameseText.fold("Đường ngập sâu 30 cm"));
        assertEquals("sat lo o tam duong", VietnameseText.fold("Sạt lở ở Tam Đường"));
        // composed and decomposed Unicode are the same text
        assertEquals(VietnameseText.fold("Ngập"), VietnameseText.fold("Nga\u0323\u0302p"));
        assertTrue(VietnameseText.hasDiacritics("Lai Châu"));
        assertFalse(VietnameseText.hasDiacritics("lai chau, ngap!"));
    }

    @Test
    void topicQueriesMatchOnWordsWhateverTheDiacritics() {
        TopicQuery q = TopicQuery.parse("(\"lai chau\" OR \"tam duong\") AND (ngập OR \"sat lo\") NOT \"bóng đá\"");
        assertTrue(q.matches(VietnameseText.fold("Mưa lớn gây ngập ở Lai Châu")));
        assertTrue(q.matches(VietnameseText.fold("SẠT LỞ Ở TAM ĐƯỜNG")));
        assertFalse(q.matches(VietnameseText.fold("Ngập ở Hà Nội")), "not the province");
        assertFalse(q.matches(VietnameseText.fold("Lai Châu ngập tràn niềm vui bóng đá")), "NOT");
        assertTrue(TopicQuery.parse("lu").matches(VietnameseText.fold("Lũ lụt")));
        // words, not parts of words: "lu" is not "lua"; a prefix term says so with *
        assertFalse(TopicQuery.parse("lu").matches(VietnameseText.fold("lúa chín")));
        assertTrue(TopicQuery.parse("lu*").matches(VietnameseText.fold("lúa chín")));
        // side by side is AND; AND binds tighter than OR
        assertTrue(TopicQuery.parse("tai nạn OR cháy").matches("chay nha"));
        assertFalse(TopicQuery.parse("tai nạn").matches("tai nghe bi hong"));
        assertTrue(TopicQuery.parse("tai nạn").matches("vu tai bi nan"));   // two words: both present
        assertFalse(TopicQuery.parse("\"tai nạn\"").matches("vu tai bi nan"), "a phrase keeps its order");
    }

    @Test
    void badQueriesAreRefusedWithWhere() {
        assertEquals("query: a phrase opened with \" is not closed",
                assertThrows(IllegalArgumentException.class, () -> TopicQuery.parse("\"lai chau")).getMessage());
        assertEquals("query: a ( is not closed",
                assertThrows(IllegalArgumentException.class, () -> TopicQuery.parse("(ngap OR lu")).getMessage());
        assertEquals("query: ends where a word, a phrase or ( was expected",
                assertThrows(IllegalArgumentException.class, () -> TopicQuery.parse("ngap AND")).getMessage());
        assertEquals("query: unexpected ) at word 2",
                assertThrows(IllegalArgumentException.class, () -> TopicQuery.parse("ngap )")).getMessage());
    }

    @Test
    void negationAndIntensifiers() {
        SentimentScorer s = SentimentScorer.standard();
        assertEquals(Label.POSITIVE, s.score("Dịch vụ tốt").label());
        assertEquals(Label.NEGATIVE, s.score("Dịch vụ không tốt").label());
        assertEquals(Label.POSITIVE, s.score("Không còn ùn tắc").label());
        assertTrue(s.score("rất nguy hiểm").score() < s.score("nguy hiểm").score());
        // "không khí" (air) is not a negation: what follows it is not turned over
        assertEquals(Label.NEGATIVE, s.score("không khí ô nhiễm").label());
        assertEquals(Label.POSITIVE, s.score("không ô nhiễm").label());
        assertEquals(0, s.score("Chất lượng không khí").hits());
        assertEquals(Label.NEUTRAL, s.score("").label());
    }

    @Test
    void accuracyOnTheLabelledSample() throws IOException {
        SentimentScorer s = SentimentScorer.standard();
        int right = 0;
        int total = 0;
        Map<Label, int[]> perLabel = new EnumMap<>(Label.class);
        try (InputStream in = getClass().getResourceAsStream("/media/sentiment-sample-vi.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                Label expected = Label.valueOf(parts[0]);
                Label got = s.score(parts[1]).label();
                int[] counts = perLabel.computeIfAbsent(expected, k -> new int[2]);
                counts[1]++;
                total++;
                if (got == expected) {
                    right++;
                    counts[0]++;
                } else {
                    System.out.println("sentiment sample: expected " + expected + ", got " + got + ": " + parts[1]);
                }
            }
        }
        double accuracy = (double) right / total;
        perLabel.forEach((k, v) -> System.out.printf("sentiment sample %s: %d/%d%n", k, v[0], v[1]));
        System.out.printf("sentiment sample accuracy: %d/%d = %.2f%n", right, total, accuracy);
        assertEquals(45, total);
        assertTrue(accuracy >= 0.8, "accuracy " + accuracy);
    }
}
