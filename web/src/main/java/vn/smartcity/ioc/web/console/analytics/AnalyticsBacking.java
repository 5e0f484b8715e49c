package vn.smartcity.ioc.web.console.analytics;

import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.smartcity.ioc.analytics.application.IncidentAnalytics;
import vn.smartcity.ioc.analytics.domain.Dimension;
import vn.smartcity.ioc.analytics.domain.IncidentKpiRow;
import vn.smartcity.ioc.shared.application.Refused;
import vn.smartcity.ioc.web.shared.LanguageBacking;
import vn.smartcity.ioc.web.shared.Messages;
import vn.smartcity.ioc.web.shared.ReferenceListsBacking;

/**
 * /console/analytics/index.xhtml: the incident KPIs of a period by department, category, ward, source or day, with
 * their definitions and the CSV of the same table; scoped by {@link IncidentAnalytics} (handlers: their departments).
 */
@Named
@RequestScoped
public class AnalyticsBacking {

    @Inject
    IncidentAnalytics analytics;

    @Inject
    ReferenceListsBacking lists;

    @Inject
    LanguageBacking language;

    private String from;
    private String to;
    private String by;
    private String compare;
    private KpiRequest request;
    private List<IncidentKpiRow> rows;
    private java.util.Map<String, IncidentKpiRow> before;

    /** Computes the table before the page is rendered, so that a refusal shows in the page's messages. */
    public void load() {
        getRows();
    }

    /** The table, computed once per request; empty with the refusal shown when the period is bad. */
    public List<IncidentKpiRow> getRows() {
        if (rows == null) {
            try {
                request = KpiRequest.parse(from, to, by);
                rows = analytics.kpis(request.from(), request.to(), request.by());
                java.time.LocalDate[] earlier = earlier();
                if (earlier != null) {
                    before = new java.util.HashMap<>();
                    analytics.kpis(earlier[0], earlier[1], request.by()).forEach(r -> before.put(r.group(), r));
                }
            } catch (IllegalArgumentException | Refused e) {
                Messages.refused("analytics.refused", e);
                rows = List.of();
            }
        }
        return rows;
    }

    /** A group's name for the reader: a department's, category's or ward's name, a source's label, a day. */
    public String label(String group) {
        if ("*".equals(group)) {
            return Messages.text(province() ? "analytics.total.province" : "analytics.total.departments");
        }
        Dimension dimension = request == null ? Dimension.DEPARTMENT : request.by();
        return switch (dimension) {
            case DEPARTMENT -> lists.getDepartments().stream().filter(d -> d.code().equals(group)).findFirst()
                    .map(d -> "en".equals(language.getCode()) ? d.nameEn() : d.nameVi()).orElse(group);
            case CATEGORY -> lists.categoryName(group, language.getCode());
            case WARD -> "–".equals(group) ? Messages.text("analytics.noWard") : lists.wardName(group);
            case SOURCE -> "–".equals(group) ? group : Messages.text("source." + group);
            case DAY -> group;
        };
    }

    /**
     * The period compared with: the one just before of the same length ({@code compare=previous}: last week for a
     * week), or the same days a year before ({@code compare=year}: the same month last year); null for none.
     */
    private java.time.LocalDate[] earlier() {
        long days = java.time.temporal.ChronoUnit.DAYS.between(request.from(), request.to());
        if ("previous".equals(compare)) {
            return new java.time.LocalDate[] {request.from().minusDays(days), request.from()};
        }
        if ("year".equals(compare)) {
            return new java.time.LocalDate[] {request.from().minusYears(1), request.to().minusYears(1)};
        }
        return null;
    }

    public boolean isComparing() {
        getRows();
        return before != null;
    }

    /** The compared period's row of {@code group} (a row of zeros when it had none), or null when not comparing. */
    public IncidentKpiRow earlier(String group) {
        if (before == null) {
            return null;
        }
        return before.getOrDefault(group, new IncidentKpiRow(group, 0, 0, 0, null, null, 0, null, 0, null));
    }

    /** "+3", "−2" or "±0": the change of a count from the compared period. */
    public String change(long now, long then) {
        long d = now - then;
        return d > 0 ? "+" + d : d < 0 ? "−" + (-d) : "±0";
    }

    public String getComparedPeriod() {
        java.time.LocalDate[] e = request == null ? null : earlier();
        return e == null ? "" : e[0] + " – " + e[1].minusDays(1);
    }

    /** "2 (67 %)", or "–" without a rate. */
    public String share(long count, Double rate) {
        return rate == null ? "–" : count + " (" + Math.round(rate * 100) + " %)";
    }

    /** "48.0 h" (one decimal, in the page's language), or "–". */
    public String hours(Double hours) {
        return hours == null ? "–" : String.format(locale(), "%.1f h", hours);
    }

    /** "4.25 ★ (4)": the average and how many ratings, or "–". */
    public String rating(Double average, long ratings) {
        return average == null ? "–" : String.format(locale(), "%.2f ★ (%d)", average, ratings);
    }

    private java.util.Locale locale() {
        return "en".equals(language.getCode()) ? java.util.Locale.ENGLISH : java.util.Locale.forLanguageTag("vi");
    }

    public boolean province() {
        return analytics.province();
    }

    /** The address of the CSV of this table. */
    public String getCsv() {
        getRows();
        return request == null ? null : "incidents.csv?from=" + request.from() + "&to=" + request.to()
                + "&by=" + request.by().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The address of the spreadsheet of this table. */
    public String getXlsx() {
        String csv = getCsv();
        return csv == null ? null : csv.replaceFirst("^incidents\\.csv", "incidents.xlsx");
    }

    public List<String> getDimensions() {
        return Arrays.stream(Dimension.values()).map(d -> d.name().toLowerCase(java.util.Locale.ROOT)).toList();
    }

    public String getFrom() { return request != null ? request.from().toString() : from == null ? "" : from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return request != null ? request.to().toString() : to == null ? "" : to; }
    public void setTo(String to) { this.to = to; }
    public String getBy() { return request != null ? request.by().name().toLowerCase(java.util.Locale.ROOT) : by == null ? "" : by; }
    public void setBy(String by) { this.by = by; }
    public String getCompare() { return compare == null ? "" : compare; }
    public void setCompare(String compare) { this.compare = compare; }
}
