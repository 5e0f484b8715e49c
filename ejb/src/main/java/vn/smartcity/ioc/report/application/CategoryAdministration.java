package vn.smartcity.ioc.report.application;

import java.time.Clock;
import java.time.Instant;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

import vn.smartcity.ioc.city.domain.CityRepository;
import vn.smartcity.ioc.city.domain.Department;
import vn.smartcity.ioc.identity.domain.Roles;
import vn.smartcity.ioc.report.application.ReferenceDataException.Reason;
import vn.smartcity.ioc.report.domain.ReportCategory;
import vn.smartcity.ioc.report.domain.ReportCategoryRepository;

/**
 * Administrators change a report category's responsible department, SLA and status. A change based on
 * an outdated version is refused with who changed it and when, never silently overwritten.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class CategoryAdministration {

    @jakarta.inject.Inject
    jakarta.enterprise.event.Event<vn.smartcity.ioc.audit.domain.AdminChange> adminChanges;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    ReportCategoryRepository categories;

    @Inject
    CityRepository city;

    @Resource
    SessionContext caller;

    public CategorySettings settings(String code) {
        return CategorySettings.of(find(code));
    }

    public CategorySettings change(String code, int basedOnVersion, String departmentCode, int slaHours, boolean active) {
        ReportCategory category = find(code);
        if (category.getVersion() != basedOnVersion) {
            throw new ReferenceDataException(Reason.CHANGED_MEANWHILE, "report.categoryChanged", code,
                    category.getUpdatedBy(), category.getUpdatedAt());
        }
        Department department = city.departmentByCode(departmentCode).orElseThrow(() ->
                new ReferenceDataException(Reason.INVALID, "report.noDepartment", departmentCode));
        try {
            category.changeSettings(department, slaHours, active, caller.getCallerPrincipal().getName(),
                    Instant.now(Clock.systemUTC()));
        } catch (IllegalArgumentException e) {
            throw new ReferenceDataException(Reason.INVALID, e);
        }
        adminChanges.fire(new vn.smartcity.ioc.audit.domain.AdminChange(caller.getCallerPrincipal().getName(),
                "report-category", code, "change"));
        CacheClearing.nowAndAfterCommit(transactions, ReportCategories.ACTIVE);
        return CategorySettings.of(category);
    }

    /**
     * Sends the category in one ward or commune to another department ({@code departmentCode}), or back to the
     * category's own department (null or blank).
     */
    public CategorySettings routeWard(String code, int basedOnVersion, String wardCode, String departmentCode) {
        ReportCategory category = find(code);
        if (category.getVersion() != basedOnVersion) {
            throw new ReferenceDataException(Reason.CHANGED_MEANWHILE, "report.categoryChanged", code,
                    category.getUpdatedBy(), category.getUpdatedAt());
        }
        if (wardCode == null || city.wardByCode(wardCode).isEmpty()) {
            throw new ReferenceDataException(Reason.INVALID, "report.unknownWard", wardCode);
        }
        Department department = departmentCode == null || departmentCode.isBlank() ? null
                : city.departmentByCode(departmentCode).orElseThrow(() ->
                        new ReferenceDataException(Reason.INVALID, "report.noDepartment", departmentCode));
        String who = caller.getCallerPrincipal().getName();
        category.routeWard(wardCode, department, who, Instant.now(Clock.systemUTC()));
        adminChanges.fire(new vn.smartcity.ioc.audit.domain.AdminChange(who, "report-category", code,
                "route " + wardCode + " -> " + (department == null ? "default" : department.getCode())));
        return CategorySettings.of(category);
    }

    private ReportCategory find(String code) {
        return categories.byCode(code).orElseThrow(() ->
                new ReferenceDataException(Reason.NOT_FOUND, "report.noCategory", code));
    }
}
