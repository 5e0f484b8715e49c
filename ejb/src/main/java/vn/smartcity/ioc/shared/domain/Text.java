package vn.smartcity.ioc.shared.domain;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A sentence the IOC says to a person (why a request is refused), as a key of the refusal bundle
 * {@code vn/smartcity/ioc/shared/domain/refusals*.properties} and its arguments, so that each page says it in its
 * reader's language: English in {@code refusals.properties}, Vietnamese in {@code refusals_vi.properties}. The
 * English text is the message of the exception that carries it (logs, the REST problem details).
 */
public record Text(String key, Object... arguments) implements Serializable {

    private static final String LIST = "\u00a7list";
    static final String BUNDLE = "vn.smartcity.ioc.shared.domain.refusals";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public Text {
        arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    /** The sentence in {@code locale}'s language (Vietnamese for "vi", English otherwise). */
    public String in(Locale locale) {
        if (LIST.equals(key)) {
            StringBuilder all = new StringBuilder();
            for (Object each : arguments) {
                all.append(all.isEmpty() ? "" : " | ").append(each instanceof Text t ? t.in(locale) : String.valueOf(each));
            }
            return all.toString();
        }
        Locale language = locale != null && "vi".equals(locale.getLanguage()) ? Locale.forLanguageTag("vi") : Locale.ROOT;
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, language, Text.class.getClassLoader(), NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            // a key without a text is a defect that RefusalBundleTest finds; say what we have rather than fail
            return key + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments));
        }
        Object[] said = arguments.clone();
        for (int i = 0; i < said.length; i++) {
            if (said[i] instanceof Words w) {
                said[i] = language == Locale.ROOT ? w.english() : w.vietnamese();
            } else if (said[i] instanceof Text t) {
                said[i] = t.in(locale);
            }
        }
        return new MessageFormat(pattern, language == Locale.ROOT ? Locale.ENGLISH : language).format(said);
    }

    /**
     * An argument that has its own words in each language (a category's or a question's name in Vietnamese and
     * English): the sentence takes the reader's.
     */
    public record Words(String vietnamese, String english) implements Serializable {
        public Words {
            vietnamese = vietnamese == null || vietnamese.isBlank() ? english : vietnamese;
            english = english == null || english.isBlank() ? vietnamese : english;
        }

        @Override
        public String toString() {
            return english;
        }
    }

    /** Several sentences said as one (the bad lines of an import), each in the reader's language, " | " between. */
    public static Text list(java.util.List<Text> sentences) {
        return new Text(LIST, sentences.toArray());
    }

    public String english() {
        return in(Locale.ENGLISH);
    }

    @Override
    public String toString() {
        return english();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Text t && t.key.equals(key) && Arrays.equals(t.arguments, arguments);
    }

    @Override
    public int hashCode() {
        return key.hashCode() * 31 + Arrays.hashCode(arguments);
    }

    /** What marks a stored sentence ({@link #stored()}) in a text column. */
    static final String STORED = "\u00a7text:";
    private static final char SEPARATOR = '\u001f';

    /**
     * The sentence as it is kept in a text column beside what people write (a violation's review note, a skip
     * reason): the key and its arguments as text, read back by {@link #parse}, so that a note the IOC wrote is
     * shown in each reader's language while a note a person wrote is shown as written.
     */
    public String stored() {
        StringBuilder s = new StringBuilder(STORED).append(key);
        for (Object argument : arguments) {
            s.append(SEPARATOR).append(String.valueOf(argument).replace(SEPARATOR, ' '));
        }
        return s.toString();
    }

    /** The sentence kept by {@link #stored()}, or empty for any other text (what a person wrote). */
    public static java.util.Optional<Text> parse(String stored) {
        if (stored == null || !stored.startsWith(STORED)) {
            return java.util.Optional.empty();
        }
        String[] parts = stored.substring(STORED.length()).split(String.valueOf(SEPARATOR), -1);
        return java.util.Optional.of(new Text(parts[0], (Object[]) Arrays.copyOfRange(parts, 1, parts.length)));
    }

    /** {@code column} for a reader of {@code locale}: a stored sentence in their language, anything else as it is. */
    public static String read(String column, Locale locale) {
        return parse(column).map(t -> t.in(locale)).orElse(column);
    }

    /**
     * The explanation of {@code failure} or of the first of its causes that has one (an EJBException wraps what
     * the bean threw), or empty.
     */
    public static java.util.Optional<Text> of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Explained e && e.explanation() != null) {
                return java.util.Optional.of(e.explanation());
            }
        }
        return java.util.Optional.empty();
    }

    /** An exception that says why in a {@link Text}. */
    public interface Explained {
        Text explanation();
    }
}
