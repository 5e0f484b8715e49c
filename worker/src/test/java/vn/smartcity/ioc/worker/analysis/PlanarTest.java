package vn.smartcity.ioc.worker.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class PlanarTest {

    @Test
    void crossingFractionAndSegmentEnds() {
        double[] a = {0.2, 0.5};
        double[] b = {0.6, 0.5};
        assertEquals(0.25, Planar.crossing(a, b, 0.4, 0.6, 0.4, 0.2), 1e-9);
        assertEquals(-1, Planar.crossing(a, b, 0.7, 0.6, 0.7, 0.2), "beyond the segment's end");
        assertEquals(-1, Planar.crossing(a, b, 0.4, 0.6, 0.4, 0.55), "stays on one side");
        assertEquals(1.0, Planar.crossing(a, b, 0.4, 0.6, 0.4, 0.5), 1e-9, "ends on the line");
        assertTrue(Planar.side(a, b, 0.4, 0.6) > 0, "below a left-to-right line is its right-hand side");
    }

    @Test
    void insidePolygon() {
        List<double[]> square = List.of(new double[][] {{0.1, 0.1}, {0.3, 0.1}, {0.3, 0.3}, {0.1, 0.3}});
        assertTrue(Planar.inside(square, 0.2, 0.2));
        assertFalse(Planar.inside(square, 0.35, 0.2));
        List<double[]> ell = List.of(new double[][] {{0, 0}, {1, 0}, {1, 0.2}, {0.2, 0.2}, {0.2, 1}, {0, 1}});
        assertTrue(Planar.inside(ell, 0.1, 0.9));
        assertFalse(Planar.inside(ell, 0.5, 0.5));
    }
}
