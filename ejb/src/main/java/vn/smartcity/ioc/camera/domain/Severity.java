package vn.smartcity.ioc.camera.domain;

/** How urgent an alert is for the operator. */
public enum Severity { INFO, WARNING, CRITICAL }
