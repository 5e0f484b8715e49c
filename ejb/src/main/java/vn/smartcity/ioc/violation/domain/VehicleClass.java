package vn.smartcity.ioc.violation.domain;

/** The vehicle classes the fine schedule distinguishes. */
public enum VehicleClass {
    CAR, MOTORBIKE, TRUCK
}
