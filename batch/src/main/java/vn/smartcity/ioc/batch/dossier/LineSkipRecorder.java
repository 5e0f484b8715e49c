package vn.smartcity.ioc.batch.dossier;

import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.smartcity.ioc.dossier.application.DossierImports;
import vn.smartcity.ioc.shared.domain.Text;

/** Keeps each line the job could not read as an event, with the reason (shown on the console). */
@Named
@Dependent
public class LineSkipRecorder implements SkipProcessListener {

    @Inject
    JobContext job;

    @Inject
    DossierImports imports;

    @Override
    public void onSkipProcessItem(Object item, Exception e) {
        Text reason = Text.of(e).orElse(new Text("dossier.import.unreadable", String.valueOf(e.getMessage())));
        imports.skipped(job.getExecutionId(), ((RawEvent) item).line(), reason);
    }
}
