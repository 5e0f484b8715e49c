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

    static final String BUNDLE = "vn.smartcity.ioc.shared.domain.refusals";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public Text {
        arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    /** The sentence in {@code locale}'s language (Vietnamese for "vi", English otherwise). */
    public String in(Locale locale) {
        Locale language = locale != null && "vi".equals(locale.getLanguage()) ? Locale.forLanguageTag("vi") : Locale.ROOT;
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, language, Text.class.getClassLoader(), NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            // a key without a text is a defect that RefusalBundleTest finds; say what we have rather than fail
            return key + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments));
        }
        return new MessageFormat(pattern, language == Locale.ROOT ? Locale.ENGLISH : language).format(arguments);
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
