package vn.smartcity.ioc.batch.violation;

import java.time.Duration;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.smartcity.ioc.violation.application.ViolationProcessing;

/** One candidate → a violation or a duplicate; a bad candidate throws CandidateRejected (skipped). */
@Named
@Dependent
public class CandidateProcessor implements ItemProcessor {

    @Inject
    @BatchProperty
    String duplicateWindowMinutes;

    @Inject
    JobContext job;

    @Inject
    ViolationProcessing processing;

    @Override
    public Object processItem(Object item) throws Exception {
        long minutes = duplicateWindowMinutes == null || duplicateWindowMinutes.isBlank() ? 5
                : Long.parseLong(duplicateWindowMinutes.strip());
        return processing.process((Long) item, job.getExecutionId(), Duration.ofMinutes(minutes));
    }
}
