package vn.smartcity.ioc.analytics.application;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import vn.smartcity.ioc.camera.domain.AlertState;
import vn.smartcity.ioc.camera.domain.CameraStatus;
import vn.smartcity.ioc.identity.application.CurrentStaff;
import vn.smartcity.ioc.identity.domain.Roles;
import vn.smartcity.ioc.identity.domain.StaffMember;
import vn.smartcity.ioc.incident.domain.IncidentState;
import vn.smartcity.ioc.incident.domain.Priority;
import vn.smartcity.ioc.violation.domain.Violation;
import vn.smartcity.ioc.violation.domain.ViolationCandidate;

/**
 * The console dashboard: what needs the staff member now ({@link #picture}, scoped to their roles and
 * departments), counted in the database on each call.
 */
@Stateless
@RolesAllowed({Roles.OPERATOR, Roles.SUPERVISOR, Roles.HANDLER, Roles.TRAFFIC_OFFICER, Roles.ANALYST,
        Roles.ADMIN, Roles.AUDITOR})
public class OperationsDashboard {

    @PersistenceContext(unitName = "ioc")
    EntityManager em;

    @Inject
    CurrentStaff currentStaff;

    /** The open states of an incident, in the order of the workflow. */
    static final List<IncidentState> OPEN = Arrays
            .stream(IncidentState.values()).filter(IncidentState::isOpen)
            .toList();

    /** What needs the caller now (OperationsPicture), scoped to the caller's roles and departments. */
    public OperationsPicture picture() {
        StaffMember me = currentStaff.get().orElseThrow();
        Instant now = Instant.now();
        boolean scoped = !me.seesAllDepartments();
        Set<String> departments = me.departments().isEmpty() ? Set.of("-") : me.departments();
        String where = " where i.state in :open" + (scoped ? " and i.departmentCode in :departments" : "");
        Map<String, Long> byState = new LinkedHashMap<>();
        OPEN.forEach(s -> byState.put(s.name(), 0L));
        for (Object[] row : scope(em.createQuery("select i.state, count(i) from Incident i" + where + " group by i.state",
                Object[].class), scoped, departments).getResultList()) {
            byState.put(row[0].toString(), (Long) row[1]);
        }
        Map<String, Long> byPriority = new LinkedHashMap<>();
        for (Priority p : Priority.values()) {
            byPriority.put(p.name(), 0L);
        }
        for (Object[] row : scope(em.createQuery("select i.priority, count(i) from Incident i" + where
                + " and i.priority is not null group by i.priority", Object[].class), scoped, departments).getResultList()) {
            byPriority.put(row[0].toString(), (Long) row[1]);
        }
        long overdue = scope(em.createQuery("select count(i) from Incident i" + where + " and i.dueAt < :now", Long.class),
                scoped, departments).setParameter("now", now).getSingleResult();
        long dueSoon = scope(em.createQuery("select count(i) from Incident i" + where
                + " and i.dueAt >= :now and i.dueAt < :hour", Long.class), scoped, departments).setParameter("now", now)
                .setParameter("hour", now.plusSeconds(3600)).getSingleResult();
        boolean watch = me.hasRole(Roles.OPERATOR) || me.hasRole(Roles.SUPERVISOR) || me.hasRole(Roles.ANALYST) || me.hasRole(Roles.ADMIN);
        boolean cameras = watch || me.hasRole(Roles.TRAFFIC_OFFICER);
        boolean security = me.hasRole(Roles.ADMIN) || me.hasRole(Roles.SUPERVISOR) || me.hasRole(Roles.AUDITOR);
        boolean traffic = me.hasRole(Roles.TRAFFIC_OFFICER) || me.hasRole(Roles.SUPERVISOR) || me.hasRole(Roles.ADMIN);
        Instant day = now.minus(Duration.ofHours(24));
        return new OperationsPicture(byState, byPriority, overdue, dueSoon,
                watch ? em.createQuery("select count(a) from CameraAlert a where a.state = :new", Long.class)
                        .setParameter("new", AlertState.NEW).getSingleResult() : null,
                cameras ? em.createQuery("select count(c) from Camera c where c.active = true and c.status in :down", Long.class)
                        .setParameter("down", List.of(CameraStatus.OFFLINE,
                                CameraStatus.TAMPERED)).getSingleResult() : null,
                security ? em.createQuery("select count(a) from SecurityAlert a where a.level >= 10 and a.raisedAt >= :day", Long.class)
                        .setParameter("day", day).getSingleResult() : null,
                watch ? em.createQuery("select count(a) from MediaAlert a where a.raisedAt >= :day", Long.class)
                        .setParameter("day", day).getSingleResult() : null,
                traffic ? em.createQuery("select count(v) from Violation v where v.state in :waiting", Long.class)
                        .setParameter("waiting", List.of(Violation.State.AWAITING_REVIEW,
                                Violation.State.MANUAL_REVIEW)).getSingleResult() : null,
                traffic ? em.createQuery("select count(c) from ViolationCandidate c where c.status = :plates", Long.class)
                        .setParameter("plates", ViolationCandidate.Status.PLATE_REVIEW)
                        .getSingleResult() : null,
                scoped, now);
    }

    private <T> TypedQuery<T> scope(TypedQuery<T> query, boolean scoped,
                                                         Set<String> departments) {
        query.setParameter("open", OPEN);
        return scoped ? query.setParameter("departments", departments) : query;
    }
}
