package vn.smartcity.ioc.identity.domain;

import java.util.List;

/** The roles of IOC staff, as named in the security domain and in {@code @RolesAllowed}. */
public final class Roles {

    /** IOC shift staff: dashboard, map, alerts; triage and dispatch. */
    public static final String OPERATOR = "operator";
    /** Assigns, escalates, overrides; sees SLA breaches and KPIs of all departments. */
    public static final String SUPERVISOR = "supervisor";
    /** Department staff: works the incidents of their own departments only. */
    public static final String HANDLER = "handler";
    /** Reviews camera-detected traffic violations before any penalty notice. */
    public static final String TRAFFIC_OFFICER = "traffic-officer";
    /** Dashboards, reports, exports. */
    public static final String ANALYST = "analyst";
    /** Configuration and reference data. */
    public static final String ADMIN = "admin";
    /** Reads the audit trail. */
    public static final String AUDITOR = "auditor";

    /** Every staff role, in the order menus list them. */
    public static final List<String> STAFF = List.of(OPERATOR, SUPERVISOR, HANDLER, TRAFFIC_OFFICER, ANALYST, ADMIN, AUDITOR);

    private Roles() {
    }
}
