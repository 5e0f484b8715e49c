package vn.smartcity.ioc.web.console.incidents;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import vn.smartcity.ioc.incident.application.BulkAction;
import vn.smartcity.ioc.incident.application.BulkResult;
import vn.smartcity.ioc.incident.application.IncidentFilter;
import vn.smartcity.ioc.incident.application.IncidentWorkflow;
import vn.smartcity.ioc.incident.application.IncidentQueue;
import vn.smartcity.ioc.incident.application.IncidentSummary;
import vn.smartcity.ioc.incident.domain.IncidentState;
import vn.smartcity.ioc.incident.domain.Priority;
import vn.smartcity.ioc.incident.domain.SourceKind;
import vn.smartcity.ioc.web.shared.Messages;

/** /console/incidents/index.xhtml: the incident queue, paged and sorted in the database. */
@Named
@ViewScoped
public class IncidentQueueBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IncidentQueue queue;

    @Inject
    IncidentWorkflow workflow;

    private IncidentState state;
    private String departmentCode;
    private String categoryCode;
    private String wardCode;
    private SourceKind source;
    private Priority bulkPriority = Priority.NORMAL;
    private String bulkDepartment;
    private String bulkReason;
    private boolean overdueOnly;
    private boolean openOnly = true;

    private final LazyDataModel<IncidentSummary> incidents = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, queue.count(filter()));
        }

        @Override
        public List<IncidentSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                          Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            return queue.page(filter(), first, pageSize, sort == null ? "dueAt" : sort.getField(),
                    sort == null || sort.getOrder() != SortOrder.DESCENDING);
        }

        @Override
        public String getRowKey(IncidentSummary row) {
            return Long.toString(row.id());
        }
    };

    private IncidentFilter filter() {
        return new IncidentFilter(state, blankToNull(categoryCode), blankToNull(wardCode), blankToNull(departmentCode),
                overdueOnly, openOnly, source);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public void bulkTriage() { bulk(BulkAction.triage(bulkPriority)); }
    public void bulkAssign() { bulk(BulkAction.assign(blankToNull(bulkDepartment))); }
    public void bulkReject() { bulk(BulkAction.reject(bulkReason)); }

    /** The incidents ticked in the queue (check boxes named "bulk"), each changed on its own. */
    private void bulk(BulkAction action) {
        List<Long> ids = new ArrayList<>();
        String[] ticked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap().get("bulk");
        for (String value : ticked == null ? new String[0] : ticked) {
            for (String id : value.split(",")) {
                try {
                    ids.add(Long.parseLong(id.strip()));
                } catch (NumberFormatException e) {
                    // not an incident number: ignored
                }
            }
        }
        if (ids.isEmpty()) {
            Messages.error("incidents.bulk.none", null);
            return;
        }
        BulkResult result = workflow.bulk(ids, action);
        if (!result.done().isEmpty()) {
            Messages.info("incidents.bulk.done", result.done().size() + ": " + result.done());
        }
        java.util.Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        result.refused().forEach((id, why) -> Messages.error("incidents.bulk.refused", "#" + id + ": " + why.in(locale)));
    }

    public SourceKind[] getSources() { return SourceKind.values(); }
    public Priority[] getPriorities() { return Priority.values(); }
    public String getCategoryCode() { return categoryCode; }
    public void setCategoryCode(String categoryCode) { this.categoryCode = categoryCode; }
    public String getWardCode() { return wardCode; }
    public void setWardCode(String wardCode) { this.wardCode = wardCode; }
    public SourceKind getSource() { return source; }
    public void setSource(SourceKind source) { this.source = source; }
    public Priority getBulkPriority() { return bulkPriority; }
    public void setBulkPriority(Priority bulkPriority) { this.bulkPriority = bulkPriority; }
    public String getBulkDepartment() { return bulkDepartment; }
    public void setBulkDepartment(String bulkDepartment) { this.bulkDepartment = bulkDepartment; }
    public String getBulkReason() { return bulkReason; }
    public void setBulkReason(String bulkReason) { this.bulkReason = bulkReason; }

    public LazyDataModel<IncidentSummary> getIncidents() { return incidents; }
    public IncidentState[] getStates() { return IncidentState.values(); }
    public IncidentState getState() { return state; }
    public void setState(IncidentState state) { this.state = state; }
    public String getDepartmentCode() { return departmentCode; }
    public void setDepartmentCode(String departmentCode) { this.departmentCode = departmentCode; }
    public boolean isOverdueOnly() { return overdueOnly; }
    public void setOverdueOnly(boolean overdueOnly) { this.overdueOnly = overdueOnly; }
    public boolean isOpenOnly() { return openOnly; }
    public void setOpenOnly(boolean openOnly) { this.openOnly = openOnly; }
}
