package vn.smartcity.ioc.web.console.dossiers;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.smartcity.ioc.dossier.application.DossierKpiRow;
import vn.smartcity.ioc.dossier.application.DossierMonitor;
import vn.smartcity.ioc.dossier.domain.WorkingCalendar;
import vn.smartcity.ioc.shared.application.Refused;
import vn.smartcity.ioc.shared.domain.Invalid;
import vn.smartcity.ioc.web.shared.LanguageBacking;
import vn.smartcity.ioc.web.shared.Messages;
import vn.smartcity.ioc.web.shared.ReferenceListsBacking;

/**
 * /console/dossiers/index.xhtml: the dossiers of a period per department or procedure (received; in progress,
 * paused, due within 2 working days, overdue now; early, on time, late; on-time rate; average and p90 working days),
 * and one dossier's timeline by its code. A GET form: the address can be bookmarked. Scoped by DossierMonitor.
 */
@Named
@RequestScoped
public class DossiersBacking {

    @Inject
    DossierMonitor monitor;

    @Inject
    ReferenceListsBacking lists;

    @Inject
    LanguageBacking language;

    private String from;
    private String to;
    private String by;
    private String code;
    private LocalDate start;
    private LocalDate end;
    private DossierMonitor.By dimension = DossierMonitor.By.DEPARTMENT;
    private List<DossierKpiRow> rows;
    private Optional<DossierMonitor.DossierView> dossier;

    public void load() {
        getRows();
        getDossier();
    }

    public List<DossierKpiRow> getRows() {
        if (rows == null) {
            try {
                LocalDate today = LocalDate.now(WorkingCalendar.VIETNAM);
                end = date(to, today.plusDays(1));
                start = date(from, end.minusDays(30));
                dimension = by == null || by.isBlank() ? DossierMonitor.By.DEPARTMENT
                        : DossierMonitor.By.valueOf(by.strip().toUpperCase(Locale.ROOT));
                rows = monitor.kpis(start, end, dimension);
            } catch (IllegalArgumentException | Refused e) {
                Messages.refused("dossiers.refused", e);
                rows = List.of();
            }
        }
        return rows;
    }

    public DossierMonitor.DossierView getDossier() {
        if (dossier == null) {
            dossier = code == null || code.isBlank() ? Optional.empty() : monitor.dossier(code);
            if (dossier.isEmpty() && code != null && !code.isBlank()) {
                Messages.error("dossiers.notFound", code.strip());
            }
        }
        return dossier.orElse(null);
    }

    public String label(String key) {
        if ("*".equals(key)) {
            return Messages.text(monitor.province() ? "analytics.total.province" : "analytics.total.departments");
        }
        if (dimension == DossierMonitor.By.DEPARTMENT) {
            return lists.getDepartments().stream().filter(d -> d.code().equals(key)).findFirst()
                    .map(d -> "en".equals(language.getCode()) ? d.nameEn() : d.nameVi()).orElse(key);
        }
        return key;
    }

    public boolean province() {
        return monitor.province();
    }

    private static LocalDate date(String value, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new Invalid("analytics.badDate", value);
        }
    }

    public List<String> getDimensions() {
        return List.of("department", "procedure");
    }

    public String getFrom() { return start != null ? start.toString() : from == null ? "" : from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return end != null ? end.toString() : to == null ? "" : to; }
    public void setTo(String to) { this.to = to; }
    public String getBy() { return dimension.name().toLowerCase(Locale.ROOT); }
    public void setBy(String by) { this.by = by; }
    public String getCode() { return code == null ? "" : code; }
    public void setCode(String code) { this.code = code; }
}
