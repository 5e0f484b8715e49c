package vn.smartcity.ioc.incident.infrastructure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.smartcity.ioc.incident.domain.Incident;
import vn.smartcity.ioc.incident.domain.IncidentRepository;
import vn.smartcity.ioc.incident.domain.IncidentState;
import vn.smartcity.ioc.incident.domain.PublicProgress;
import vn.smartcity.ioc.incident.domain.SopStep;
import vn.smartcity.ioc.incident.domain.Visibility;

@ApplicationScoped
public class JpaIncidentRepository implements IncidentRepository {

    @PersistenceContext(unitName = "ioc")
    private EntityManager em;

    @Override
    public Optional<Incident> find(long id) {
        return Optional.ofNullable(em.find(Incident.class, id));
    }

    @Override
    public Optional<PublicProgress> publicProgress(long id) {
        // one row per public timeline line (at least one row: the left join), the incident's columns repeated
        List<Object[]> rows = em.createQuery("""
                        select i.id, i.state, i.dueAt, i.publicAnswer, i.rejectionReason, i.resolvedAt, i.closedAt,
                               i.mergedIntoId, t.at, t.action, t.toState, t.note, t.actor
                        from Incident i left join i.timeline t on t.visibility = :public
                        where i.id = :id
                        order by t.at, t.id""", Object[].class)
                .setParameter("public", Visibility.PUBLIC).setParameter("id", id)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<PublicProgress.Step> steps = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            if (row[8] != null) {
                steps.add(new PublicProgress.Step((Instant) row[8], (String) row[9], (IncidentState) row[10],
                        (String) row[11], (String) row[12]));
            }
        }
        Object[] first = rows.get(0);
        return Optional.of(new PublicProgress((Long) first[0], (IncidentState) first[1], (Instant) first[2],
                (String) first[3], (String) first[4], (Instant) first[5], (Instant) first[6], (Long) first[7],
                List.copyOf(steps)));
    }

    @Override
    public List<Incident> openInBox(String categoryCode, double minLatitude, double maxLatitude, double minLongitude,
                                    double maxLongitude, int limit) {
        return em.createQuery("""
                        select i from Incident i
                        where i.categoryCode = :category and i.latitude between :minLat and :maxLat
                          and i.longitude between :minLon and :maxLon and i.state in :open
                        order by i.createdAt desc""", Incident.class)
                .setParameter("category", categoryCode)
                .setParameter("minLat", minLatitude).setParameter("maxLat", maxLatitude)
                .setParameter("minLon", minLongitude).setParameter("maxLon", maxLongitude)
                .setParameter("open", open())
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Incident> dueForWarning(java.time.Instant now, int limit) {
        return em.createQuery("""
                        select i from Incident i where i.state in :open and i.warnAt <= :now and i.slaWarnedAt is null
                        order by i.warnAt""", Incident.class)
                .setParameter("open", open()).setParameter("now", now).setMaxResults(limit).getResultList();
    }

    @Override
    public List<Incident> dueForEscalation(java.time.Instant now, int limit) {
        return em.createQuery("""
                        select i from Incident i where i.state in :open and i.dueAt < :now and i.escalatedAt is null
                        order by i.dueAt""", Incident.class)
                .setParameter("open", open()).setParameter("now", now).setMaxResults(limit).getResultList();
    }

    @Override
    public List<Incident> escalated(int limit) {
        return em.createQuery("""
                        select i from Incident i where i.state in :open and i.escalatedAt is not null
                        order by i.dueAt""", Incident.class)
                .setParameter("open", open()).setMaxResults(limit).getResultList();
    }

    @Override
    public List<SopStep> procedure(String categoryCode) {
        return em.createQuery("select s from SopStep s where s.categoryCode = :category order by s.position", SopStep.class)
                .setParameter("category", categoryCode).getResultList();
    }

    private static List<IncidentState> open() {
        return Arrays.stream(IncidentState.values()).filter(IncidentState::isOpen).toList();
    }

    @Override
    public Incident add(Incident incident) {
        em.persist(incident);
        return incident;
    }

    @Override
    public void flush() {
        em.flush();
    }
}
