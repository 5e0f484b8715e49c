package vn.smartcity.ioc.report.infrastructure;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.smartcity.ioc.report.domain.ReportCategory;
import vn.smartcity.ioc.report.domain.ReportCategoryRepository;
import vn.smartcity.ioc.report.domain.ServiceAttribute;

@ApplicationScoped
public class JpaReportCategoryRepository implements ReportCategoryRepository {

    @PersistenceContext(unitName = "ioc")
    private EntityManager em;

    @Override
    public List<ReportCategory> all() {
        return em.createNamedQuery("ReportCategory.findAll", ReportCategory.class).getResultList();
    }

    @Override
    public Optional<ReportCategory> byCode(String code) {
        return em.createNamedQuery("ReportCategory.findByCode", ReportCategory.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    @Override
    public List<ReportCategory> active() {
        return em.createNamedQuery("ReportCategory.findActive", ReportCategory.class).getResultList();
    }

    @Override
    public List<ServiceAttribute> attributes() {
        return em.createNamedQuery("ServiceAttribute.all", ServiceAttribute.class).getResultList();
    }

    @Override
    public Optional<ServiceAttribute> attribute(long id) {
        return Optional.ofNullable(em.find(ServiceAttribute.class, id));
    }

    @Override
    public void add(ServiceAttribute attribute) {
        em.persist(attribute);
    }

    @Override
    public void remove(ServiceAttribute attribute) {
        em.remove(attribute);
    }
}
