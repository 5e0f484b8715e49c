package vn.smartcity.ioc.analytics.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import vn.smartcity.ioc.analytics.domain.Dimension;
import vn.smartcity.ioc.analytics.domain.Hotspots;
import vn.smartcity.ioc.analytics.domain.IncidentFact;
import vn.smartcity.ioc.analytics.domain.IncidentKpiRow;
import vn.smartcity.ioc.analytics.domain.IncidentKpis;
import vn.smartcity.ioc.identity.application.CurrentStaff;
import vn.smartcity.ioc.identity.domain.Roles;
import vn.smartcity.ioc.identity.domain.StaffMember;
import vn.smartcity.ioc.incident.domain.IncidentState;
import vn.smartcity.ioc.shared.application.Refused;

/**
 * The incident KPIs of a period, grouped by department, category, ward, source or day ({@link IncidentKpis} says what
 * each figure means): for analysts, supervisors and administrators over the whole province, for handlers over
 * their own departments only. Read from the incidents of the period, in four queries whatever its size.
 */
@Stateless
@RolesAllowed({Roles.ANALYST, Roles.SUPERVISOR, Roles.ADMIN, Roles.HANDLER})
public class IncidentAnalytics {

    /** The longest period one table covers. */
    public static final int MAX_DAYS = 366;

    @PersistenceContext(unitName = "ioc")
    EntityManager em;

    java.time.Clock clock = java.time.Clock.systemUTC();

    @Inject
    CurrentStaff currentStaff;

    /** The KPI rows of [from, to) by {@code by}, the province's total last; refused (Refused) for a bad period. */
    public List<IncidentKpiRow> kpis(LocalDate from, LocalDate to, Dimension by) {
        Set<String> departments = check(from, to);
        return IncidentKpis.of(facts(from.atStartOfDay(IncidentKpis.VIETNAM).toInstant(),
                to.atStartOfDay(IncidentKpis.VIETNAM).toInstant(), departments), from, to, by);
    }

    /**
     * Where and when incidents of [from, to) arose (heat table by hour of the week, wards), of {@code category}
     * (null: all), scoped as {@link #kpis}.
     */
    public Hotspots hotspots(LocalDate from, LocalDate to, String category) {
        Set<String> departments = check(from, to);
        return Hotspots.of(facts(from.atStartOfDay(IncidentKpis.VIETNAM).toInstant(),
                to.atStartOfDay(IncidentKpis.VIETNAM).toInstant(), departments), from, to,
                category == null || category.isBlank() ? null : category.strip());
    }

    /** Days of history a trend shows and learns from: twelve weeks. */
    public static final int TREND_DAYS = 84;
    /** Days a trend forecasts. */
    public static final int HORIZON = 14;

    /**
     * The incidents opened each day of the twelve weeks that end yesterday, of {@code category} (null: all), merged
     * duplicates left out, with the forecast of the next fourteen days and a backtest on the last two weeks; scoped
     * as {@link #kpis} (a handler: their departments).
     */
    public IncidentTrend trend(String category) {
        StaffMember me = currentStaff.get().orElseThrow();
        Set<String> departments = province() ? null : me.departments().isEmpty() ? Set.of("-") : me.departments();
        LocalDate today = LocalDate.now(clock.withZone(IncidentKpis.VIETNAM));
        LocalDate first = today.minusDays(TREND_DAYS);
        String cat = category == null || category.isBlank() ? null : category.strip();
        var query = em.createQuery("select i.createdAt from Incident i where i.createdAt >= :start and i.createdAt < :end"
                + " and i.state <> :merged" + (cat == null ? "" : " and i.categoryCode = :category")
                + (departments == null ? "" : " and i.departmentCode in :departments"), Instant.class)
                .setParameter("start", first.atStartOfDay(IncidentKpis.VIETNAM).toInstant())
                .setParameter("end", today.atStartOfDay(IncidentKpis.VIETNAM).toInstant())
                .setParameter("merged", vn.smartcity.ioc.incident.domain.IncidentState.DUPLICATE);
        if (cat != null) {
            query.setParameter("category", cat);
        }
        if (departments != null) {
            query.setParameter("departments", departments);
        }
        long[] counts = new long[TREND_DAYS];
        for (Instant at : query.getResultList()) {
            int day = (int) ChronoUnit.DAYS.between(first, LocalDate.ofInstant(at, IncidentKpis.VIETNAM));
            if (day >= 0 && day < TREND_DAYS) {
                counts[day]++;
            }
        }
        List<Double> history = java.util.Arrays.stream(counts).asDoubleStream().boxed().toList();
        return new IncidentTrend(first, java.util.Arrays.stream(counts).boxed().toList(),
                vn.smartcity.ioc.analytics.domain.SeasonalForecast.weekly(history, HORIZON),
                vn.smartcity.ioc.analytics.domain.Backtest.ofLastWeeks(history, 2));
    }

