package vn.smartcity.ioc.dossier.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import vn.smartcity.ioc.city.application.CityDirectory;
import vn.smartcity.ioc.dossier.domain.AdministrativeProcedure;
import vn.smartcity.ioc.dossier.domain.Dossier;
import vn.smartcity.ioc.dossier.domain.DossierEvent;
import vn.smartcity.ioc.dossier.domain.DossierRepository;
import vn.smartcity.ioc.dossier.domain.DossierTiming;
import vn.smartcity.ioc.dossier.domain.WorkingCalendar;
import vn.smartcity.ioc.identity.application.CurrentStaff;
import vn.smartcity.ioc.identity.domain.Roles;
import vn.smartcity.ioc.identity.domain.StaffMember;

/**
 * What leaders watch of the dossiers: per department or per procedure, what came in, what is open, due soon or
 * overdue, what finished early, on time or late and how long it took (DossierKpiRow); one dossier's timeline.
 * Analysts, supervisors and administrators see the province; a handler sees their own departments only. Counted
 * in the database by the indexes of V31 (six grouped queries whatever the number of dossiers).
 */
@Stateless
@RolesAllowed({Roles.ANALYST, Roles.SUPERVISOR, Roles.ADMIN, Roles.HANDLER})
public class DossierMonitor {

    /** Rows by what. */
    public enum By { DEPARTMENT, PROCEDURE }

    public static final int MAX_DAYS = 366;

    /** A dossier and its timeline, as the console shows it. */
    public record DossierView(Dossier dossier, String procedureName, List<DossierEvent> timeline, boolean overdue,
                              long workingDaysOverdue, boolean apologyOwed) implements java.io.Serializable {
    }

    @PersistenceContext(unitName = "ioc")
    EntityManager em;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    DossierRepository repository;

    @Inject
    CityDirectory city;

    Clock clock = Clock.systemUTC();

