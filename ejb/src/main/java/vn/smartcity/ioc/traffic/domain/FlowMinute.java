package vn.smartcity.ioc.traffic.domain;

import java.time.Instant;

/**
 * One minute of one lane of a traffic camera (lane 0: vehicles without a lane): how many vehicles (distinct
 * tracked objects), their average speed, and the congestion it means.
 */
public record FlowMinute(Instant minute, int lane, int vehicles, Double averageSpeedKmh, Congestion congestion) {
}
