package vn.smartcity.ioc.secmon.application;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.Session;
import org.hibernate.StatelessSession;

import vn.smartcity.ioc.secmon.domain.SecurityEvent;

/**
 * Stores received events for search, a batch per transaction: a Hibernate stateless session on the
 * transaction's own connection (no persistence context: tens of thousands of rows a second cost a fraction of
 * what managed entities do), JDBC batches of up to 1,000 rows, ids from the sequence's blocks of 1,000.
 */
@Stateless
@PermitAll
public class SecurityEventStore {

    @PersistenceContext(unitName = "ioc")
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void store(List<SecurityEvent> events) {
        Session session = em.unwrap(Session.class);
        session.doWork(connection -> {
            try (StatelessSession rows = session.getSessionFactory().withStatelessOptions().connection(connection)
                    .openStatelessSession()) {
                rows.setJdbcBatchSize(Math.min(1000, Math.max(1, events.size())));
                for (SecurityEvent e : events) {
                    rows.insert(e);
                }
            }
        });
    }
}
