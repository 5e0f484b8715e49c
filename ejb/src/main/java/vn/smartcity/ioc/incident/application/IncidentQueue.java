package vn.smartcity.ioc.incident.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import vn.smartcity.ioc.identity.application.CurrentStaff;
import vn.smartcity.ioc.identity.domain.Roles;
import vn.smartcity.ioc.identity.domain.StaffMember;
import vn.smartcity.ioc.incident.domain.IncidentRepository;
import vn.smartcity.ioc.shared.infrastructure.persistence.JpqlWhere;
import vn.smartcity.ioc.incident.domain.IncidentState;

/**
 * The incident queue of the console: filtered, sorted and paged in the database (one query for the page, one
 * for the count; the indexes of V4 serve the usual filters). Department handlers see only their departments.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({Roles.OPERATOR, Roles.SUPERVISOR, Roles.HANDLER, Roles.ANALYST, Roles.ADMIN, Roles.AUDITOR})
public class IncidentQueue {

    /** Sortable columns: page field name → JPQL path. */
    static final Map<String, String> SORTABLE = Map.of("id", "i.id", "dueAt", "i.dueAt", "createdAt", "i.createdAt",
            "priority", "i.priority", "state", "i.state", "categoryCode", "i.categoryCode",
            "departmentCode", "i.departmentCode", "wardCode", "i.wardCode");
    static final int MAX_PAGE = 200;

    @PersistenceContext(unitName = "ioc")
    EntityManager em;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    IncidentRepository incidents;

    Clock clock = Clock.systemUTC();

    public List<IncidentSummary> page(IncidentFilter filter, int first, int size, String sortField, boolean ascending) {
        Instant now = clock.instant();
        JpqlWhere where = where(filter, now);
        String order = SORTABLE.getOrDefault(sortField, "i.dueAt") + (ascending ? " asc" : " desc") + ", i.id desc";
        TypedQuery<IncidentSummary> query = em.createQuery("select new " + IncidentSummary.class.getName()
                + "(i.id, i.title, i.state, i.priority, i.categoryCode, i.departmentCode, i.wardCode, i.createdAt,"
                + " i.dueAt, false) from Incident i" + where.jpql() + " order by " + order, IncidentSummary.class);
        where.bind(query);
        List<IncidentSummary> rows = query.setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, size), MAX_PAGE)).getResultList();
        return rows.stream().map(r -> new IncidentSummary(r.id(), r.title(), r.state(), r.priority(), r.categoryCode(),
                r.departmentCode(), r.wardCode(), r.createdAt(), r.dueAt(),
                r.state().isOpen() && now.isAfter(r.dueAt()))).toList();
    }

    public long count(IncidentFilter filter) {
        JpqlWhere where = where(filter, clock.instant());
        TypedQuery<Long> query = em.createQuery("select count(i) from Incident i" + where.jpql(), Long.class);
        where.bind(query);
        return query.getSingleResult();
    }

    private JpqlWhere where(IncidentFilter filter, Instant now) {
        StaffMember staff = currentStaff.get().orElseThrow(() -> new IllegalStateException("No staff member is logged in")); // a defect, not a refusal
        JpqlWhere q = new JpqlWhere();
        if (!staff.seesAllDepartments()) {
            q.add("i.departmentCode in :mine", "mine", staff.departments().isEmpty() ? Set.of("-") : staff.departments());
        }
        if (filter.state() != null) {
            q.add("i.state = :state", "state", filter.state());
        }
        if (filter.categoryCode() != null) {
            q.add("i.categoryCode = :category", "category", filter.categoryCode());
        }
        if (filter.wardCode() != null) {
            q.add("i.wardCode = :ward", "ward", filter.wardCode());
        }
        if (filter.departmentCode() != null) {
            q.add("i.departmentCode = :department", "department", filter.departmentCode());
        }
        if (filter.source() != null) {
            q.add("exists (select 1 from Incident j join j.sources s where j = i and s.kind = :source)", "source",
                    filter.source());
        }
        if (filter.openOnly() || filter.overdueOnly()) {
            q.add("i.state in :open", "open", openStates());
        }
        if (filter.overdueOnly()) {
            q.add("i.dueAt < :now", "now", now);
        }
        return q;
    }

    private static List<IncidentState> openStates() {
        List<IncidentState> open = new ArrayList<>();
        for (IncidentState s : IncidentState.values()) {
            if (s.isOpen()) {
                open.add(s);
            }
        }
        return open;
    }

    /** Open incidents the SLA watch escalated to the supervisors, most overdue first (at most 200). */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public List<IncidentSummary> escalations() {
        Instant now = clock.instant();
        return incidents.escalated(200).stream().map(i -> new IncidentSummary(i.getId(), i.getTitle(), i.getState(),
                i.getPriority(), i.getCategoryCode(), i.getDepartmentCode(), i.getWardCode(), i.getCreatedAt(),
                i.getDueAt(), i.isOverdue(now))).toList();
    }
}
