package vn.smartcity.ioc.worker.analysis;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One tracked object: where it was (recent positions), and what the scene rules already noted about it. */
public final class Track {

    /** A position at a time (seconds on the stream's clock). */
    public record Position(double t, double x, double y) {
    }

    private static final int HISTORY = 64;

    final int id;
    final Deque<Position> positions = new ArrayDeque<>();
    Blob blob;
    double maxArea;
    int hits;
    int frames;
    double lastSeen;
    double vx;
    double vy;
    boolean confirmed;

    // scene state
    final Map<String, Double> firstLineCrossing = new HashMap<>();
    final Set<String> violations = new HashSet<>();
    List<String> zones = List.of();
    double zoneSince = Double.NaN;
    double lastUpdate = Double.NaN;
    Integer lane;
    Double speedKmh;

    Track(int id, Blob blob, double t) {
        this.id = id;
        this.blob = blob;
        this.maxArea = blob.area();
        this.hits = 1;
        this.frames = 1;
        this.lastSeen = t;
        positions.addLast(new Position(t, blob.cx(), blob.cy()));
    }

    void moveTo(Blob b, double t) {
        Position last = positions.peekLast();
        double dt = t - last.t();
        if (dt > 0) {
            double nvx = (b.cx() - last.x()) / dt;
            double nvy = (b.cy() - last.y()) / dt;
            vx = hits == 1 ? nvx : 0.5 * vx + 0.5 * nvx;
            vy = hits == 1 ? nvy : 0.5 * vy + 0.5 * nvy;
        }
        blob = b;
        maxArea = Math.max(maxArea, b.area());
        hits++;
        lastSeen = t;
        positions.addLast(new Position(t, b.cx(), b.cy()));
        if (positions.size() > HISTORY) {
            positions.removeFirst();
        }
    }

    public int id() {
        return id;
    }

    public Blob blob() {
        return blob;
    }

    public Position last() {
        return positions.peekLast();
    }

    /** The largest it has been seen (at the picture's edge only part of it is). */
    public double maxArea() {
        return maxArea;
    }

    /** Whether its box touches the picture's edge (it is entering or leaving). */
    boolean atEdge() {
        return blob.x() <= 0.005 || blob.y() <= 0.005 || blob.x() + blob.w() >= 0.995 || blob.y() + blob.h() >= 0.995;
    }

    /** Found in this share of the frames since it appeared: the track's confidence. */
    public double score() {
        return Math.min(1.0, (double) hits / frames);
    }

    double predictX(double t) {
        return last().x() + vx * (t - last().t());
    }

    double predictY(double t) {
        return last().y() + vy * (t - last().t());
    }

    /** The position at least {@code seconds} before the last one (or the oldest kept). */
    Position before(double seconds) {
        double limit = last().t() - seconds;
        Position found = positions.peekFirst();
        for (Position p : positions) {
            if (p.t() <= limit) {
                found = p;
            } else {
                break;
            }
        }
        return found;
    }
}
