package vn.smartcity.ioc.shared.infrastructure.persistence;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Runs a schedule once per slot across the nodes of a cluster: every node's own (non-persistent) timer fires,
 * and {@link #claim} lets exactly one of them run the slot — the one whose update moves the schedule's row in
 * {@code timer_lease} forward. The update holds the row until the caller's transaction ends, so a second node
 * waits and then finds the slot taken; if the run rolls back, the slot is free again. A node that is down simply
 * does not claim: the others go on (bench/two-nodes.sh). The same holds for timers that are not persistent
 * (the batch schedules), which the database timer store would not coordinate at all.
 */
@ApplicationScoped
public class TimerLeases {

    static final String CLAIM = "update timer_lease set last_slot = ?1, node = ?2, ran_at = ?3"
            + " where name = ?4 and last_slot < ?1";

    /** How the nodes are told apart: the transaction node id (IOC_NODE_ID) or WildFly's node name. */
    static final String NODE = System.getenv().getOrDefault("IOC_NODE_ID", System.getProperty("jboss.node.name", "ioc"));

    @PersistenceContext(unitName = "ioc")
    EntityManager em;

    /** A schedule's last run: by which node, when (null: never since the schedule was made). */
    public record Lease(String name, String node, Instant ranAt) {
    }

    /** Every schedule with its last run, by name: what the supervisors' SLA page shows. */
    public List<Lease> all() {
        List<Object[]> rows = em.createNativeQuery("select name, node, ran_at from timer_lease order by name", Object[].class)
                .getResultList();
        return rows.stream().map(r -> new Lease((String) r[0], (String) r[1], instant(r[2]))).toList();
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.LocalDateTime t) {
            return java.sql.Timestamp.valueOf(t).toInstant();
        }
        if (value instanceof java.time.OffsetDateTime t) {
            return t.toInstant();
        }
        return (Instant) value;
    }

    /**
     * Whether this node runs {@code slot} of the schedule {@code name} (a row of timer_lease); call it first in the
     * run's transaction.
     *
     * @param slot the slot's number, the same on every node (e.g. epoch seconds / period)
     */
    public boolean claim(String name, long slot, Instant now) {
        return em.createNativeQuery(CLAIM).setParameter(1, slot).setParameter(2, NODE)
                .setParameter(3, java.sql.Timestamp.from(now)).setParameter(4, name).executeUpdate() == 1;
    }
}
