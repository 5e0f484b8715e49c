package vn.smartcity.ioc.report.application;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import vn.smartcity.ioc.incident.domain.IncidentState;
import vn.smartcity.ioc.report.domain.ReportPhotoRepository;
import vn.smartcity.ioc.shared.application.TtlCache;
import vn.smartcity.ioc.shared.infrastructure.persistence.JpqlWhere;

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

    /**
     * How many reports match the query's filters (its page aside), counted up to {@code atMost + 1} — the list
     * shows no more, and a bounded count reads its rows in the list's order and stops — as fresh as the cache
     * allows (portal pager).
     */
    public long approximateCount(PublicReportQuery query, int atMost) {
        PublicReportQuery filters = new PublicReportQuery(query.ids(), query.categoryCodes(), query.wardCode(),
                query.open(), query.from(), query.to(), 0, atMost);
        return COUNTS.get(filters, () -> countUpTo(filters, atMost + 1));
    }

    private long countUpTo(PublicReportQuery query, int rows) {
        JpqlWhere where = where(query);
        return where.bind(em.createQuery("select r.id" + FROM + where.jpql() + " order by r.submittedAt desc", Long.class))
                .setMaxResults(rows).getResultList().size();
    }

    public List<PublicReport> find(PublicReportQuery query) {
        JpqlWhere where = where(query);
        TypedQuery<PublicReportRow> q = where.bind(em.createQuery("select new " + PublicReportRow.class.getName() + """
                (r.id, r.categoryCode, r.wardCode, r.address, r.latitude, r.longitude, r.mediaUrl, r.description,
                 r.submittedAt, i.state, i.publicAnswer, i.rejectionReason, i.departmentCode, i.lastChangedAt, i.dueAt,
                 s.state, s.publicAnswer, s.rejectionReason, s.departmentCode, s.lastChangedAt, s.dueAt)""" + FROM
                + where.jpql() + " order by r.submittedAt desc, r.id desc", PublicReportRow.class));
        List<PublicReportRow> rows = q.setFirstResult(query.offset()).setMaxResults(query.limit()).getResultList();
        Map<Long, List<Long>> approved = photos.approvedOf(rows.stream().map(PublicReportRow::id).toList());
        List<PublicReport> page = new ArrayList<>();
        for (PublicReportRow row : rows) {
            page.add(view(row, approved.getOrDefault(row.id(), List.of())));
        }
        return page;
    }

    /** Only the conditions asked for (no "param is null" tests: PostgreSQL cannot type a null parameter). */
    private static JpqlWhere where(PublicReportQuery query) {
        JpqlWhere w = new JpqlWhere();
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


    private static PublicReport view(PublicReportRow r, List<Long> photoIds) {
        boolean merged = r.mergedState() != null;
        boolean looked = r.ownState() != IncidentState.NEW && r.ownState() != IncidentState.REJECTED;
        String answer = merged ? r.mergedAnswer() : r.ownAnswer();
        String reason = merged ? r.mergedReason() : r.ownReason();
        return new PublicReport(r.id(), r.categoryCode(), r.wardCode(), r.address(), r.latitude(), r.longitude(),
                r.mediaUrl(), looked ? r.description() : null, merged ? r.mergedState() : r.ownState(),
                answer != null ? answer : reason, merged ? r.mergedDepartment() : r.ownDepartment(), r.submittedAt(),
                merged ? r.mergedChangedAt() : r.ownChangedAt(), merged ? r.mergedDueAt() : r.ownDueAt(), photoIds);
    }
}
