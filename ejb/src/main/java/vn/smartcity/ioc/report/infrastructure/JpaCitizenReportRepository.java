package vn.smartcity.ioc.report.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.smartcity.ioc.report.domain.CitizenReport;
import vn.smartcity.ioc.report.domain.CitizenReportRepository;
import vn.smartcity.ioc.report.domain.TrackedReport;

@ApplicationScoped
public class JpaCitizenReportRepository implements CitizenReportRepository {

    @PersistenceContext(unitName = "ioc")
    private EntityManager em;

    @Override
    public CitizenReport add(CitizenReport report) {
        em.persist(report);
        return report;
    }

    @Override
    public Optional<CitizenReport> byTrackingCode(String code) {
        return em.createQuery("select r from CitizenReport r where r.trackingCode = :code", CitizenReport.class)
                .setParameter("code", code).getResultList().stream().findFirst(); // unique; a list is cheaper than a scroll
    }

    @Override
    public Optional<TrackedReport> trackedByCode(String code) {
        // a projection: no entity, no persistence context, none of the citizen's contact columns
        return em.createQuery("""
                        select new vn.smartcity.ioc.report.domain.TrackedReport(r.id, r.trackingCode, r.incidentId,
                            r.categoryCode, r.description, r.wardCode, r.address, r.latitude, r.longitude, r.submittedAt,
                            r.rating, r.ratingComment)
                        from CitizenReport r where r.trackingCode = :code and r.incidentId is not null""", TrackedReport.class)
                .setParameter("code", code).getResultList().stream().findFirst();
    }

    @Override
    public List<CitizenReport> feeding(long incidentId) {
        return em.createQuery("select r from CitizenReport r where r.incidentId = :incident order by r.submittedAt, r.id",
                CitizenReport.class).setParameter("incident", incidentId).getResultList();
    }

    @Override
    public List<CitizenReport> following(long incidentId) {
        return em.createQuery("""
                select r from CitizenReport r where r.incidentId = :incident
                   or r.incidentId in (select i.id from Incident i where i.mergedIntoId = :incident)
                order by r.id""", CitizenReport.class).setParameter("incident", incidentId).getResultList();
    }

    @Override
    public long countFromClient(String clientHash, Instant since) {
        return em.createQuery("select count(r) from CitizenReport r where r.clientHash = :client and r.submittedAt >= :since",
                Long.class).setParameter("client", clientHash).setParameter("since", since).getSingleResult();
    }

    @Override
    public long countFromContact(String email, String phone, Instant since) {
        long byEmail = email == null ? 0 : em.createQuery(
                "select count(r) from CitizenReport r where r.reporterEmail = :email and r.submittedAt >= :since", Long.class)
                .setParameter("email", email).setParameter("since", since).getSingleResult();
        long byPhone = phone == null ? 0 : em.createQuery(
                "select count(r) from CitizenReport r where r.reporterPhone = :phone and r.submittedAt >= :since", Long.class)
                .setParameter("phone", phone).setParameter("since", since).getSingleResult();
        return Math.max(byEmail, byPhone);
    }
}
