package vn.smartcity.ioc.web.console.incidents;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import vn.smartcity.ioc.incident.application.IncidentFilter;
import vn.smartcity.ioc.incident.application.IncidentQueue;
import vn.smartcity.ioc.incident.application.IncidentSummary;
import vn.smartcity.ioc.incident.domain.IncidentState;

/** /console/incidents/index.xhtml: the incident queue, paged and sorted in the database. */
@Named
@ViewScoped
public class IncidentQueueBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IncidentQueue queue;

    private IncidentState state;
    private String departmentCode;
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
        return new IncidentFilter(state, null, null, blankToNull(departmentCode), overdueOnly, openOnly);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

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