    /** Refuses a bad period; returns the caller's departments, or null for the whole province. */
    private Set<String> check(LocalDate from, LocalDate to) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new Refused("analytics.period");
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw new Refused("analytics.periodTooLong", MAX_DAYS);
        }
        StaffMember me = currentStaff.get().orElseThrow();
        return province() ? null : me.departments().isEmpty() ? Set.of("-") : me.departments();
    }

    /** Whether the caller sees the whole province (else their departments only). */
    public boolean province() {
        StaffMember me = currentStaff.get().orElseThrow();
        return me.hasRole(Roles.ANALYST) || me.hasRole(Roles.SUPERVISOR) || me.hasRole(Roles.ADMIN);
    }

    /** The incidents created or resolved in [start, end), of {@code departments} (null: all). */
    List<IncidentFact> facts(Instant start, Instant end, Set<String> departments) {
        String period = " ((i.createdAt >= :start and i.createdAt < :end) or (i.resolvedAt >= :start and i.resolvedAt < :end))"
                + (departments == null ? "" : " and i.departmentCode in :departments");
        Map<Long, Long> reopened = new HashMap<>();
        for (Object[] r : scoped(em.createQuery("select t.incident.id, count(t) from TimelineEntry t join t.incident i where"
                + period + " and t.toState = :reopened group by t.incident.id", Object[].class), start, end, departments)
                .setParameter("reopened", IncidentState.REOPENED).getResultList()) {
            reopened.put((Long) r[0], (Long) r[1]);
        }
        Map<Long, Object[]> firstSource = new HashMap<>();
        for (Object[] r : scoped(em.createQuery("select i.id, s.kind, s.addedAt from Incident i join i.sources s where" + period,
                Object[].class), start, end, departments).getResultList()) {
            firstSource.merge((Long) r[0], r, (a, b) -> ((Instant) b[2]).isBefore((Instant) a[2]) ? b : a);
        }
        Map<Long, long[]> ratings = new HashMap<>();
        for (Object[] r : scoped(em.createQuery("select i.id, sum(c.rating), count(c.rating) from CitizenReport c, Incident i"
                + " where c.incidentId = i.id and c.rating is not null and" + period + " group by i.id", Object[].class),
                start, end, departments).getResultList()) {
            ratings.put((Long) r[0], new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue()});
        }
        List<IncidentFact> facts = new ArrayList<>();
        for (Object[] r : scoped(em.createQuery("select i.id, i.departmentCode, i.categoryCode, i.wardCode, i.createdAt,"
                + " i.dueAt, i.resolvedAt, i.state from Incident i where" + period, Object[].class), start, end, departments)
                .getResultList()) {
            long id = (Long) r[0];
            Object[] source = firstSource.get(id);
            long[] rating = ratings.getOrDefault(id, new long[2]);
            facts.add(new IncidentFact(id, (String) r[1], (String) r[2], (String) r[3],
                    source == null ? null : source[1].toString(), (Instant) r[4], (Instant) r[5], (Instant) r[6],
                    r[7].toString(), reopened.getOrDefault(id, 0L).intValue(), (int) rating[0], (int) rating[1]));
        }
        return facts;
    }

    private static <T> TypedQuery<T> scoped(TypedQuery<T> query, Instant start, Instant end, Set<String> departments) {
        query.setParameter("start", start).setParameter("end", end);
        return departments == null ? query : query.setParameter("departments", departments);
    }
}
