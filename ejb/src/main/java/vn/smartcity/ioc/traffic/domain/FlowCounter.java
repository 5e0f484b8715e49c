package vn.smartcity.ioc.traffic.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Counts vehicles per minute and lane from detection events: a vehicle is a distinct tracked object in that
 * minute and lane (an event without a track is a vehicle of its own), its speed the average of the speeds
 * reported for it. Minutes without any vehicle between the first and the last are filled with zero.
 */
public final class FlowCounter {

    private record Key(Instant minute, int lane) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = minute.compareTo(o.minute);
            return c != 0 ? c : Integer.compare(lane, o.lane);
        }
    }

    private static final class Bucket {
        final Set<String> vehicles = new HashSet<>();
        double speedSum;
        int speeds;
    }

    private final Map<Key, Bucket> buckets = new TreeMap<>();
    private final Integer limitKmh;

    public FlowCounter(Integer limitKmh) {
        this.limitKmh = limitKmh;
    }

    /** One vehicle event: when, which lane (null: 0), which object, its speed (or null). */
    public void add(Instant at, Integer lane, String vehicle, Double speedKmh) {
        Bucket b = buckets.computeIfAbsent(new Key(at.truncatedTo(ChronoUnit.MINUTES), lane == null ? 0 : lane),
                k -> new Bucket());
        b.vehicles.add(vehicle);
        if (speedKmh != null) {
            b.speedSum += speedKmh;
            b.speeds++;
        }
    }

    /** The minutes from {@code from} (inclusive) to {@code to} (exclusive), every lane seen, in order. */
    public List<FlowMinute> minutes(Instant from, Instant to) {
        Set<Integer> lanes = new java.util.TreeSet<>();
        buckets.keySet().forEach(k -> lanes.add(k.lane()));
        List<FlowMinute> minutes = new ArrayList<>();
        for (Instant m = from.truncatedTo(ChronoUnit.MINUTES); m.isBefore(to); m = m.plus(1, ChronoUnit.MINUTES)) {
            for (int lane : lanes) {
                Bucket b = buckets.get(new Key(m, lane));
                int vehicles = b == null ? 0 : b.vehicles.size();
                Double speed = b == null || b.speeds == 0 ? null : Math.round(b.speedSum / b.speeds * 10) / 10.0;
                minutes.add(new FlowMinute(m, lane, vehicles, speed, Congestion.of(vehicles, speed, limitKmh)));
            }
        }
        return minutes;
    }
}
