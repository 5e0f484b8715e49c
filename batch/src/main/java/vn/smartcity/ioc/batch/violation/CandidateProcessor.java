package vn.smartcity.ioc.batch.violation;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.smartcity.ioc.violation.application.ViolationProcessing;
import vn.smartcity.ioc.violation.domain.PendingCandidate;

/** One candidate: evidence and plate checked; a bad candidate throws CandidateRejected (skipped with its reason). */
@Named
@Dependent
public class CandidateProcessor implements ItemProcessor {

    @Inject
    ViolationProcessing processing;

    @Override
    public Object processItem(Object item) throws Exception {
        return processing.check((PendingCandidate) item);
    }
}
