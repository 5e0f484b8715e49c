package vn.smartcity.ioc.dossier.domain;

/**
 * How a finished dossier kept its time limit. Early: the result was ready on a day before the due day. On time:
 * on the due day, no later than the due time. Late: after the due time. The on-time rate counts early and on time
 * over all timed finished dossiers (refused and withdrawn ones are not timed).
 */
public enum OnTime {
    EARLY, ON_TIME, LATE;

    public boolean kept() {
        return this != LATE;
    }
}
