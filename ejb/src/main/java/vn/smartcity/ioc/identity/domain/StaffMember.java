package vn.smartcity.ioc.identity.domain;

import java.util.Set;

/**
 * A logged-in staff member: user name (directory uid), display name, IOC roles and the codes of the
 * departments they belong to.
 */
public record StaffMember(String username, String displayName, Set<String> roles, Set<String> departments,
                          Set<String> unmappedGroups) {

    /**
     * @param unmappedGroups the member's directory groups for departments that map to no department of the IOC
     *                       (shown to the member and to administrators, never used for scoping)
     */
    public StaffMember {
        roles = Set.copyOf(roles);
        departments = Set.copyOf(departments);
        unmappedGroups = Set.copyOf(unmappedGroups);
        if (displayName == null || displayName.isBlank()) {
            displayName = username;
        }
    }

    public StaffMember(String username, String displayName, Set<String> roles, Set<String> departments) {
        this(username, displayName, roles, departments, Set.of());
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean belongsTo(String departmentCode) {
        return departments.contains(departmentCode);
    }

    /**
     * The IOC's own staff (operators dispatch everything, supervisors, analysts, administrators, auditors) see
     * every department; department handlers and traffic officers only their own departments.
     */
    public boolean seesAllDepartments() {
        return hasRole(Roles.OPERATOR) || hasRole(Roles.SUPERVISOR) || hasRole(Roles.ANALYST)
                || hasRole(Roles.ADMIN) || hasRole(Roles.AUDITOR);
    }
}
