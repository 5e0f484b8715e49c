package vn.smartcity.ioc.web.console.analytics;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import vn.smartcity.ioc.analytics.domain.Dimension;
import vn.smartcity.ioc.analytics.domain.IncidentKpis;
import vn.smartcity.ioc.shared.domain.Invalid;

/**
 * The period and grouping of a KPI table as the page and the CSV export read them from the address
 * ({@code ?from=2026-11-01&to=2026-12-01&by=department}, {@code to} exclusive): by default the last 30 days by
 * department. A bad value is refused with a {@link Invalid} the page shows.
 */
record KpiRequest(LocalDate from, LocalDate to, Dimension by) {

    static KpiRequest parse(String from, String to, String by) {
        LocalDate today = LocalDate.now(IncidentKpis.VIETNAM);
        LocalDate end = date(to, today.plusDays(1));
        LocalDate start = date(from, end.minusDays(30));
        Dimension dimension;
        try {
            dimension = by == null || by.isBlank() ? Dimension.DEPARTMENT : Dimension.valueOf(by.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Invalid("analytics.badDimension", by);
        }
        return new KpiRequest(start, end, dimension);
    }

    private static LocalDate date(String value, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new Invalid("analytics.badDate", value);
        }
    }
}
