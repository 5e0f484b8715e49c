package vn.smartcity.ioc.report.application;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import vn.smartcity.ioc.incident.domain.Incident;
import vn.smartcity.ioc.incident.domain.IncidentState;
import vn.smartcity.ioc.report.domain.CitizenReport;
import vn.smartcity.ioc.report.domain.ReportPhotoRepository;

/**
 * The public face of citizen reports: the portal's list and map, and Open311's GET requests. A report
 * merged into another incident shows that incident's state. One query per page (no N+1).
 */
@Stateless
@PermitAll
public class PublicReports {

    private static final String FROM = """
             from CitizenReport r join Incident i on i.id = r.incidentId left join Incident s on s.id = i.mergedIntoId
            where (:noIds = true or r.id in :ids)
              and (:noCategories = true or r.categoryCode in :categories)
              and (:ward is null or r.wardCode = :ward)
              and (:from is null or r.submittedAt >= :from)
              and (:to is null or r.submittedAt <= :to)
              and (:anyState = true or coalesce(s.state, i.state) in :states)
            """;

    @PersistenceContext(unitName = "ioc")
    EntityManager em;

    @Inject
    ReportPhotoRepository photos;

    public List<PublicReport> find(PublicReportQuery query) {
        TypedQuery<Object[]> q = bind(em.createQuery("select r, i, s" + FROM + " order by r.submittedAt desc, r.id desc",
                Object[].class), query);
        List<Object[]> rows = q.setFirstResult(query.offset()).setMaxResults(query.limit()).getResultList();
        Map<Long, List<Long>> approved = photos.approvedOf(rows.stream().map(r -> ((CitizenReport) r[0]).getId()).toList());
        List<PublicReport> page = new ArrayList<>();
        for (Object[] row : rows) {
            CitizenReport report = (CitizenReport) row[0];
            page.add(view(report, (Incident) row[1], (Incident) row[2], approved.getOrDefault(report.getId(), List.of())));
        }
        return page;
    }

    public long count(PublicReportQuery query) {
        return bind(em.createQuery("select count(r)" + FROM, Long.class), query).getSingleResult();
    }

    public Optional<PublicReport> byId(long id) {
        List<PublicReport> found = find(new PublicReportQuery(List.of(id), null, null, null, null, null, 0, 1));
        return found.stream().findFirst();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> q, PublicReportQuery query) {
        List<IncidentState> states = query.open() == null ? List.of(IncidentState.NEW)
                : Arrays.stream(IncidentState.values()).filter(s -> s.isOpen() == query.open()).toList();
        return q.setParameter("noIds", query.ids().isEmpty())
                .setParameter("ids", query.ids().isEmpty() ? List.of(-1L) : query.ids())
                .setParameter("noCategories", query.categoryCodes().isEmpty())
                .setParameter("categories", query.categoryCodes().isEmpty() ? List.of("-") : query.categoryCodes())
                .setParameter("ward", query.wardCode())
                .setParameter("from", query.from())
                .setParameter("to", query.to())
                .setParameter("anyState", query.open() == null)
                .setParameter("states", states);
    }

    private static PublicReport view(CitizenReport r, Incident own, Incident survivor, List<Long> photoIds) {
        Incident i = survivor != null ? survivor : own;
        boolean looked = own.getState() != IncidentState.NEW && own.getState() != IncidentState.REJECTED;
        String notes = i.getPublicAnswer() != null ? i.getPublicAnswer() : i.getRejectionReason();
        return new PublicReport(r.getId(), r.getCategoryCode(), r.getWardCode(), r.getAddress(), r.getLatitude(),
                r.getLongitude(), r.getMediaUrl(), looked ? r.getDescription() : null, i.getState(), notes, i.getDepartmentCode(),
                r.getSubmittedAt(), i.getLastChangedAt(), i.getDueAt(), photoIds);
    }
}
