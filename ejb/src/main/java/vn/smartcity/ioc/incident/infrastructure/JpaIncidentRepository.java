package vn.smartcity.ioc.incident.infrastructure;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.smartcity.ioc.incident.domain.Incident;
import vn.smartcity.ioc.incident.domain.IncidentRepository;

@ApplicationScoped
public class JpaIncidentRepository implements IncidentRepository {

    @PersistenceContext(unitName = "ioc")
    private EntityManager em;

    @Override
    public Optional<Incident> find(long id) {
        return Optional.ofNullable(em.find(Incident.class, id));
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
