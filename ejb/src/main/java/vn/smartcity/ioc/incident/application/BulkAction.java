package vn.smartcity.ioc.incident.application;

import vn.smartcity.ioc.incident.domain.Priority;

/** One action for many incidents at once: triage with a priority, assign to a department, or reject with a reason. */
public record BulkAction(Kind kind, Priority priority, String departmentCode, String reason) {

    public enum Kind { TRIAGE, ASSIGN, REJECT }

    public static BulkAction triage(Priority priority) {
        return new BulkAction(Kind.TRIAGE, priority, null, null);
    }

    public static BulkAction assign(String departmentCode) {
        return new BulkAction(Kind.ASSIGN, null, departmentCode, null);
    }

    public static BulkAction reject(String reason) {
        return new BulkAction(Kind.REJECT, null, null, reason);
    }
}
