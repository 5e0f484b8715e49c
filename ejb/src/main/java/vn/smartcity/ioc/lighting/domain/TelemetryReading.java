package vn.smartcity.ioc.lighting.domain;

import java.time.Instant;

/**
 * One luminaire's report at an instant, as a gateway sends it; a field a gateway did not send is null (the
 * luminaire keeps what it had). {@code energyWh} and {@code operatingHours} are lifetime counters.
 */
public record TelemetryReading(String luminaireCode, Instant at, Boolean on, Integer level, Double powerW,
        Double energyWh, Boolean lampFailure, Boolean dimmingFailure, Boolean supplyLoss, Double operatingHours) {
}
