package vn.smartcity.ioc.worker.analysis;

import java.util.List;

/** Plane geometry on normalised image coordinates (x right, y down). */
public final class Planar {

    private Planar() {
    }

    /** Which side of the line from a to b the point p lies: > 0 on the right seen on screen, < 0 on the left. */
    public static double side(double[] a, double[] b, double px, double py) {
        return (b[0] - a[0]) * (py - a[1]) - (b[1] - a[1]) * (px - a[0]);
    }

    /**
     * Where the movement from (x0,y0) to (x1,y1) crosses the segment a–b, as the fraction 0–1 of the movement,
     * or -1 when it does not cross it.
     */
    public static double crossing(double[] a, double[] b, double x0, double y0, double x1, double y1) {
        double s0 = side(a, b, x0, y0);
        double s1 = side(a, b, x1, y1);
        if (s0 == 0 && s1 == 0 || Math.signum(s0) == Math.signum(s1) && s0 != 0) {
            return -1;
        }
        double u = s0 / (s0 - s1);
        // the crossing point must lie within the segment a-b
        double cx = x0 + u * (x1 - x0);
        double cy = y0 + u * (y1 - y0);
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double along = ((cx - a[0]) * dx + (cy - a[1]) * dy) / (dx * dx + dy * dy);
        return along < 0 || along > 1 ? -1 : u;
    }

    /** Even-odd rule. */
    public static boolean inside(List<double[]> polygon, double x, double y) {
        boolean in = false;
        for (int i = 0, j = polygon.size() - 1; i < polygon.size(); j = i++) {
            double[] pi = polygon.get(i);
            double[] pj = polygon.get(j);
            if ((pi[1] > y) != (pj[1] > y) && x < (pj[0] - pi[0]) * (y - pi[1]) / (pj[1] - pi[1]) + pi[0]) {
                in = !in;
            }
        }
        return in;
    }
}
