package vn.smartcity.ioc.batch.violation;

import java.util.List;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.smartcity.ioc.violation.application.ViolationProcessing;

/**
 * The chunk's end: the processor already stored each violation (so that duplicates within the chunk are seen);
 * the writer flushes them with the candidates' new status, in the chunk's transaction.
 */
@Named
@Dependent
public class ViolationWriter extends AbstractItemWriter {

    @Inject
    ViolationProcessing processing;

    @Override
    public void writeItems(List<Object> items) {
        processing.flush();
    }
}
