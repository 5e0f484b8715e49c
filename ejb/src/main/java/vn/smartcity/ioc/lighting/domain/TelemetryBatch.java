package vn.smartcity.ioc.lighting.domain;

import java.util.List;

/** What one message of a gateway carries: readings of its luminaires and of its cabinets. */
public record TelemetryBatch(List<TelemetryReading> readings, List<CabinetReading> cabinets) {

    /** The most readings one message may carry. */
    public static final int MAX_READINGS = 1_000;

    public TelemetryBatch {
        readings = List.copyOf(readings);
        cabinets = List.copyOf(cabinets);
    }

    public int size() {
        return readings.size() + cabinets.size();
    }
}
