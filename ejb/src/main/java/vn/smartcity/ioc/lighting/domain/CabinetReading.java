package vn.smartcity.ioc.lighting.domain;

import java.time.Instant;

/** A control cabinet's report: whether its supply is there. */
public record CabinetReading(String cabinetCode, Instant at, boolean supplyLoss) {
}
