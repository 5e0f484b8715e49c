package vn.smartcity.ioc.analytics.domain;

import java.time.Duration;

/**
 * The incident KPIs of one group (a department, a category, a ward, a source or a day) over a period; each figure as
 * {@link IncidentKpis} defines it. Rates and the median are null when there is nothing to compute them from.
 */
public record IncidentKpiRow(String group, long opened, long resolved, long resolvedOnTime, Double onTimeRate,
                             Duration medianToResolve, long reopened, Double reopenRate, long ratings,
                             Double averageRating) {

    /** The median time to resolve in hours, one decimal (for tables and exports), or null. */
    public Double medianHours() {
        return medianToResolve == null ? null : Math.round(medianToResolve.toMinutes() / 6.0) / 10.0;
    }
}
