package vn.smartcity.ioc.lighting.domain;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.smartcity.ioc.shared.domain.Invalid;

/**
 * One step of a control program: from a moment of the day on, burn at a level (0 = off, 100 = full). The moment is
 * a time of day ({@code 23:00=50}) or the place's sunset or sunrise with an offset in minutes
 * ({@code sunset+15=100}, {@code sunrise-10=0}), as TALQ's fixed-time and astro-time controls.
 */
public record SwitchPoint(Anchor anchor, LocalTime time, int offsetMinutes, int level) {

    /** What a point's moment is measured from. */
    public enum Anchor { TIME, SUNSET, SUNRISE }

    private static final Pattern ASTRO = Pattern.compile("(sunset|sunrise)\\s*(?:([+-])\\s*(\\d{1,3}))?\\s*=\\s*(\\d{1,3})");
    private static final Pattern FIXED = Pattern.compile("(\\d{1,2}:\\d{2})\\s*=\\s*(\\d{1,3})");
    /** Offsets beyond three hours are a typing error (sunset+300 would pass midnight). */
    static final int MAX_OFFSET = 180;

    public SwitchPoint {
        if (anchor == null || (anchor == Anchor.TIME) != (time != null)) {
            throw new Invalid("lighting.point");
        }
        if (level < 0 || level > 100) {
            throw new Invalid("lighting.level", level);
        }
        if (Math.abs(offsetMinutes) > MAX_OFFSET || (anchor == Anchor.TIME && offsetMinutes != 0)) {
            throw new Invalid("lighting.offset", MAX_OFFSET);
        }
    }

    /** The moment of this point on a day whose sunrise and sunset are given. */
    public LocalDateTime on(Daylight day) {
        return switch (anchor) {
            case TIME -> day.date().atTime(time);
            case SUNSET -> day.sunset().plusMinutes(offsetMinutes);
            case SUNRISE -> day.sunrise().plusMinutes(offsetMinutes);
        };
    }

    /** Parses one point as written in a program ({@code sunset+15=100}, {@code 23:00=50}). */
    public static SwitchPoint parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        Matcher astro = ASTRO.matcher(t);
        if (astro.matches()) {
            int offset = astro.group(3) == null ? 0 : Integer.parseInt(astro.group(3)) * ("-".equals(astro.group(2)) ? -1 : 1);
            return new SwitchPoint(Anchor.valueOf(astro.group(1).toUpperCase(Locale.ROOT)), null, offset,
                    Integer.parseInt(astro.group(4)));
        }
        Matcher fixed = FIXED.matcher(t);
        if (fixed.matches()) {
            try {
                String hm = fixed.group(1).length() == 4 ? "0" + fixed.group(1) : fixed.group(1);
                return new SwitchPoint(Anchor.TIME, LocalTime.parse(hm), 0, Integer.parseInt(fixed.group(2)));
            } catch (DateTimeParseException e) {
                throw new Invalid("lighting.pointSyntax", text.strip());
            }
        }
        throw new Invalid("lighting.pointSyntax", text == null ? "" : text.strip());
    }

    /** Parses a whole program: points separated by {@code ;} or new lines; at most 24 points. */
    public static List<SwitchPoint> parseAll(String text) {
        List<SwitchPoint> points = new ArrayList<>();
        for (String part : (text == null ? "" : text).split("[;\\n]")) {
            if (!part.isBlank()) {
                points.add(parse(part));
            }
        }
        if (points.isEmpty() || points.size() > 24) {
            throw new Invalid("lighting.points");
        }
        return List.copyOf(points);
    }

    /** Writes a program back in the form {@link #parseAll} reads. */
    public static String format(List<SwitchPoint> points) {
        StringBuilder out = new StringBuilder();
        for (SwitchPoint p : points) {
            if (!out.isEmpty()) {
                out.append("; ");
            }
            out.append(p);
        }
        return out.toString();
    }

    @Override
    public String toString() {
        String moment = switch (anchor) {
            case TIME -> time.toString();
            case SUNSET, SUNRISE -> anchor.name().toLowerCase(Locale.ROOT)
                    + (offsetMinutes == 0 ? "" : (offsetMinutes > 0 ? "+" : "") + offsetMinutes);
        };
        return moment + "=" + level;
    }
}
