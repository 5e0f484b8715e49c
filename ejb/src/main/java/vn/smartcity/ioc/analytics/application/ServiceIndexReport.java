package vn.smartcity.ioc.analytics.application;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import vn.smartcity.ioc.analytics.domain.IncidentKpis;
import vn.smartcity.ioc.analytics.domain.ServiceIndex;
import vn.smartcity.ioc.identity.application.CurrentStaff;
import vn.smartcity.ioc.identity.domain.Roles;
import vn.smartcity.ioc.identity.domain.StaffMember;

/**
 * The service-index indicators of a month per department (QĐ 766, {@link ServiceIndex}): from the dossiers finished
 * in the month, and the incidents of citizen reports resolved in it with their ratings. Handlers see their
 * departments only. Three grouped queries.
 */
@Stateless
@RolesAllowed({Roles.ANALYST, Roles.SUPERVISOR, Roles.ADMIN, Roles.HANDLER})
public class ServiceIndexReport {

    @PersistenceContext(unitName = "ioc")
    EntityManager em;

    @Inject
    CurrentStaff currentStaff;

    public ServiceIndex index() {
        return ServiceIndex.load();
    }

    /** The rows of {@code month} by department, the province ("*") last. */
    public List<ServiceIndexRow> month(YearMonth month) {
        ServiceIndex index = ServiceIndex.load();
        StaffMember me = currentStaff.get().orElseThrow();
        boolean province = me.hasRole(Roles.ANALYST) || me.hasRole(Roles.SUPERVISOR) || me.hasRole(Roles.ADMIN);
        Set<String> departments = province ? null : me.departments().isEmpty() ? Set.of("-") : me.departments();
        Instant start = month.atDay(1).atStartOfDay(IncidentKpis.VIETNAM).toInstant();
        Instant end = month.plusMonths(1).atDay(1).atStartOfDay(IncidentKpis.VIETNAM).toInstant();
        Map<String, long[]> c = new TreeMap<>();
        String scopeD = departments == null ? "" : " and department_code in (:departments)";
        String scopeI = departments == null ? "" : " and i.department_code in (:departments)";
        for (Object[] r : rows(query("select department_code, count(*), sum(case when result in ('EARLY', 'ON_TIME') then 1 else 0 end),"
                + " count(rating), sum(case when rating >= :satisfied then 1 else 0 end) from dossier"
                + " where finished_at >= :start and finished_at < :end and result is not null" + scopeD + " group by department_code",
                departments, start, end).setParameter("satisfied", index.satisfiedFrom()))) {
            long[] v = c.computeIfAbsent((String) r[0], k -> new long[6]);
            v[0] += n(r[1]); v[1] += n(r[2]); v[4] += n(r[3]); v[5] += n(r[4]);
        }
        for (Object[] r : rows(query("select i.department_code, count(*), sum(case when i.resolved_at <= i.due_at then 1 else 0 end)"
                + " from incident i where i.resolved_at >= :start and i.resolved_at < :end"
                + " and exists (select 1 from citizen_report c where c.incident_id = i.id)" + scopeI + " group by i.department_code",
                departments, start, end))) {
            long[] v = c.computeIfAbsent((String) r[0], k -> new long[6]);
            v[2] += n(r[1]); v[3] += n(r[2]);
        }
        Map<String, long[]> ratings = new TreeMap<>();
        for (Object[] r : rows(query("select i.department_code, count(c.rating), sum(case when c.rating >= :satisfied then 1 else 0 end)"
                + " from citizen_report c join incident i on c.incident_id = i.id where c.rating is not null"
                + " and i.resolved_at >= :start and i.resolved_at < :end" + scopeI + " group by i.department_code",
                departments, start, end).setParameter("satisfied", index.satisfiedFrom()))) {
            ratings.put((String) r[0], new long[] {n(r[1]), n(r[2])});
            c.computeIfAbsent((String) r[0], k -> new long[6]);
        }
        List<ServiceIndexRow> out = new java.util.ArrayList<>();
        long[] all = new long[8];
        for (Map.Entry<String, long[]> e : c.entrySet()) {
            long[] v = e.getValue();
            long[] rt = ratings.getOrDefault(e.getKey(), new long[2]);
            long[] row = {v[0], v[1], v[2], v[3], rt[0], rt[1], v[4], v[5]};
            for (int i = 0; i < 8; i++) {
                all[i] += row[i];
            }
            out.add(row(e.getKey(), row, index));
        }
        out.add(row("*", all, index));
        return out;
    }

    private static ServiceIndexRow row(String department, long[] v, ServiceIndex index) {
        Double[] shares = {ServiceIndexRow.share(v[0], v[1]), ServiceIndexRow.share(v[2], v[3]),
                ServiceIndexRow.share(v[4], v[5]), ServiceIndexRow.share(v[6], v[7])};
        Double[] points = new Double[4];
        Double total = null;
        for (int i = 0; i < 4; i++) {
            points[i] = index.indicators().get(i).points(shares[i]);
            if (points[i] != null) {
                total = (total == null ? 0 : total) + points[i];
            }
        }
        return new ServiceIndexRow(department, v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], points, total);
    }

    private Query query(String sql, Set<String> departments, Instant start, Instant end) {
        Query q = em.createNativeQuery(sql).setParameter("start", start).setParameter("end", end);
        return departments == null ? q : q.setParameter("departments", departments);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query q) {
        return q.getResultList();
    }

    private static long n(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
