package vn.smartcity.ioc.dossier.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.smartcity.ioc.audit.domain.AdminChange;
import vn.smartcity.ioc.dossier.domain.CalendarDay;
import vn.smartcity.ioc.dossier.domain.DayRule;
import vn.smartcity.ioc.identity.domain.Roles;
import vn.smartcity.ioc.shared.domain.Invalid;

/**
 * The days of the working calendar that do not follow the week, as administrators keep them each year from the
 * government's announcement: set (add or change, which confirms it) or remove a day. A change times the events
 * that come after it; open dossiers take it at their next event.
 */
@Stateless
public class WorkingCalendars {

    @PersistenceContext(unitName = "ioc")
    EntityManager em;

    @Inject
    Event<AdminChange> adminChanges;

    @Resource
    SessionContext caller;

    Clock clock = Clock.systemUTC();

    @RolesAllowed({Roles.ANALYST, Roles.SUPERVISOR, Roles.ADMIN, Roles.HANDLER})
    public List<CalendarDay> year(int year) {
        return em.createQuery("select d from CalendarDay d where d.date >= :from and d.date < :to order by d.date", CalendarDay.class)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year + 1, 1, 1)).getResultList();
    }

    @RolesAllowed(Roles.ADMIN)
    public void set(LocalDate date, DayRule.Kind kind, String nameVi, String nameEn) {
        if (date == null) {
            throw new DossierRefused("dossier.dayDate");
        }
        String who = caller.getCallerPrincipal().getName();
        try {
            CalendarDay day = em.find(CalendarDay.class, date);
            if (day == null) {
                em.persist(new CalendarDay(date, kind, nameVi, nameEn, who, clock.instant()));
            } else {
                day.change(kind, nameVi, nameEn, who, clock.instant());
            }
        } catch (Invalid e) {
            throw new DossierRefused(e);
        }
        adminChanges.fire(new AdminChange(who, "working-calendar", date.toString(), "set " + kind));
    }

    @RolesAllowed(Roles.ADMIN)
    public void remove(LocalDate date) {
        CalendarDay day = date == null ? null : em.find(CalendarDay.class, date);
        if (day == null) {
            throw new DossierRefused("dossier.dayNotThere", String.valueOf(date));
        }
        em.remove(day);
        adminChanges.fire(new AdminChange(caller.getCallerPrincipal().getName(), "working-calendar", date.toString(), "remove"));
    }
}
