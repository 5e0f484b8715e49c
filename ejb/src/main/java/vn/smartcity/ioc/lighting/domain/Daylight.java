package vn.smartcity.ioc.lighting.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A day at a place: its date and its apparent sunrise and sunset, in the city's local time. */
public record Daylight(LocalDate date, LocalDateTime sunrise, LocalDateTime sunset) {
}
