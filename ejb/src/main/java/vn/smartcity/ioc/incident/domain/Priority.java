package vn.smartcity.ioc.incident.domain;

/** How urgent an incident is, set at triage. */
public enum Priority {
    LOW, NORMAL, HIGH, URGENT
}
