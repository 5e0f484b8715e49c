package vn.smartcity.ioc.report.application;

import java.time.Duration;
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
import vn.smartcity.ioc.shared.application.TtlCache;

/**
 * The public face of citizen reports: the portal's list and map, and Open311's GET requests. A report
 * merged into another incident shows that incident's state. One query per page (no N+1).
 */
@Stateless
@PermitAll
public class PublicReports {

    private static final String FROM = """
             from CitizenReport r join Incident i on i.id = r.incidentId left join Incident s on s.id = i.mergedIntoId
            """;

    @PersistenceContext(unitName = "ioc")
    EntityManager em;

    @Inject
    ReportPhotoRepository photos;

    /**
     * Anonymous visitors read the same pages over and over: a page of the public list may be 10 seconds old,
     * its count 30 seconds (per node; a visitor's own report is followed with its tracking code, never here).
     */
    private static final TtlCache<PublicReportQuery, List<PublicReport>> PAGES = new TtlCache<>(2000, Duration.ofSeconds(10));
    private static final TtlCache<PublicReportQuery, Long> COUNTS = new TtlCache<>(2000, Duration.ofSeconds(30));

    /** A page of the public list, as fresh as the cache allows (portal). */
    public List<PublicReport> page(PublicReportQuery query) {
        return PAGES.get(query, () -> find(query));
    }

    /** How many reports match, as fresh as the cache allows (portal pager). */
    public long approximateCount(PublicReportQuery query) {
        return COUNTS.get(query, () -> count(query));
    }

    public List<PublicReport> find(PublicReportQuery query) {
        Where where = where(query);
        TypedQuery<Object[]> q = where.bind(em.createQuery("select r, i, s" + FROM + where.jpql
                + " order by r.submittedAt desc, r.id desc", Object[].class));
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
        Where where = where(query);
        return where.bind(em.createQuery("select count(r)" + FROM + where.jpql, Long.class)).getSingleResult();
    }

    public Optional<PublicReport> byId(long id) {
        List<PublicReport> found = find(new PublicReportQuery(List.of(id), null, null, null, null, null, 0, 1));
        return found.stream().findFirst();
    }

    /** Only the conditions asked for (no "param is null" tests: PostgreSQL cannot type a null parameter). */
    private static Where where(PublicReportQuery query) {
        Where w = new Where();
        if (!query.ids().isEmpty()) {
            w.add("r.id in :ids", "ids", query.ids());
        }
        if (!query.categoryCodes().isEmpty()) {
            w.add("r.categoryCode in :categories", "categories", query.categoryCodes());
        }
        if (query.wardCode() != null) {
            w.add("r.wardCode = :ward", "ward", query.wardCode());
        }
        if (query.from() != null) {
            w.add("r.submittedAt >= :from", "from", query.from());
        }
        if (query.to() != null) {
            w.add("r.submittedAt <= :to", "to", query.to());
        }
        if (query.open() != null) {
            w.add("coalesce(s.state, i.state) in :states", "states",
                    Arrays.stream(IncidentState.values()).filter(st -> st.isOpen() == query.open()).toList());
        }
        return w;
    }

    /** A where clause and its parameters. */
    private static final class Where {
        private String jpql = "";
        private final Map<String, Object> parameters = new java.util.LinkedHashMap<>();

        void add(String condition, String name, Object value) {
            jpql += (jpql.isEmpty() ? " where " : " and ") + condition;
            parameters.put(name, value);
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            parameters.forEach(query::setParameter);
            return query;
        }
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