    /** The rows of [from, to) by department or procedure, the total ("*") last. */
    public List<DossierKpiRow> kpis(LocalDate from, LocalDate to, By by) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new DossierRefused("analytics.period");
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw new DossierRefused("analytics.periodTooLong", MAX_DAYS);
        }
        Set<String> departments = scope();
        Instant start = from.atStartOfDay(WorkingCalendar.VIETNAM).toInstant();
        Instant end = to.atStartOfDay(WorkingCalendar.VIETNAM).toInstant();
        Instant now = clock.instant();
        WorkingCalendar calendar = WorkingCalendar.vietnam(repository.calendarDays());
        Instant soon = calendar.plusWorkingTime(now, calendar.hours().perDay().multipliedBy(DossierTiming.DUE_SOON_WORKING_DAYS));
        String column = by == By.PROCEDURE ? "procedure_code" : "department_code";
        String scope = departments == null ? "" : " and department_code in (:departments)";

        Map<String, long[]> counts = new TreeMap<>();
        // 0 received, 1 in progress, 2 paused, 3 due soon, 4 overdue, 5 early, 6 on time, 7 late, 8 refused, 9 withdrawn
        add(counts, 0, rows(query("select " + column + ", count(*) from dossier where received_at >= :start and received_at < :end"
                + scope + " group by " + column, departments).setParameter("start", start).setParameter("end", end)));
        for (Object[] r : rows(query("select " + column + ", state, count(*) from dossier where state in ('IN_PROGRESS', 'PAUSED')"
                + scope + " group by " + column + ", state", departments))) {
            add(counts, "PAUSED".equals(r[1]) ? 2 : 1, r[0], r[2]);
        }
        add(counts, 4, rows(query("select " + column + ", count(*) from dossier where state = 'IN_PROGRESS' and due_at < :now"
                + scope + " group by " + column, departments).setParameter("now", now)));
        add(counts, 3, rows(query("select " + column + ", count(*) from dossier where state = 'IN_PROGRESS' and due_at >= :now"
                + " and due_at <= :soon" + scope + " group by " + column, departments).setParameter("now", now).setParameter("soon", soon)));
        Map<String, double[]> times = new HashMap<>();
        for (Object[] r : rows(query("select " + column + ", coalesce(result, state), count(*), sum(used_minutes) from dossier"
                + " where finished_at >= :start and finished_at < :end" + scope + " group by " + column + ", coalesce(result, state)",
                departments).setParameter("start", start).setParameter("end", end))) {
            int index = switch (String.valueOf(r[1])) {
                case "EARLY" -> 5;
                case "ON_TIME" -> 6;
                case "LATE" -> 7;
                case "REFUSED" -> 8;
                case "WITHDRAWN" -> 9;
                default -> -1;
            };
            if (index >= 0) {
                add(counts, index, r[0], r[2]);
            }
            if (index >= 5 && index <= 7) {
                times.computeIfAbsent((String) r[0], k -> new double[2])[0] += ((Number) r[3]).doubleValue();
            }
        }
        Map<String, Double> p90 = new HashMap<>();
        for (Object[] r : rows(query("select " + column + ", percentile_cont(0.9) within group (order by used_minutes) from dossier"
                + " where finished_at >= :start and finished_at < :end and result is not null" + scope + " group by " + column,
                departments).setParameter("start", start).setParameter("end", end))) {
            p90.put((String) r[0], r[1] == null ? null : ((Number) r[1]).doubleValue());
        }
        Map<String, String> names = names(by, counts.keySet());
        double minutesPerDay = calendar.hours().perDay().toMinutes();
        List<DossierKpiRow> rows = new ArrayList<>();
        long[] total = new long[10];
        double totalMinutes = 0;
        for (Map.Entry<String, long[]> e : counts.entrySet()) {
            long[] c = e.getValue();
            for (int i = 0; i < c.length; i++) {
                total[i] += c[i];
            }
            double minutes = times.getOrDefault(e.getKey(), new double[2])[0];
            totalMinutes += minutes;
            rows.add(row(e.getKey(), names.getOrDefault(e.getKey(), e.getKey()), c, minutes,
                    p90.get(e.getKey()) == null ? null : p90.get(e.getKey()) / minutesPerDay, minutesPerDay));
        }
        rows.sort(Comparator.comparing(DossierKpiRow::name));
        Double p90All = null;
        if (!rows.isEmpty()) {
            Object all = query("select percentile_cont(0.9) within group (order by used_minutes) from dossier"
                    + " where finished_at >= :start and finished_at < :end and result is not null" + scope, departments)
                    .setParameter("start", start).setParameter("end", end).getSingleResult();
            p90All = all == null ? null : ((Number) all).doubleValue() / minutesPerDay;
        }
        rows.add(row("*", "*", total, totalMinutes, p90All, minutesPerDay));
        return rows;
    }

    private static DossierKpiRow row(String key, String name, long[] c, double minutes, Double p90Days, double minutesPerDay) {
        long timed = c[5] + c[6] + c[7];
        return new DossierKpiRow(key, name, c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9],
                timed == 0 ? null : (double) (c[5] + c[6]) / timed, timed == 0 ? null : minutes / timed / minutesPerDay,
                timed == 0 ? null : p90Days);
    }

    /** One dossier with its timeline; empty when there is none, or it is not of the caller's departments. */
    public Optional<DossierView> dossier(String code) {
        Dossier d = repository.dossiers(List.of(code == null ? "" : code.strip())).get(code == null ? "" : code.strip());
        Set<String> departments = scope();
        if (d == null || departments != null && !departments.contains(d.getDepartmentCode())) {
            return Optional.empty();
        }
        AdministrativeProcedure procedure = repository.procedures(List.of(d.getProcedureCode())).get(d.getProcedureCode());
        List<DossierEvent> timeline = repository.timelines(List.of(d.getId())).getOrDefault(d.getId(), List.of());
        WorkingCalendar calendar = WorkingCalendar.vietnam(repository.calendarDays());
        Instant now = clock.instant();
        DossierTiming timing = DossierTiming.of(timeline, procedure.limit(), calendar, now);
        return Optional.of(new DossierView(d, procedure.getNameVi(), timeline, timing.overdue(now),
                timing.workingDaysOverdue(now, calendar), timing.apologyOwed(now)));
    }

    /** Whether the caller sees the whole province (else their departments only). */
    public boolean province() {
        StaffMember me = currentStaff.get().orElseThrow();
        return me.hasRole(Roles.ANALYST) || me.hasRole(Roles.SUPERVISOR) || me.hasRole(Roles.ADMIN);
    }

    private Set<String> scope() {
        StaffMember me = currentStaff.get().orElseThrow();
        return province() ? null : me.departments().isEmpty() ? Set.of("-") : me.departments();
    }

    private Map<String, String> names(By by, Set<String> keys) {
        Map<String, String> names = new HashMap<>();
        if (by == By.PROCEDURE) {
            repository.procedures(keys).forEach((code, p) -> names.put(code, p.getNameVi()));
        } else {
            city.departments().forEach(d -> names.put(d.code(), d.nameVi()));
        }
        return names;
    }

    private Query query(String sql, Set<String> departments) {
        Query q = em.createNativeQuery(sql);
        return departments == null ? q : q.setParameter("departments", departments);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query q) {
        return q.getResultList();
    }

    private static void add(Map<String, long[]> counts, int index, List<Object[]> rows) {
        for (Object[] r : rows) {
            add(counts, index, r[0], r[1]);
        }
    }

    private static void add(Map<String, long[]> counts, int index, Object key, Object count) {
        counts.computeIfAbsent((String) key, k -> new long[10])[index] += ((Number) count).longValue();
    }
}
