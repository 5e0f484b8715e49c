package vn.smartcity.ioc.violation.application;

/**
 * A candidate that cannot become a violation (no or tampered evidence, unreadable plate): the batch job skips
 * it and records the reason (a skippable exception of the violation-processing job).
 */
public class CandidateRejected extends Exception {

    private final long candidateId;

    public CandidateRejected(long candidateId, String reason) {
        super(reason);
        this.candidateId = candidateId;
    }

    public long candidateId() {
        return candidateId;
    }
}
