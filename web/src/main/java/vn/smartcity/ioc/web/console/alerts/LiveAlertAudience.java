package vn.smartcity.ioc.web.console.alerts;

import vn.smartcity.ioc.identity.domain.Roles;
import vn.smartcity.ioc.identity.domain.StaffMember;

/**
 * Who may see which live alert: the roles of the console page that shows its kind (web.xml), and for an SLA
 * escalation also the handlers of the incident's department. An alert of a kind not named here reaches nobody.
 * <ul>
 * <li>{@code camera-alert}, {@code media-spike}: operators, supervisors, analysts, administrators
 * (/console/alerts, /console/media);</li>
 * <li>{@code security-alert}: administrators, supervisors, auditors (/console/security);</li>
 * <li>{@code sla-escalation}: operators, supervisors, administrators; handlers of the incident's department;</li>
 * <li>{@code dossier-overdue}: analysts, supervisors, administrators; handlers of the dossier's department
 * (/console/dossiers);</li>
 * <li>{@code lighting-fault}: operators, supervisors, administrators; handlers of the department that maintains the
 * lighting there (/console/lighting).</li>
 * </ul>
 */
public final class LiveAlertAudience {

    private LiveAlertAudience() {
    }

    /**
     * @param kind       the alert's kind (the message property {@code kind})
     * @param department the department the alert concerns (the property {@code department}), null if none
     */
    public static boolean sees(StaffMember member, String kind, String department) {
        if (member == null || kind == null) {
            return false;
        }
        return switch (kind) {
            case "camera-alert", "media-spike" -> any(member, Roles.OPERATOR, Roles.SUPERVISOR, Roles.ANALYST, Roles.ADMIN);
            case "security-alert" -> any(member, Roles.ADMIN, Roles.SUPERVISOR, Roles.AUDITOR);
            case "sla-escalation" -> any(member, Roles.OPERATOR, Roles.SUPERVISOR, Roles.ADMIN)
                    || member.hasRole(Roles.HANDLER) && department != null && member.belongsTo(department);
            case "dossier-overdue" -> any(member, Roles.ANALYST, Roles.SUPERVISOR, Roles.ADMIN)
                    || member.hasRole(Roles.HANDLER) && department != null && member.belongsTo(department);
            case "lighting-fault" -> any(member, Roles.OPERATOR, Roles.SUPERVISOR, Roles.ADMIN)
                    || member.hasRole(Roles.HANDLER) && department != null && member.belongsTo(department);
            default -> false;
        };
    }

    private static boolean any(StaffMember member, String... roles) {
        for (String role : roles) {
            if (member.hasRole(role)) {
                return true;
            }
        }
        return false;
    }
}
