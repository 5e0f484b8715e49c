package vn.smartcity.ioc.dossier.domain;

/** Where a dossier is, decided by its timeline. */
public enum DossierState {
    /** Received, being handled: the clock runs. */
    IN_PROGRESS,
    /** Waiting for the citizen (documents, a payment) or suspended: the clock is stopped. */
    PAUSED,
    /** The result is ready; not yet handed over. */
    RESULT_READY,
    /** The result was handed to the citizen. */
    RETURNED,
    /** Refused, with the reason. */
    REFUSED,
    /** Withdrawn by the citizen. */
    WITHDRAWN;

    /** Whether the handling is over (its timing is decided, or it is not timed). */
    public boolean finished() {
        return this != IN_PROGRESS && this != PAUSED;
    }
}
