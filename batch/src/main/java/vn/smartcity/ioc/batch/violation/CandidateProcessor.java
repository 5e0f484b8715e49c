package vn.smartcity.ioc.batch.violation;

import java.time.Duration;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.smartcity.ioc.violation.application.ViolationProcessing;
import vn.smartcity.ioc.violation.domain.FineRuleBook;

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

    /** The fine schedules, read at the partition's first candidate (a schedule added meanwhile fines the next run). */
    private FineRuleBook rules;

    @Override
    public Object processItem(Object item) throws Exception {
        long minutes = duplicateWindowMinutes == null || duplicateWindowMinutes.isBlank() ? 5
                : Long.parseLong(duplicateWindowMinutes.strip());
        if (rules == null) {
            rules = processing.ruleBook();
        }
        return processing.process((Long) item, job.getExecutionId(), Duration.ofMinutes(minutes), rules);
    }
}
