package vn.smartcity.ioc.worker.synthetic;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import vn.smartcity.ioc.worker.config.CameraConfig;
import vn.smartcity.ioc.worker.config.Geometry;

/**
 * The project's synthetic test scene, and its ground truth: a one-way road of two lanes going up the picture,
 * a traffic signal (red for the first 8 s of every 20 s cycle) with its lamp drawn in the corner, a pavement
 * on the left with a restricted zone, ten vehicles at known speeds (four run the red light, two speed, one
 * drives the wrong way) and a person who walks into the zone, stays about 14 s and leaves. The picture's
 * scale: the speed lines are 0.4 of the height and 24 m apart on the road.
 */
public final class TrafficScene {

    public static final double SPEED_LINE_A = 0.8;
    public static final double SPEED_LINE_B = 0.4;
    public static final double SPEED_TRAP_METRES = 24;
    public static final double COUNT_LINE = 0.6;
    public static final double STOP_LINE = 0.3;
    public static final int CYCLE_SECONDS = 20;
    public static final int RED_SECONDS = 8;
    public static final int SPEED_LIMIT = 60;
    public static final double[] LAMP = {0.85, 0.05, 0.05, 0.08};
    public static final double[][] RESTRICTED = {{0.02, 0.2}, {0.2, 0.2}, {0.2, 0.8}, {0.02, 0.8}};

    /** km/h for one normalised unit of height per second. */
    public static final double KMH_PER_UNIT = SPEED_TRAP_METRES / (SPEED_LINE_A - SPEED_LINE_B) * 3.6;

    private final double seconds;
    private final List<Mover> movers = new ArrayList<>();

    public TrafficScene() {
        this.seconds = 30;
        // lane 1 centre x = 0.375, lane 2 centre x = 0.625; vehicles drive up from y = 1.1 to y = -0.1
        vehicle("a", 1, 0.5, 40);
        vehicle("b", 2, 3.0, 55);
        vehicle("c", 1, 6.0, 45);
        vehicle("d", 2, 8.0, 80);
        vehicle("e", 1, 11.0, 50);
        vehicle("f", 2, 14.0, 35);
        vehicle("g", 1, 17.0, 70);
        vehicle("h", 2, 19.0, 55);
        vehicle("j", 1, 22.5, 45);
        // the wrong-way driver: lane 2, down the picture
        double v = 50 / KMH_PER_UNIT;
        movers.add(new Mover("i", "car", 0.09, 0.12, new int[] {60, 200, 230},
                List.of(new double[] {24.0, 0.625, -0.1}, new double[] {24.0 + 1.2 / v, 0.625, 1.1}), 50.0));
        // the person: walks into the zone, wanders in it, walks out
        List<double[]> path = new ArrayList<>();
        path.add(new double[] {2.0, -0.05, 0.5});
        path.add(new double[] {5.0, 0.11, 0.5});
        for (double t = 5.25; t < 16.0; t += 0.25) {
            double a = 2 * Math.PI * (t - 5.0) / 4.0;
            path.add(new double[] {t, 0.11 + 0.03 * Math.sin(a), 0.5 + 0.05 * (1 - Math.cos(a))});
        }
        path.add(new double[] {16.0, 0.11, 0.5});
        path.add(new double[] {19.0, -0.05, 0.5});
        movers.add(new Mover("p", "person", 0.025, 0.07, new int[] {35, 30, 30}, path, null));
    }

    private void vehicle(String name, int lane, double start, double kmh) {
        double v = kmh / KMH_PER_UNIT;
        double x = lane == 1 ? 0.375 : 0.625;
        int[][] colours = {{40, 200, 230}, {230, 230, 230}, {70, 70, 255}, {220, 160, 40}, {200, 200, 200}};
        movers.add(new Mover(name, "car", 0.09, 0.12, colours[name.charAt(0) % colours.length],
                List.of(new double[] {start, x, 1.1}, new double[] {start + 1.2 / v, x, -0.1}), kmh));
    }

    public double seconds() {
        return seconds;
    }

    public List<Mover> movers() {
        return movers;
    }

    /** Whether the signal is red at scene time t. */
    public static boolean red(double t) {
        return t % CYCLE_SECONDS < RED_SECONDS;
    }

    /** The camera as the worker should be configured for this scene (signal from the lamp or the schedule). */
    public static CameraConfig camera(String code, String stream, Instant origin, boolean lamp) {
        Geometry.Signal signal = lamp
                ? new Geometry.Signal(null, null, null, null, LAMP, 170)
                : new Geometry.Signal(CYCLE_SECONDS, 0, RED_SECONDS, origin, null, null);
        Geometry g = new Geometry(
                List.of(new Geometry.Zone("restricted", List.of(RESTRICTED))),
                List.of(line("count-1", 0.25, 0.5, COUNT_LINE, 1), line("count-2", 0.5, 0.75, COUNT_LINE, 2),
                        line("speed-a", 0.25, 0.75, SPEED_LINE_A, null), line("speed-b", 0.25, 0.75, SPEED_LINE_B, null),
                        line("stop", 0.25, 0.75, STOP_LINE, null)),
                List.of(new Geometry.SpeedTrap("speed-a", "speed-b", SPEED_TRAP_METRES)),
                "stop",
                List.of(new Geometry.Lane(1, List.of(new double[][] {{0.25, 0}, {0.5, 0}, {0.5, 1}, {0.25, 1}}),
                                new double[] {0, -1}),
                        new Geometry.Lane(2, List.of(new double[][] {{0.5, 0}, {0.75, 0}, {0.75, 1}, {0.5, 1}}),
                                new double[] {0, -1})),
                signal,
                List.of(List.of(new double[][] {{0.8, 0.9}, {1, 0.9}, {1, 1}, {0.8, 1}})));
        return new CameraConfig(code, stream, 0.0, 320, 0.001,
                List.of(new CameraConfig.SizeLabel(0.004, "person"), new CameraConfig.SizeLabel(null, "car")),
                5.0, 10.0, false, SPEED_LIMIT, g);
    }

    private static Geometry.Line line(String name, double x0, double x1, double y, Integer lane) {
        // drawn left to right: crossing it upwards (the road's direction) is forward
        return new Geometry.Line(name, new double[] {x0, y}, new double[] {x1, y}, lane);
    }
}
