package vn.smartcity.ioc.report.application;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import vn.smartcity.ioc.report.domain.ReportCategoryRepository;

/** The report categories, public and read only. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ReportCategories {

    @Inject
    ReportCategoryRepository categories;

    /** Categories citizens can report in now. */
    public List<CategoryView> active() {
        return categories.active().stream().map(CategoryView::of).toList();
    }

    /** All categories, including retired ones (console). */
    public List<CategoryView> all() {
        return categories.all().stream().map(CategoryView::of).toList();
    }
}
