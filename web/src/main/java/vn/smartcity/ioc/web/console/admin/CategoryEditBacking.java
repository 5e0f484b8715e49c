package vn.smartcity.ioc.web.console.admin;

import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;

import vn.smartcity.ioc.city.application.CityDirectory;
import vn.smartcity.ioc.city.application.DepartmentView;
import vn.smartcity.ioc.city.application.WardView;
import vn.smartcity.ioc.report.application.CategoryAdministration;
import vn.smartcity.ioc.report.application.CategorySettings;
import vn.smartcity.ioc.report.application.ReferenceDataException;
import vn.smartcity.ioc.web.shared.Messages;

/**
 * /console/admin/category.xhtml?code=...: an administrator changes the responsible department, SLA hours and
 * status of a report category. The version read with the page goes back with the change, so a change made
 * meanwhile by someone else is reported instead of overwritten.
 */
@Named
@ViewScoped
public class CategoryEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CategoryAdministration administration;

    @Inject
    CityDirectory city;

    private String code;
    private CategorySettings settings;
    private String departmentCode;
    private Integer slaHours;
    private boolean active;
    private String routeWard;
    private String routeDepartment;

    /** f:viewAction: reads the category named by the code parameter. */
    public String load() {
        try {
            show(administration.settings(code));
            return null;
        } catch (ReferenceDataException e) {
            Messages.error("admin.category.notFound", null);
            return "/console/admin/categories?faces-redirect=true";
        }
    }

    public String save() {
        changeAndShow(() -> administration.change(code, settings.version(), departmentCode, slaHours == null ? 0 : slaHours,
                active));
        return null;
    }

    /** Sends the category in the chosen ward to the chosen department (none: back to the category's own). */
    public String route() {
        changeAndShow(() -> {
            administration.routeWard(code, settings.version(), routeWard, routeDepartment);
            return administration.settings(code); // read again: the new version
        });
        return null;
    }

    /** Runs a change and shows the category as it then is, or says why the change was refused. */
    private void changeAndShow(java.util.function.Supplier<CategorySettings> change) {
        try {
            show(change.get());
            Messages.info("admin.category.saved");
        } catch (ReferenceDataException e) {
            Messages.error(switch (e.reason()) {
                case CHANGED_MEANWHILE -> "admin.category.conflict";
                case NOT_FOUND -> "admin.category.notFound";
                case INVALID -> "admin.category.invalid";
            }, Messages.why(e));
        } catch (EJBException e) {
            if (!(e.getCause() instanceof OptimisticLockException)) {
                throw e;
            }
            Messages.error("admin.category.conflict", null);
        }
    }

    public String wardName(String wardCode) {
        return city.ward(wardCode).map(WardView::name).orElse(wardCode);
    }

    public String departmentName(String departmentCode) {
        boolean vi = "vi".equals(jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
        return getDepartments().stream().filter(d -> d.code().equals(departmentCode)).findFirst()
                .map(d -> vi ? d.nameVi() : d.nameEn()).orElse(departmentCode);
    }

    public List<WardView> getWards() {
        return city.wards();
    }

    private void show(CategorySettings current) {
        settings = current;
        departmentCode = current.departmentCode();
        slaHours = current.slaHours();
        active = current.active();
    }

    public List<DepartmentView> getDepartments() {
        return city.departments();
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public CategorySettings getSettings() { return settings; }
    public String getDepartmentCode() { return departmentCode; }
    public void setDepartmentCode(String departmentCode) { this.departmentCode = departmentCode; }
    public Integer getSlaHours() { return slaHours; }
    public void setSlaHours(Integer slaHours) { this.slaHours = slaHours; }
    public String getRouteWard() { return routeWard; }
    public void setRouteWard(String routeWard) { this.routeWard = routeWard; }
    public String getRouteDepartment() { return routeDepartment; }
    public void setRouteDepartment(String routeDepartment) { this.routeDepartment = routeDepartment; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
