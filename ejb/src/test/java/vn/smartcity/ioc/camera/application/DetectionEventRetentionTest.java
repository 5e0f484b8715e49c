package vn.smartcity.ioc.camera.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import vn.smartcity.ioc.shared.infrastructure.persistence.IocEntities;

/** Detection events are deleted after their camera's retention days of their purpose, on the migrated schema. */
class DetectionEventRetentionTest {

    static final Instant NOW = Instant.parse("2026-12-07T19:30:00Z");

    @Test
    void eventsAreKeptForTheirPurposesDaysThenDeleted() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try (SessionFactory sessions = IocEntities.validatedSessionFactory(h2); Session session = sessions.openSession()) {
            session.beginTransaction();
            // the seeded cameras keep security evidence 30 days and traffic evidence 365 days
            event(session, "sec-old", "LC-TP-002", 31, null);          // security camera, ordinary event: past 30 days
            event(session, "sec-recent", "LC-TP-002", 29, null);       // within 30 days
            event(session, "sec-violation", "LC-TP-002", 200, "RED_LIGHT"); // a violation: the traffic purpose, 365 days
            event(session, "traffic-200", "LC-TP-001", 200, null);     // a traffic camera's events: 365 days
            event(session, "traffic-400", "LC-TP-001", 400, null);
            event(session, "anpr-366", "LC-TP-003", 366, "SPEEDING");
            session.getTransaction().commit();

            session.beginTransaction();
            DetectionEventRetention retention = new DetectionEventRetention();
            retention.em = session;
            retention.clock = Clock.fixed(NOW, ZoneOffset.UTC);
            assertEquals(3, retention.purge());
            session.getTransaction().commit();

            List<String> left = session.createNativeQuery("select event_id from detection_event order by event_id", String.class)
                    .getResultList();
            assertEquals(List.of("sec-recent", "sec-violation", "traffic-200"), left);

            session.beginTransaction();
            assertEquals(0, retention.purge(), "a second run finds nothing more");
            session.getTransaction().commit();
        }
    }

    private static void event(Session session, String id, String camera, int daysAgo, String violation) {
        Timestamp at = Timestamp.from(NOW.minus(Duration.ofDays(daysAgo)));
        session.createNativeMutationQuery("insert into detection_event (id, event_id, camera_code, door, kind, plate_text,"
                        + " violation_kind, observed_at, received_at) values (?1, ?2, ?3, 'REST', 'OBJECT', '25A-123.45', ?4, ?5, ?5)")
                .setParameter(1, Math.abs((long) id.hashCode())).setParameter(2, id).setParameter(3, camera)
                .setParameter(4, violation).setParameter(5, at).executeUpdate();
    }
}
