package vn.smartcity.ioc.shared.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

class TimerLeasesTest {

    @Test
    void aSlotIsClaimedOnceAndNeverBackwards() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try (SessionFactory sessions = IocEntities.validatedSessionFactory(h2); Session session = sessions.openSession()) {
            TimerLeases leases = new TimerLeases();
            leases.em = session;
            Instant now = Instant.parse("2026-11-26T09:40:00Z");
            session.beginTransaction();
            assertTrue(leases.claim("sla-watch", 100, now), "the first node to ask runs the slot");
            assertFalse(leases.claim("sla-watch", 100, now), "the slot is taken");
            assertFalse(leases.claim("sla-watch", 99, now), "an older slot (a late node) is not run");
            assertTrue(leases.claim("evidence-purge", 100, now), "each schedule has its own row");
            session.getTransaction().commit();

            session.beginTransaction();
            assertTrue(leases.claim("sla-watch", 101, now.plusSeconds(20)));
            session.getTransaction().rollback();
            session.beginTransaction();
            assertTrue(leases.claim("sla-watch", 101, now.plusSeconds(21)), "a rolled-back run frees its slot");
            Object[] row = (Object[]) session.createNativeQuery("select last_slot, node from timer_lease where name = 'sla-watch'",
                    Object[].class).getSingleResult();
            assertEquals(101L, ((Number) row[0]).longValue());
            assertEquals(TimerLeases.NODE, row[1]);
            assertFalse(leases.claim("no-such-schedule", 1, now), "an unknown schedule never runs");
            session.getTransaction().commit();

            TimerLeases.Lease sla = leases.all().stream().filter(l -> l.name().equals("sla-watch")).findFirst().orElseThrow();
            assertEquals(TimerLeases.NODE, sla.node(), "who ran the last slot");
            assertEquals(now.plusSeconds(21), sla.ranAt(), "when");
            assertTrue(leases.all().stream().anyMatch(l -> l.name().equals("notice-issuing") && l.ranAt() == null),
                    "a schedule that never ran is listed too");
        }
    }
}
