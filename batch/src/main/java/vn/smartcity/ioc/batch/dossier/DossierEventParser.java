package vn.smartcity.ioc.batch.dossier;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import vn.smartcity.ioc.dossier.infrastructure.DossierEventFormat;

/** A line read as an event of the feed; a line that is not one throws Invalid, which the job skips with its reason. */
@Named
@Dependent
public class DossierEventParser implements ItemProcessor {

    @Override
    public Object processItem(Object item) {
        RawEvent raw = (RawEvent) item;
        return raw.json() != null ? DossierEventFormat.fromJson(raw.json(), raw.line())
                : DossierEventFormat.fromCsv(raw.csv(), raw.line());
    }
}
