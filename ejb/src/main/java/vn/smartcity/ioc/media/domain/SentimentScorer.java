package vn.smartcity.ioc.media.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lexicon-based sentiment of Vietnamese news text (docs/media.md). Words and phrases of the lexicon
 * ({@code sentiment-vi.tsv}, weights −3…+3) are found longest first; a negation ("không", "chẳng", "chưa",
 * "chả", "đừng", "chớ", "không hề") in the three words before a lexicon entry turns it over (× −0.8); an
 * intensifier ("rất", "quá", "cực kỳ", "vô cùng", "hết sức", "nghiêm trọng") in the two words before makes it
 * stronger (× 1.5). Text typed without diacritics is matched against the lexicon without diacritics (less
 * precise: "tot" may be "tốt" or "tột"). The score is tanh(sum / 3), −1…+1; negative below −0.2, positive
 * above +0.2.
 */
public final class SentimentScorer {

    /** A text's sentiment: the score −1…+1, its label, and how many lexicon entries were found. */
    public record Sentiment(double score, Label label, int hits) {
    }

    public enum Label { NEGATIVE, NEUTRAL, POSITIVE }

    static final double THRESHOLD = 0.2;
    private static final int MAX_PHRASE = 4;
    // without diacritics only the unambiguous ones: "cho" (chớ / cho), "qua" (quá / qua) are common words
    private static final Set<String> NEGATIONS = Set.of("không", "chẳng", "chưa", "chả", "đừng", "chớ", "khong",
            "chang", "chua");
    private static final Set<String> INTENSIFIERS = Set.of("rất", "quá", "cực", "vô", "hết", "nghiêm", "rat", "cuc");

    private final Map<String, Double> accented;
    private final Map<String, Double> folded;

    public SentimentScorer(Map<String, Double> lexicon) {
        this.accented = Map.copyOf(lexicon);
        Map<String, Double> f = new HashMap<>();
        lexicon.forEach((k, v) -> f.merge(VietnameseText.fold(k), v, (a, b) -> Math.abs(a) >= Math.abs(b) ? a : b));
        this.folded = Map.copyOf(f);
    }

    /** The project's lexicon. */
    public static SentimentScorer standard() {
        try (InputStream in = SentimentScorer.class.getResourceAsStream("/vn/smartcity/ioc/media/sentiment-vi.tsv")) {
            if (in == null) {
                throw new IllegalStateException("sentiment-vi.tsv is missing"); // a defect, not a refusal
            }
            Map<String, Double> lexicon = new HashMap<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                lexicon.put(String.join(" ", VietnameseText.words(parts[0])), Double.parseDouble(parts[1].strip()));
            }
            return new SentimentScorer(lexicon);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Sentiment score(String text) {
        boolean plain = !VietnameseText.hasDiacritics(text);
        List<String> words = plain ? List.of(VietnameseText.fold(text).split(" ")) : VietnameseText.words(text);
        Map<String, Double> lexicon = plain ? folded : accented;
        double sum = 0;
        int hits = 0;
        int negatedUntil = -1;
        int intensifiedUntil = -1;
        for (int i = 0; i < words.size(); ) {
            int length = 0;
            Double weight = null;
            for (int n = Math.min(MAX_PHRASE, words.size() - i); n >= 1; n--) {
                Double w = lexicon.get(String.join(" ", words.subList(i, i + n)));
                if (w != null) {
                    weight = w;
                    length = n;
                    break;
                }
            }
            if (weight != null) {
                if (weight != 0) {
                    double w = weight;
                    if (i <= intensifiedUntil) {
                        w *= 1.5;
                    }
                    if (i <= negatedUntil) {
                        w *= -0.8;
                    }
                    sum += w;
                    hits++;
                }
                i += length;
                continue;
            }
            String word = words.get(i);
            if (NEGATIONS.contains(word)) {
                negatedUntil = i + 3;
            } else if (INTENSIFIERS.contains(word)) {
                intensifiedUntil = i + 2;
            }
            i++;
        }
        double score = Math.tanh(sum / 3);
        Label label = score < -THRESHOLD ? Label.NEGATIVE : score > THRESHOLD ? Label.POSITIVE : Label.NEUTRAL;
        return new Sentiment(Math.round(score * 1000) / 1000.0, label, hits);
    }
}
