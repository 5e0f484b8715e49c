package vn.smartcity.ioc.analytics.application;

import java.io.Serializable;
import java.util.Locale;

/**
 * One department's month on the service index: for each indicator the cases counted and the share that met it
 * (dossiers finished, on time; citizen-report incidents resolved, on time; their ratings, satisfied; dossiers rated,
 * satisfied), the points, and their sum over the indicators that had cases.
 */
public record ServiceIndexRow(String department, long dossiers, long dossiersOnTime, long feedback, long feedbackOnTime,
                              long feedbackRatings, long feedbackSatisfied, long dossierRatings, long dossiersSatisfied,
                              Double[] points, Double total) implements Serializable {

    public static Double share(long of, long met) {
        return of == 0 ? null : (double) met / of;
    }

    /** "18.3" or "–". */
    public String point(int i) {
        return points[i] == null ? "–" : String.format(Locale.ROOT, "%.1f", points[i]);
    }

    public String getTotalText() {
        return total == null ? "–" : String.format(Locale.ROOT, "%.1f", total);
    }
}
