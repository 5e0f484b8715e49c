package vn.smartcity.ioc.worker.config;

import java.time.Instant;
import java.util.List;

/**
 * What a camera's picture means: named zones, counting and stop lines, speed traps, lanes with their
 * direction of travel, the traffic signal and privacy masks. Every coordinate is normalised to the image
 * (0,0 top left, 1,1 bottom right), so the geometry does not change with the stream's resolution. The same JSON
 * is the {@code geometry} column of the IOC's camera registry (docs/worker.md).
 */
public record Geometry(List<Zone> zones, List<Line> lines, List<SpeedTrap> speedTraps, String stopLine,
                       List<Lane> lanes, Signal signal, List<List<double[]>> privacyMasks) {

    public Geometry {
        zones = zones == null ? List.of() : List.copyOf(zones);
        lines = lines == null ? List.of() : List.copyOf(lines);
        speedTraps = speedTraps == null ? List.of() : List.copyOf(speedTraps);
        lanes = lanes == null ? List.of() : List.copyOf(lanes);
        privacyMasks = privacyMasks == null ? List.of() : List.copyOf(privacyMasks);
    }

    public static Geometry empty() {
        return new Geometry(null, null, null, null, null, null, null);
    }

    /** A named polygon (at least three points). */
    public record Zone(String name, List<double[]> polygon) {
    }

    /**
     * A line segment from {@code from} to {@code to}. Crossing it from its right-hand side to its left-hand side
     * (seen from {@code from} looking at {@code to}, image y pointing down) is the "forward" direction.
     * {@code lane} (optional) is the lane whose vehicles it counts.
     */
    public record Line(String name, double[] from, double[] to, Integer lane) {
    }

    /** Two lines a vehicle crosses one after the other, {@code metres} apart on the road. */
    public record SpeedTrap(String first, String second, double metres) {
    }

    /** A lane's area and the direction its traffic goes in the image ({@code [dx, dy]}). */
    public record Lane(int lane, List<double[]> polygon, double[] direction) {
    }

    /**
     * The traffic signal the stop line obeys: either a fixed schedule (a cycle of {@code cycleSeconds} that
     * started at {@code epoch}, red from {@code redFromSecond} for {@code redSeconds}) or a lamp region of the
     * picture ({@code lamp = [x, y, width, height]}) that is red when its red-difference chroma (Cr) averages
     * above {@code lampThreshold} (default 170).
     */
    public record Signal(Integer cycleSeconds, Integer redFromSecond, Integer redSeconds, Instant epoch,
                         double[] lamp, Integer lampThreshold) {
    }
}
