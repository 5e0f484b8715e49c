package vn.smartcity.ioc.batch.dossier;

import java.util.List;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.smartcity.ioc.dossier.application.DossierEventLine;
import vn.smartcity.ioc.dossier.application.DossierImports;

/**
 * A chunk's events into the timelines, in the chunk's transaction: already stored ones (the same event id) change
 * nothing; one that its timeline cannot take (a result before the reception, an unknown procedure) is recorded
 * with its reason and the others are stored.
 */
@Named
@Dependent
public class DossierEventWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @Inject
    DossierImports imports;

    @Override
    public void writeItems(List<Object> items) {
        imports.write(items.stream().map(DossierEventLine.class::cast).toList(), job.getExecutionId());
    }
}
