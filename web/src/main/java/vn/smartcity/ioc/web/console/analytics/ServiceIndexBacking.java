package vn.smartcity.ioc.web.console.analytics;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.smartcity.ioc.analytics.application.ServiceIndexReport;
import vn.smartcity.ioc.analytics.application.ServiceIndexRow;
import vn.smartcity.ioc.analytics.domain.IncidentKpis;
import vn.smartcity.ioc.analytics.domain.ServiceIndex;
import vn.smartcity.ioc.web.shared.LanguageBacking;
import vn.smartcity.ioc.web.shared.Messages;
import vn.smartcity.ioc.web.shared.ReferenceListsBacking;

/** /console/analytics/service-index.xhtml?month=2026-11: the QĐ 766 indicators of a month per department. */
@Named
@RequestScoped
public class ServiceIndexBacking {

    @Inject
    ServiceIndexReport report;

    @Inject
    ReferenceListsBacking lists;

    @Inject
    LanguageBacking language;

    private String month;
    private YearMonth shown;
    private List<ServiceIndexRow> rows;

    public void load() {
        getRows();
    }

    public List<ServiceIndexRow> getRows() {
        if (rows == null) {
            try {
                shown = month == null || month.isBlank() ? YearMonth.now(IncidentKpis.VIETNAM) : YearMonth.parse(month.strip());
                rows = report.month(shown);
            } catch (DateTimeParseException e) {
                Messages.error("analytics.refused", Messages.text("serviceIndex.month") + ": " + month);
                rows = List.of();
            }
        }
        return rows;
    }

    public ServiceIndex getIndex() {
        return report.index();
    }

    public List<String> getKeys() {
        return ServiceIndex.KEYS;
    }

    public String label(String department) {
        if ("*".equals(department)) {
            return Messages.text("analytics.total.province");
        }
        return lists.getDepartments().stream().filter(d -> d.code().equals(department)).findFirst()
                .map(d -> "en".equals(language.getCode()) ? d.nameEn() : d.nameVi()).orElse(department);
    }

    public String getMonth() { return shown != null ? shown.toString() : month == null ? "" : month; }
    public void setMonth(String month) { this.month = month; }
}
