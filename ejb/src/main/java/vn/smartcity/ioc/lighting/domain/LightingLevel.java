package vn.smartcity.ioc.lighting.domain;

import java.time.LocalDateTime;

/**
 * A level (0-100) and why: the source and what it names (the override's id, the special day's or the program's
 * code), from a local time on (in a day's curve).
 */
public record LightingLevel(LocalDateTime from, int level, LevelSource source, String reference) {

    boolean sameAs(LightingLevel other) {
        return level == other.level && source == other.source && reference.equals(other.reference);
    }
}
