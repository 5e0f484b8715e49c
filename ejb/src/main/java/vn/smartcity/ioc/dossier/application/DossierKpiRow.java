package vn.smartcity.ioc.dossier.application;

import java.io.Serializable;

/**
 * The figures of one department or procedure (or, key "*", of all the rows): dossiers received in the period; in
 * progress, paused, due within 2 working days and overdue now; finished in the period early, on time or late;
 * refused and withdrawn in the period (not timed); the on-time rate (early + on time over the timed finished ones);
 * the average and 90th percentile of the working time they took, in working days.
 */
public record DossierKpiRow(String key, String name, long received, long inProgress, long paused, long dueSoon,
                            long overdue, long early, long onTime, long late, long refused, long withdrawn,
                            Double onTimeRate, Double averageDays, Double p90Days) implements Serializable {

    public long getFinished() {
        return early + onTime + late;
    }

    /** The on-time rate as a percentage with one decimal, or "" when nothing finished. */
    public String getOnTimePercent() {
        return onTimeRate == null ? "" : String.format(java.util.Locale.ROOT, "%.1f", onTimeRate * 100);
    }

    public String getAverage() {
        return averageDays == null ? "" : String.format(java.util.Locale.ROOT, "%.1f", averageDays);
    }

    public String getP90() {
        return p90Days == null ? "" : String.format(java.util.Locale.ROOT, "%.1f", p90Days);
    }
}
