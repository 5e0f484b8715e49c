package vn.smartcity.ioc.secmon.application;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.Session;

import vn.smartcity.ioc.secmon.domain.SecurityEvent;

/** Stores received events for search, a batch per transaction (JDBC batches of up to 1,000 rows). */
@Stateless
@PermitAll
public class SecurityEventStore {

    @PersistenceContext(unitName = "ioc")
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void store(List<SecurityEvent> events) {
        em.unwrap(Session.class).setJdbcBatchSize(Math.min(1000, Math.max(1, events.size())));
        for (SecurityEvent e : events) {
            em.persist(e);
        }
        em.flush();
        em.clear();
    }
}
