package vn.smartcity.ioc.violation.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Vietnamese number plate, as the registration rules write it: a two-digit province code, a series, and a
 * 4- or 5-digit number. Cars and trucks have a letter series ({@code 25A-123.45}, {@code 30LD-123.45}),
 * motorbikes a letter and a digit on the upper line ({@code 25-B1 123.45}); diplomatic and foreign series
 * (NG, NN, QT) are marked special. However a camera or an officer typed it (spaces, dots, dashes, lower
 * case, the letter Đ as D), {@link #parse} gives the one canonical form.
 */
public record Plate(String provinceCode, String series, String number, boolean motorbike, boolean special) {

    /** Motorbike as written: a separator between the province and the series, the series ends with a digit. */
    private static final Pattern MOTORBIKE = Pattern.compile("(\\d{2})\\s*-\\s*([A-ZĐ]{1,2}\\d)[\\s.\\-]*(\\d{3}\\.?\\d{2}|\\d{4})");
    /** Car as written: the series right after the province, then the number. */
    private static final Pattern CAR = Pattern.compile("(\\d{2})([A-ZĐ]{1,2})[\\s.\\-]*(\\d{3}\\.?\\d{2}|\\d{4})");
    /** Without separators: 6 digits after the letters are a motorbike's series digit and number. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-_/]");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern PLAIN = Pattern.compile("(\\d{2})([A-ZĐ]{1,2})(\\d{4,6})");

    /** The plate in canonical form, or empty when the text cannot be a Vietnamese plate. */
    public static Optional<Plate> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String text = WHITESPACE.matcher(Normalizer.normalize(typed, Normalizer.Form.NFC).toUpperCase(Locale.ROOT).strip())
                .replaceAll(" ");
        Matcher m = MOTORBIKE.matcher(text);
        if (m.matches()) {
            return of(m.group(1), m.group(2), m.group(3).replace(".", ""), true);
        }
        m = CAR.matcher(text);
        if (m.matches()) {
            return of(m.group(1), m.group(2), m.group(3).replace(".", ""), false);
        }
        m = PLAIN.matcher(SEPARATORS.matcher(text).replaceAll(""));
        if (m.matches()) {
            String digits = m.group(3);
            return digits.length() == 6 ? of(m.group(1), m.group(2) + digits.charAt(0), digits.substring(1), true)
                    : of(m.group(1), m.group(2), digits, false);
        }
        return Optional.empty();
    }

    private static Optional<Plate> of(String province, String series, String number, boolean motorbike) {
        if (PlateProvinces.name(province).isEmpty()) {
            return Optional.empty();
        }
        String letters = DIGIT.matcher(series).replaceAll("");
        boolean special = letters.equals("NG") || letters.equals("NN") || letters.equals("QT");
        return Optional.of(new Plate(province, series, number, motorbike && !special, special));
    }

    /** {@code 25A-123.45}, {@code 25-B1 123.45}, {@code 25A-1234}. */
    public String canonical() {
        String digits = number.length() == 5 ? number.substring(0, 3) + "." + number.substring(3) : number;
        return motorbike ? provinceCode + "-" + series + " " + digits : provinceCode + series + "-" + digits;
    }

    /** The province (or city) whose code the plate carries. */
    public String provinceName() {
        return PlateProvinces.name(provinceCode).orElse(provinceCode);
    }

    @Override
    public String toString() {
        return canonical();
    }
}
