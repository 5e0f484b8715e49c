package vn.smartcity.ioc.report.domain;

/** How a citizen report reached the city. */
public enum ReportChannel {
    /** the citizen portal's form */
    PORTAL,
    /** an Open311 GeoReport v2 client (a city app, a partner's app) with an API key */
    OPEN311
}
