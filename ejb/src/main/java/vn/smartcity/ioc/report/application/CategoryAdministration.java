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
            throw new ReferenceDataException(Reason.CHANGED_MEANWHILE, "Category " + code + " was changed by "
                    + category.getUpdatedBy() + " at " + category.getUpdatedAt() + "; reload it before changing it.");
        }
        Department department = city.departmentByCode(departmentCode).orElseThrow(() ->
                new ReferenceDataException(Reason.INVALID, "There is no department " + departmentCode));
        try {
            category.changeSettings(department, slaHours, active, caller.getCallerPrincipal().getName(),
                    Instant.now(Clock.systemUTC()));
        } catch (IllegalArgumentException e) {
            throw new ReferenceDataException(Reason.INVALID, e.getMessage());
        }
        adminChanges.fire(new vn.smartcity.ioc.audit.domain.AdminChange(caller.getCallerPrincipal().getName(),
                "report-category", code, "change"));
        CacheClearing.nowAndAfterCommit(transactions, ReportCategories.ACTIVE);
        return CategorySettings.of(category);
    }

    private ReportCategory find(String code) {
        return categories.byCode(code).orElseThrow(() ->
                new ReferenceDataException(Reason.NOT_FOUND, "There is no report category " + code));
    }
}
