package vn.smartcity.ioc.batch.violation;

import java.time.Duration;
import java.util.List;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.smartcity.ioc.violation.application.CheckedCandidate;
import vn.smartcity.ioc.violation.application.ViolationProcessing;
import vn.smartcity.ioc.violation.domain.FineRuleBook;

/**
 * The chunk's checked candidates, together: duplicates dropped, owners and fines looked up, violations written
 * and candidates marked, in the chunk's transaction (ViolationProcessing.establish).
 */
@Named
@Dependent
public class ViolationWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    String duplicateWindowMinutes;

    @Inject
    JobContext job;

    @Inject
    ViolationProcessing processing;

    /** The fine schedules, read at the partition's first chunk (a schedule added meanwhile fines the next run). */
    private FineRuleBook rules;

    @Override
    public void writeItems(List<Object> items) {
        long minutes = duplicateWindowMinutes == null || duplicateWindowMinutes.isBlank() ? 5
                : Long.parseLong(duplicateWindowMinutes.strip());
        if (rules == null) {
            rules = processing.ruleBook();
        }
        processing.establish(items.stream().map(CheckedCandidate.class::cast).toList(), job.getExecutionId(),
                Duration.ofMinutes(minutes), rules);
    }
}
