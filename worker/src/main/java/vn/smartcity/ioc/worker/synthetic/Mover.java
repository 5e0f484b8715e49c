package vn.smartcity.ioc.worker.synthetic;

import java.util.List;

/**
 * Something that moves through a synthetic scene along a known path: waypoints {@code [t, x, y]} (seconds,
 * normalised centre), straight lines between them; before the first and after the last it is not in the
 * picture.
 *
 * @param speedKmh its true speed on the road (vehicles), or null
 * @param bgr      its colour
 */
public record Mover(String name, String label, double w, double h, int[] bgr, List<double[]> path, Double speedKmh) {

    public double start() {
        return path.get(0)[0];
    }

    public double end() {
        return path.get(path.size() - 1)[0];
    }

    /** Its centre at time t, or null when it is not in the scene. */
    public double[] at(double t) {
        if (t < start() || t > end()) {
            return null;
        }
        for (int i = 1; i < path.size(); i++) {
            double[] a = path.get(i - 1);
            double[] b = path.get(i);
            if (t <= b[0]) {
                double u = b[0] == a[0] ? 0 : (t - a[0]) / (b[0] - a[0]);
                return new double[] {a[1] + u * (b[1] - a[1]), a[2] + u * (b[2] - a[2])};
            }
        }
        double[] last = path.get(path.size() - 1);
        return new double[] {last[1], last[2]};
    }
}
