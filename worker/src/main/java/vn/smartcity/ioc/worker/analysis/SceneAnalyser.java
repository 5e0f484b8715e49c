package vn.smartcity.ioc.worker.analysis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoublePredicate;

import vn.smartcity.ioc.worker.config.CameraConfig;
import vn.smartcity.ioc.worker.config.Geometry;
import vn.smartcity.ioc.worker.config.Geometry.Lane;
import vn.smartcity.ioc.worker.config.Geometry.Line;
import vn.smartcity.ioc.worker.config.Geometry.SpeedTrap;
import vn.smartcity.ioc.worker.config.Geometry.Zone;

/**
 * Applies a camera's geometry to its tracks, frame after frame: zone entry, stay and exit; line crossings with
 * direction (counts per lane); speed between the two lines of a speed trap (the crossing instants are
 * interpolated between frames); red light (the stop line crossed forward while the signal is red); wrong way
 * (moving against its lane's direction). Pure Java: no pixels here, so it is tested without video.
 */
public final class SceneAnalyser {

    /** Wrong way: moved at least this far (normalised) against the lane, over at least half a second. */
    private static final double WRONG_WAY_DISTANCE = 0.05;

    private final CameraConfig camera;
    private final Geometry geometry;
    private final Tracker tracker;
    private final Instant origin;

    /** @param origin the instant of stream time 0 */
    public SceneAnalyser(CameraConfig camera, Instant origin) {
        this.camera = camera;
        this.geometry = camera.geometry();
        this.origin = origin;
        this.tracker = new Tracker(0.6, 0.04);
    }

    public Instant at(double t) {
        return origin.plusNanos((long) (t * 1e9));
    }

    /**
     * One analysed frame.
     *
     * @param t   stream time, seconds
     * @param red whether the signal is red at a stream time (null: the camera has no signal)
     */
    public List<Observation> analyse(List<Blob> blobs, double t, DoublePredicate red) {
        Tracker.Step step = tracker.update(blobs, t);
        List<Observation> out = new ArrayList<>();
        for (Track tr : step.confirmed()) {
            tr.zones = zonesAt(tr.last().x(), tr.last().y());
            tr.zoneSince = tr.zones.isEmpty() ? Double.NaN : tr.last().t();
            tr.lastUpdate = t;
            tr.lane = laneAt(tr.last().x(), tr.last().y(), tr.lane);
            out.add(observe(tr, Observation.Type.APPEARED, t, null, null, null));
            // what happened between its first sighting and its confirmation
            Track.Position prev = null;
            for (Track.Position p : tr.positions) {
                if (prev != null) {
                    lines(tr, prev, p, red, out);
                }
                prev = p;
            }
        }
        for (Track tr : step.moved()) {
            if (!tr.confirmed || step.confirmed().contains(tr)) {
                continue;
            }
            Track.Position[] last2 = lastTwo(tr);
            tr.lane = laneAt(last2[1].x(), last2[1].y(), tr.lane);
            lines(tr, last2[0], last2[1], red, out);
            zones(tr, t, out);
            wrongWay(tr, t, out);
        }
        for (Track tr : step.ended()) {
            out.add(observe(tr, Observation.Type.ENDED, tr.lastSeen, null, null, null));
        }
        return out;
    }

    /** The stream ended: every object ends. */
    public List<Observation> finish() {
        List<Observation> out = new ArrayList<>();
        for (Track tr : tracker.endAll()) {
            out.add(observe(tr, Observation.Type.ENDED, tr.lastSeen, null, null, null));
        }
        return out;
    }

    private static Track.Position[] lastTwo(Track tr) {
        var it = tr.positions.descendingIterator();
        Track.Position last = it.next();
        return new Track.Position[] {it.next(), last};
    }

    private void lines(Track tr, Track.Position a, Track.Position b, DoublePredicate red, List<Observation> out) {
        for (Line line : geometry.lines()) {
            double u = Planar.crossing(line.from(), line.to(), a.x(), a.y(), b.x(), b.y());
            if (u < 0) {
                continue;
            }
            double when = a.t() + u * (b.t() - a.t());
            int direction = Planar.side(line.from(), line.to(), a.x(), a.y()) > 0 ? 1 : -1;
            if (line.lane() != null) {
                // a counting line: one vehicle of its lane (speed and stop lines only feed the rules below)
                tr.lane = line.lane();
                out.add(new Observation(Observation.Type.CROSSED, at(when), tr.id, label(tr), tr.score(), box(tr),
                        tr.zones, tr.lane, tr.speedKmh, null, line.name(), direction, null, null));
            }
            speed(tr, line.name(), when, out);
            if (line.name().equals(geometry.stopLine()) && direction > 0 && red != null && red.test(when)) {
                violation(tr, "red-light", when, out);
            }
        }
    }

