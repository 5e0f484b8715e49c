package vn.smartcity.ioc.incident.domain;

/** Who may read a timeline entry: everyone (the citizen's tracking page) or staff only. */
public enum Visibility {
    PUBLIC, INTERNAL
}
