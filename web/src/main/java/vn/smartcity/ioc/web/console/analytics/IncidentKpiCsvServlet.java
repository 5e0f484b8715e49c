package vn.smartcity.ioc.web.console.analytics;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.smartcity.ioc.analytics.application.IncidentAnalytics;
import vn.smartcity.ioc.analytics.domain.IncidentKpiRow;

/**
 * {@code GET /console/analytics/incidents.csv?from=2026-11-01&to=2026-12-01&by=department}: the KPI table of the
 * analytics page as CSV (RFC 4180, UTF-8 with a byte-order mark for spreadsheets, codes not names, rates as
 * fractions), scoped as the page is; every download is logged. A bad period answers 400 with the reason as text.
 */
@WebServlet("/console/analytics/incidents.csv")
public class IncidentKpiCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String HEADER = "group,opened,resolved,resolved_on_time,on_time_rate,median_hours_to_resolve,reopened,"
            + "reopen_rate,ratings,average_rating";

    @Inject
    IncidentAnalytics analytics;

    @Inject
    vn.smartcity.ioc.audit.application.Downloads downloads;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        KpiRequest.Export export = KpiRequest.export(request, response, analytics);
        if (export == null) {
            return;
        }
        KpiRequest kpi = export.request();
        List<IncidentKpiRow> rows = export.rows();
        downloads.record("incident-kpis", "csv", request.getQueryString(), rows.size());
        response.setContentType("text/csv;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"incident-kpis-" + kpi.by().name().toLowerCase(Locale.ROOT)
                + "-" + kpi.from() + "-" + kpi.to() + ".csv\"");
        PrintWriter out = response.getWriter();
        out.print('\uFEFF');
        out.print(HEADER + "\r\n");
        for (IncidentKpiRow r : rows) {
            out.print(String.join(",", cell(r.group()), Long.toString(r.opened()), Long.toString(r.resolved()),
                    Long.toString(r.resolvedOnTime()), value(r.onTimeRate()), value(r.medianHours()), Long.toString(r.reopened()),
                    value(r.reopenRate()), Long.toString(r.ratings()), value(r.averageRating())) + "\r\n");
        }
    }

    private static String value(Double d) {
        return d == null ? "" : d.toString();
    }

    /** A text cell, quoted when it holds a comma, quote or line break; a leading =, +, - or @ is neutralised. */
    static String cell(String s) {
        String v = s == null ? "" : s;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }
}
