package vn.smartcity.ioc.worker.analysis;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Gives moving blobs stable ids across frames: each live track is matched to the nearest blob around the
 * position its velocity predicts (greedy, closest pairs first, within a gate that grows with speed); a blob
 * left over starts a new track; a track is confirmed after three sightings once it is wholly in the picture
 * (not touching its edge: its size and label are then right), and ends when it is not seen for
 * {@code lostAfter} seconds.
 */
public final class Tracker {

    /** What one frame changed. */
    public record Step(List<Track> moved, List<Track> confirmed, List<Track> ended) {
    }

    private static final int CONFIRM_HITS = 3;

    private final List<Track> tracks = new ArrayList<>();
    private final double lostAfter;
    private final double gate;
    private int nextId = 1;

    public Tracker(double lostAfterSeconds, double gate) {
        this.lostAfter = lostAfterSeconds;
        this.gate = gate;
    }

    public Step update(List<Blob> blobs, double t) {
        List<Track> moved = new ArrayList<>();
        List<Track> confirmed = new ArrayList<>();
        List<Track> ended = new ArrayList<>();
        boolean[] taken = new boolean[blobs.size()];
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < tracks.size(); i++) {
            Track tr = tracks.get(i);
            tr.frames++;
            double px = tr.predictX(t);
            double py = tr.predictY(t);
            double dt = t - tr.last().t();
            double g = gate + Math.hypot(tr.vx, tr.vy) * dt * 0.5 + Math.max(tr.blob.w(), tr.blob.h()) * 0.5;
            for (int j = 0; j < blobs.size(); j++) {
                double d = Math.hypot(blobs.get(j).cx() - px, blobs.get(j).cy() - py);
                if (d <= g) {
                    pairs.add(new double[] {d, i, j});
                }
            }
        }
        pairs.sort((a, b) -> Double.compare(a[0], b[0]));
        boolean[] matched = new boolean[tracks.size()];
        for (double[] p : pairs) {
            int i = (int) p[1];
            int j = (int) p[2];
            if (matched[i] || taken[j]) {
                continue;
            }
            matched[i] = true;
            taken[j] = true;
            Track tr = tracks.get(i);
            tr.moveTo(blobs.get(j), t);
            if (!tr.confirmed && tr.hits >= CONFIRM_HITS && !tr.atEdge()) {
                tr.confirmed = true;
                confirmed.add(tr);
            }
            moved.add(tr);
        }
        for (Iterator<Track> it = tracks.iterator(); it.hasNext(); ) {
            Track tr = it.next();
            if (t - tr.lastSeen > lostAfter) {
                it.remove();
                if (tr.confirmed) {
                    ended.add(tr);
                }
            }
        }
        for (int j = 0; j < blobs.size(); j++) {
            if (!taken[j]) {
                tracks.add(new Track(nextId++, blobs.get(j), t));
            }
        }
        return new Step(moved, confirmed, ended);
    }

    /** Ends every track (the stream ended). */
    public List<Track> endAll() {
        List<Track> ended = new ArrayList<>();
        for (Track tr : tracks) {
            if (tr.confirmed) {
                ended.add(tr);
            }
        }
        tracks.clear();
        return ended;
    }
}
