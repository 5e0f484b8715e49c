package vn.smartcity.ioc.batch.violation;

import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.smartcity.ioc.violation.application.CandidateRejected;
import vn.smartcity.ioc.violation.application.ViolationProcessing;
import vn.smartcity.ioc.violation.domain.PendingCandidate;

/**
 * Keeps every skipped candidate with its reason (shown on the console) and marks it SKIPPED, or PLATE_REVIEW when
 * an officer must read its plate.
 */
@Named
@Dependent
public class SkipRecorder implements SkipProcessListener {

    @Inject
    JobContext job;

    @Inject
    ViolationProcessing processing;

    @Override
    public void onSkipProcessItem(Object item, Exception e) {
        long id = e instanceof CandidateRejected rejected ? rejected.candidateId() : ((PendingCandidate) item).id();
        String reason = e instanceof CandidateRejected rejected ? rejected.storedReason()
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        processing.skipped(id, job.getExecutionId(), reason, e instanceof CandidateRejected rejected && rejected.plateReview());
    }
}
