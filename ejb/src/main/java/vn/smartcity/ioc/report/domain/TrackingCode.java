package vn.smartcity.ioc.report.domain;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The citizen's secret for following a report: ten characters from an alphabet without look-alikes
 * (no 0/O, 1/I/L), about 49 bits, shown grouped as {@code ABCD-EFGH-JK}. Knowing it lets one read the
 * report's progress, answer the city, re-open and rate; it is never shown publicly.
 */
public final class TrackingCode {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final int LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingCode() {
    }

    public static String generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as typed (spaces, dashes, lower case allowed), or empty when it cannot be a tracking code. */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (code.length() != LENGTH) {
            return Optional.empty();
        }
        for (int i = 0; i < code.length(); i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(code);
    }

    /** {@code ABCD-EFGH-JK}: easier to read out on the phone. */
    public static String display(String code) {
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
    }
}
