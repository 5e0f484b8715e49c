package vn.smartcity.ioc.dossier.infrastructure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.smartcity.ioc.dossier.domain.AdministrativeProcedure;
import vn.smartcity.ioc.dossier.domain.CalendarDay;
import vn.smartcity.ioc.dossier.domain.DayRule;
import vn.smartcity.ioc.dossier.domain.Dossier;
import vn.smartcity.ioc.dossier.domain.DossierEvent;
import vn.smartcity.ioc.dossier.domain.DossierRepository;
import vn.smartcity.ioc.dossier.domain.DossierState;
import vn.smartcity.ioc.dossier.domain.DossierStep;
import vn.smartcity.ioc.shared.infrastructure.persistence.InList;

/** The dossier tables through JPA; lists of codes go in slices of at most 1,000 (Oracle's IN limit). */
@ApplicationScoped
public class JpaDossierRepository implements DossierRepository {

    @PersistenceContext(unitName = "ioc")
    EntityManager em;

    @Override
    public List<DayRule> calendarDays() {
        return em.createQuery("select d from CalendarDay d order by d.date", CalendarDay.class).getResultList()
                .stream().map(CalendarDay::rule).toList();
    }

    @Override
    public Map<String, AdministrativeProcedure> procedures(Collection<String> codes) {
        Map<String, AdministrativeProcedure> found = new LinkedHashMap<>();
        if (!codes.isEmpty()) {
            InList.select(codes, "codes", "select p from AdministrativeProcedure p where p.code in :codes",
                    jpql -> em.createQuery(jpql, AdministrativeProcedure.class)).forEach(p -> found.put(p.getCode(), p));
        }
        return found;
    }

    @Override
    public Map<String, Dossier> dossiers(Collection<String> codes) {
        Map<String, Dossier> found = new LinkedHashMap<>();
        if (!codes.isEmpty()) {
            InList.select(codes, "codes", "select d from Dossier d where d.code in :codes",
                    jpql -> em.createQuery(jpql, Dossier.class)).forEach(d -> found.put(d.getCode(), d));
        }
        return found;
    }

    @Override
    public Map<Long, List<DossierEvent>> timelines(Collection<Long> dossierIds) {
        Map<Long, List<DossierEvent>> found = new LinkedHashMap<>();
        if (!dossierIds.isEmpty()) {
            InList.select(dossierIds, "ids", "select e from DossierStep e where e.dossierId in :ids order by e.occurredAt, e.id",
                    jpql -> em.createQuery(jpql, DossierStep.class))
                    .forEach(e -> found.computeIfAbsent(e.getDossierId(), k -> new ArrayList<>()).add(e.event()));
        }
        return found;
    }

    @Override
    public Set<String> storedEventIds(Collection<String> eventIds) {
        Set<String> found = new HashSet<>();
        if (!eventIds.isEmpty()) {
            found.addAll(InList.select(new HashSet<>(eventIds), "ids", "select e.eventId from DossierStep e where e.eventId in :ids",
                    jpql -> em.createQuery(jpql, String.class)));
        }
        return found;
    }

    @Override
    public List<Dossier> overdueNotAlerted(java.time.Instant now, int limit) {
        return em.createQuery("select d from Dossier d where d.state = :open and d.dueAt < :now and d.overdueAlertedAt is null"
                        + " order by d.dueAt", Dossier.class)
                .setParameter("open", DossierState.IN_PROGRESS).setParameter("now", now).setMaxResults(limit).getResultList();
    }

    @Override
    public List<Dossier> overdueWithoutIncident(java.time.Instant dueBefore, int limit) {
        return em.createQuery("select d from Dossier d where d.state = :open and d.dueAt < :before and d.incidentId is null"
                        + " order by d.dueAt", Dossier.class)
                .setParameter("open", DossierState.IN_PROGRESS).setParameter("before", dueBefore).setMaxResults(limit).getResultList();
    }

    @Override
    public void add(Dossier dossier) {
        em.persist(dossier);
    }

    @Override
    public void add(DossierStep entry) {
        em.persist(entry);
    }
}
