package vn.smartcity.ioc.report.application;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import vn.smartcity.ioc.shared.application.TtlCache;

import vn.smartcity.ioc.report.domain.ReportCategoryRepository;
import vn.smartcity.ioc.report.domain.ServiceAttribute;
import vn.smartcity.ioc.report.domain.ServiceDefinition;

/** The report categories, public and read only. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ReportCategories {

    /**
     * The active categories, shared by every page of the portal on this node for up to a minute; an
     * administrator's change clears it at once on the node where it is made ({@link CategoryAdministration}).
     */
    static final TtlCache<String, List<CategoryView>> ACTIVE = new TtlCache<>(2, Duration.ofMinutes(1));

    /** Every category's questions, read at most once a minute per node. */
    static final TtlCache<String, Map<String, List<ServiceAttribute>>> QUESTIONS = new TtlCache<>(1, Duration.ofMinutes(1));

    @Inject
    ReportCategoryRepository categories;

    /** Categories citizens can report in now. */
    public List<CategoryView> active() {
        return ACTIVE.get("active", () -> categories.active().stream().map(CategoryView::of).toList());
    }

    /** A category's questions (Open311 service definition); empty for a category without any. */
    public ServiceDefinition definition(String categoryCode) {
        Map<String, List<ServiceAttribute>> all = QUESTIONS.get("all", () -> categories.attributes().stream()
                .collect(Collectors.groupingBy(ServiceAttribute::getCategoryCode)));
        return new ServiceDefinition(categoryCode, all.getOrDefault(categoryCode, List.of()));
    }

    /** All categories, including retired ones (console). */
    public List<CategoryView> all() {
        return all(categories);
    }

    /**
     * All categories from the node's list; for the beans of this package that need a category's names in the
     * middle of their own work, without a call through this bean's interceptors (ReportProgress.of).
     */
    static List<CategoryView> all(ReportCategoryRepository categories) {
        return ACTIVE.get("all", () -> categories.all().stream().map(CategoryView::of).toList());
    }
}
