package vn.smartcity.ioc.web.console.violations;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.smartcity.ioc.identity.domain.Roles;
import vn.smartcity.ioc.violation.application.FineSchedules;
import vn.smartcity.ioc.web.shared.Messages;

/**
 * /console/violations/fines.xhtml: the fine schedules with their rules (traffic officers, supervisors,
 * administrators) and, for administrators, a new schedule when a decree changes (FineSchedules).
 */
@Named("fines")
@RequestScoped
public class FinesBacking {

    @Inject
    FineSchedules schedules;

    private String decree;
    private String title;
    private String effectiveFrom;
    private String rules;
    private List<FineSchedules.ScheduleView> all;

    public void add() {
        LocalDate from;
        try {
            from = LocalDate.parse(effectiveFrom == null ? "" : effectiveFrom.strip());
        } catch (DateTimeParseException e) {
            Messages.error("fines.refused", "yyyy-mm-dd: " + effectiveFrom);
            return;
        }
        try {
            schedules.add(decree, title, from, rules);
            Messages.info("fines.added", decree.strip() + " · " + from);
            decree = null;
            title = null;
            effectiveFrom = null;
            rules = null;
            all = null;
        } catch (FineSchedules.ScheduleRefused | EJBAccessException e) {
            Messages.refused("fines.refused", e);
        }
    }

    public boolean isAdmin() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.ADMIN);
    }

    public List<FineSchedules.ScheduleView> getSchedules() {
        if (all == null) {
            all = schedules.schedules();
        }
        return all;
    }

    public String getRules() {
        if (rules == null) {
            rules = schedules.latestRulesAsLines();
        }
        return rules;
    }

    public void setRules(String rules) { this.rules = rules; }
    public String getDecree() { return decree; }
    public void setDecree(String decree) { this.decree = decree; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getEffectiveFrom() { return effectiveFrom; }
    public void setEffectiveFrom(String effectiveFrom) { this.effectiveFrom = effectiveFrom; }
}
