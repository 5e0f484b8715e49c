package vn.smartcity.ioc.violation.application;

import vn.smartcity.ioc.shared.domain.Text;

/**
 * A candidate that cannot become a violation as it is (no or tampered evidence, unreadable plate): the batch job
 * skips it and records the reason (a skippable exception of the violation-processing job). One without a readable
 * plate is not lost: it waits for a traffic officer to read the plate from the image ({@link PlateReview}).
 */
public class CandidateRejected extends Exception implements Text.Explained {

    private final long candidateId;
    private final Text reason;
    private final boolean plateReview;

    public CandidateRejected(long candidateId, Text reason) {
        this(candidateId, reason, false);
    }

    private CandidateRejected(long candidateId, Text reason, boolean plateReview) {
        super(reason.english());
        this.candidateId = candidateId;
        this.reason = reason;
        this.plateReview = plateReview;
    }

    /** No plate, or none in the Vietnamese format: a traffic officer reads it from the evidence image. */
    public static CandidateRejected plateUnreadable(long candidateId, Text reason) {
        return new CandidateRejected(candidateId, reason, true);
    }

    public long candidateId() {
        return candidateId;
    }

    @Override
    public Text explanation() {
        return reason;
    }

    /** The reason as it is recorded with the skip ({@link Text#stored()}): each reader sees it in their language. */
    public String storedReason() {
        return reason.stored();
    }

    /** Whether the candidate waits for an officer to read its plate (PLATE_REVIEW) rather than being skipped. */
    public boolean plateReview() {
        return plateReview;
    }
}
