package vn.smartcity.ioc.web.console.analytics;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.smartcity.ioc.analytics.application.ServiceKpis;
import vn.smartcity.ioc.analytics.domain.IncidentKpis;
import vn.smartcity.ioc.shared.application.Refused;
import vn.smartcity.ioc.web.shared.Messages;

/**
 * /console/analytics/services.xhtml?from=&to=: camera alerts per rule (false-positive rate), violations per kind,
 * articles per topic by sentiment, security alerts per level, for the province. Handlers (who may open the
 * analytics pages for their departments) are told these figures are not theirs.
 */
@Named
@RequestScoped
public class ServicesBacking {

    @Inject
    ServiceKpis kpis;

    private String from;
    private String to;
    private LocalDate start;
    private LocalDate end;
    private ServiceKpis.Figures figures;
    private boolean loaded;

    public void load() {
        getFigures();
    }

    public ServiceKpis.Figures getFigures() {
        if (!loaded) {
            loaded = true;
            try {
                LocalDate today = LocalDate.now(IncidentKpis.VIETNAM);
                end = to == null || to.isBlank() ? today.plusDays(1) : LocalDate.parse(to.strip());
                start = from == null || from.isBlank() ? end.minusDays(30) : LocalDate.parse(from.strip());
                figures = kpis.period(start, end);
            } catch (DateTimeParseException e) {
                Messages.refused("analytics.refused", new vn.smartcity.ioc.shared.domain.Invalid("analytics.badDate", e.getParsedString()));
            } catch (Refused e) {
                Messages.refused("analytics.refused", e);
            } catch (EJBAccessException e) {
                Messages.error("analytics.refused", Messages.text("services.provinceOnly"));
            }
        }
        return figures;
    }

    public String getFrom() { return start != null ? start.toString() : from == null ? "" : from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return end != null ? end.toString() : to == null ? "" : to; }
    public void setTo(String to) { this.to = to; }
}