    private void speed(Track tr, String line, double when, List<Observation> out) {
        for (SpeedTrap trap : geometry.speedTraps()) {
            if (trap.first().equals(line)) {
                tr.firstLineCrossing.put(trap.first() + "|" + trap.second(), when);
            } else if (trap.second().equals(line)) {
                Double start = tr.firstLineCrossing.remove(trap.first() + "|" + trap.second());
                if (start != null && when > start) {
                    double kmh = trap.metres() / (when - start) * 3.6;
                    tr.speedKmh = Math.round(kmh * 10) / 10.0;
                    out.add(new Observation(Observation.Type.SPEED, at(when), tr.id, label(tr), tr.score(), box(tr),
                            tr.zones, tr.lane, tr.speedKmh, null, null, null, null, null));
                    if (camera.speedLimitKmh() != null && kmh > camera.speedLimitKmh()) {
                        violation(tr, "speeding", when, out);
                    }
                }
            }
        }
    }

    private void violation(Track tr, String kind, double when, List<Observation> out) {
        if (tr.violations.add(kind)) {
            out.add(new Observation(Observation.Type.VIOLATION, at(when), tr.id, label(tr), tr.score(), box(tr),
                    tr.zones, tr.lane, tr.speedKmh, kind, null, null, null, null));
        }
    }

    private void zones(Track tr, double t, List<Observation> out) {
        List<String> now = zonesAt(tr.last().x(), tr.last().y());
        if (!now.equals(tr.zones)) {
            tr.zones = now;
            tr.zoneSince = now.isEmpty() ? Double.NaN : t;
            tr.lastUpdate = t;
            out.add(observe(tr, Observation.Type.ZONES, t, null, null, null));
        } else if (!now.isEmpty() && t - tr.lastUpdate >= camera.updateSeconds()) {
            tr.lastUpdate = t;
            out.add(observe(tr, Observation.Type.ZONES, t, null, null, null));
        }
    }

    private void wrongWay(Track tr, double t, List<Observation> out) {
        if (tr.lane == null || tr.violations.contains("wrong-way")) {
            return;
        }
        Lane lane = geometry.lanes().stream().filter(l -> l.lane() == tr.lane).findFirst().orElse(null);
        if (lane == null || lane.direction() == null) {
            return;
        }
        Track.Position from = tr.before(0.5);
        Track.Position to = tr.last();
        double dx = to.x() - from.x();
        double dy = to.y() - from.y();
        double moved = Math.hypot(dx, dy);
        if (to.t() - from.t() < 0.5 || moved < WRONG_WAY_DISTANCE) {
            return;
        }
        double[] d = lane.direction();
        double cos = (dx * d[0] + dy * d[1]) / (moved * Math.hypot(d[0], d[1]));
        if (cos < -0.5) {
            violation(tr, "wrong-way", t, out);
        }
    }

    private Observation observe(Track tr, Observation.Type type, double t, String violation, String line,
                                Integer direction) {
        Double dwell = tr.zones.isEmpty() || Double.isNaN(tr.zoneSince) ? null
                : Math.round((t - tr.zoneSince) * 10) / 10.0;
        return new Observation(type, at(t), tr.id, label(tr), tr.score(), box(tr), tr.zones, tr.lane, tr.speedKmh,
                violation, line, direction, dwell, null);
    }

    private String label(Track tr) {
        return camera.labelFor(tr.maxArea());
    }

    private static double[] box(Track tr) {
        Blob b = tr.blob;
        return new double[] {b.x(), b.y(), b.w(), b.h()};
    }

    private List<String> zonesAt(double x, double y) {
        List<String> in = new ArrayList<>(2);
        for (Zone z : geometry.zones()) {
            if (Planar.inside(z.polygon(), x, y)) {
                in.add(z.name());
            }
        }
        return in.isEmpty() ? List.of() : List.copyOf(in);
    }

    private Integer laneAt(double x, double y, Integer current) {
        for (Lane l : geometry.lanes()) {
            if (l.polygon() != null && Planar.inside(l.polygon(), x, y)) {
                return l.lane();
            }
        }
        return current;
    }
}
