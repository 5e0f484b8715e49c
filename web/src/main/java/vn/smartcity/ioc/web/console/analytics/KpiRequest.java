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

    /**
     * The rows an export asks for ({@code from}, {@code to}, {@code by} of the request), or null after answering 400
     * with the reason in the reader's language (a bad period, a refusal of the service).
     */
    static Export export(jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
                         vn.smartcity.ioc.analytics.application.IncidentAnalytics analytics) throws java.io.IOException {
        try {
            KpiRequest kpi = parse(request.getParameter("from"), request.getParameter("to"), request.getParameter("by"));
            return new Export(kpi, analytics.kpis(kpi.from(), kpi.to(), kpi.by()));
        } catch (IllegalArgumentException | vn.smartcity.ioc.shared.application.Refused e) {
            response.setStatus(jakarta.servlet.http.HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain;charset=UTF-8");
            java.util.Locale locale = request.getLocale();
            response.getWriter().println(vn.smartcity.ioc.shared.domain.Text.of(e).map(t -> t.in(locale)).orElse(e.getMessage()));
            return null;
        }
    }

    /** What an export writes: the request and its rows. */
    record Export(KpiRequest request, java.util.List<vn.smartcity.ioc.analytics.domain.IncidentKpiRow> rows) {
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
