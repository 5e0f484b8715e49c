package vn.smartcity.ioc.media.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Vietnamese text for matching: {@link #fold} removes diacritics (tone marks and vowel marks: "Lai Châu" →
 * "lai chau"; đ → d), lower-cases, and reduces everything that is not a letter or a digit to single spaces, so
 * that "Lai Châu", "lai chau" and "LAI CHAU" are the same. {@link #words} splits text into lower-cased words
 * keeping their diacritics (for the sentiment lexicon, where "tốt" and "tột" differ).
 */
public final class VietnameseText {

    private VietnameseText() {
    }

    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean space = true;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == 'đ' || c == 'Đ') {
                c = 'd';
            }
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        return out.substring(0, end);
    }

    /** Lower-cased words with their diacritics (NFC), punctuation dropped. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(new Locale("vi"));
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                w.append(c);
            } else if (w.length() > 0) {
                words.add(w.toString());
                w.setLength(0);
            }
        }
        if (w.length() > 0) {
            words.add(w.toString());
        }
        return words;
    }

    /** Whether the text carries any Vietnamese diacritic (or đ); text typed without them is matched folded. */
    public static boolean hasDiacritics(String text) {
        return text != null && !fold(text).equals(Normalizer.normalize(text, Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}]+", " ").strip());
    }
}
