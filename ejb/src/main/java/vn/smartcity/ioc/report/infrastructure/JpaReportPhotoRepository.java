package vn.smartcity.ioc.report.infrastructure;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.smartcity.ioc.report.domain.PhotoAccess;
import vn.smartcity.ioc.report.domain.ReportPhoto;
import vn.smartcity.ioc.report.domain.ReportPhotoRepository;

@ApplicationScoped
public class JpaReportPhotoRepository implements ReportPhotoRepository {

    @PersistenceContext(unitName = "ioc")
    private EntityManager em;

    @Override
    public ReportPhoto add(ReportPhoto photo) {
        em.persist(photo);
        return photo;
    }

    @Override
    public Optional<ReportPhoto> byId(long id) {
        return Optional.ofNullable(em.find(ReportPhoto.class, id));
    }

    @Override
    public List<ReportPhoto> ofIncident(long incidentId) {
        return em.createQuery("""
                select p from ReportPhoto p, CitizenReport r where p.reportId = r.id and r.incidentId = :incident
                order by r.id, p.position""", ReportPhoto.class).setParameter("incident", incidentId).getResultList();
    }

    @Override
    public Optional<String> departmentOf(long photoId) {
        return em.createQuery("""
                select i.departmentCode from ReportPhoto p, CitizenReport r, Incident i
                where p.id = :photo and p.reportId = r.id and r.incidentId = i.id""", String.class)
                .setParameter("photo", photoId).getResultStream().findFirst();
    }

    @Override
    public void log(PhotoAccess access) {
        em.persist(access);
    }

    @Override
    public List<PhotoAccess> accesses(long photoId) {
        return em.createQuery("select a from PhotoAccess a where a.photoId = :photo order by a.accessedAt desc, a.id desc",
                PhotoAccess.class).setParameter("photo", photoId).setMaxResults(200).getResultList();
    }

    @Override
    public Map<Long, List<Long>> approvedOf(Collection<Long> reportIds) {
        Map<Long, List<Long>> photos = new LinkedHashMap<>();
        if (reportIds.isEmpty()) {
            return photos;
        }
        for (Object[] row : em.createQuery("""
                select p.reportId, p.id from ReportPhoto p where p.reportId in :reports and p.approved = true
                order by p.reportId, p.position""", Object[].class).setParameter("reports", reportIds).getResultList()) {
            photos.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((Long) row[1]);
        }
        return photos;
    }
}
