package vn.smartcity.ioc.batch.referencedata;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.smartcity.ioc.city.application.CityDirectory;
import vn.smartcity.ioc.report.application.ReportCategories;

/**
 * Reads wards, departments and report categories, in that order. The checkpoint is the position in
 * that list, so a restarted execution continues where the last committed chunk ended.
 */
@Named
@Dependent
public class ReferenceDataReader extends AbstractItemReader {

    @Inject
    CityDirectory city;

    @Inject
    ReportCategories categories;

    private List<ReferenceDataLine> lines;
    private int position;

    @Override
    public void open(Serializable checkpoint) {
        lines = new ArrayList<>();
        city.wards().forEach(w -> lines.add(new ReferenceDataLine("ward", w.code(), w.name(), w.name(), w.kind().name(), null)));
        city.departments().forEach(d -> lines.add(new ReferenceDataLine("department", d.code(), d.nameVi(), d.nameEn(), null, null)));
        categories.all().forEach(c -> lines.add(new ReferenceDataLine("category", c.code(), c.nameVi(), c.nameEn(),
                c.departmentCode(), c.slaHours())));
        position = checkpoint == null ? 0 : (Integer) checkpoint;
    }

    @Override
    public Object readItem() {
        return position < lines.size() ? lines.get(position++) : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return position;
    }
}
