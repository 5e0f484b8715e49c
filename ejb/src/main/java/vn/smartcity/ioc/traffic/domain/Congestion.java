package vn.smartcity.ioc.traffic.domain;

/**
 * How a minute of traffic went, from the average speed against the camera's speed limit: below 30 % of it is
 * congested, below 60 % slow, otherwise free; a minute without vehicles is NONE. Without a speed limit or
 * speeds, nothing is said (UNKNOWN).
 */
public enum Congestion {
    NONE, FREE, SLOW, CONGESTED, UNKNOWN;

    public static Congestion of(int vehicles, Double averageSpeedKmh, Integer limitKmh) {
        if (vehicles == 0) {
            return NONE;
        }
        if (averageSpeedKmh == null || limitKmh == null || limitKmh <= 0) {
            return UNKNOWN;
        }
        double ratio = averageSpeedKmh / limitKmh;
        return ratio < 0.3 ? CONGESTED : ratio < 0.6 ? SLOW : FREE;
    }
}
