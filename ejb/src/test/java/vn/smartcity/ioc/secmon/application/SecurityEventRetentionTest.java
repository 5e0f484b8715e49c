package vn.smartcity.ioc.secmon.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import vn.smartcity.ioc.shared.infrastructure.persistence.IocEntities;

/** Received security events are deleted after the retention days, counted from their arrival, on the migrated schema. */
class SecurityEventRetentionTest {

    static final Instant NOW = Instant.parse("2026-12-07T19:45:00Z");

    @Test
    void eventsAreDeletedAYearAfterTheyArrivedWhateverTheSendersClockSaid() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try (SessionFactory sessions = IocEntities.validatedSessionFactory(h2); Session session = sessions.openSession()) {
            session.beginTransaction();
            event(session, 1, "arrived-366-days-ago", 366, 366);
            event(session, 2, "arrived-364-days-ago", 364, 364);
            event(session, 3, "old-clock-arrived-today", 0, 900); // the sender's clock says 900 days ago
            session.getTransaction().commit();

            SecurityEventRetention retention = new SecurityEventRetention();
            retention.em = session;
            assertEquals(365, retention.days(), "the default retention");
            session.beginTransaction();
            assertEquals(1, retention.purge(NOW));
            session.getTransaction().commit();
            List<String> left = session.createNativeQuery("select message from security_event order by id", String.class)
                    .getResultList();
            assertEquals(List.of("arrived-364-days-ago", "old-clock-arrived-today"), left);
        }
    }

    private static void event(Session session, long id, String message, int receivedDaysAgo, int eventDaysAgo) {
        session.createNativeMutationQuery("insert into security_event (id, received_at, event_time, format, transport, facility,"
                        + " severity, event_level, message) values (?1, ?2, ?3, 'RFC5424', 'UDP', 4, 5, 3, ?4)")
                .setParameter(1, id).setParameter(2, Timestamp.from(NOW.minus(Duration.ofDays(receivedDaysAgo))))
                .setParameter(3, Timestamp.from(NOW.minus(Duration.ofDays(eventDaysAgo)))).setParameter(4, message)
                .executeUpdate();
    }
}
