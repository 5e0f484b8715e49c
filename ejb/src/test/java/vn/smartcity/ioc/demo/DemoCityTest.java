package vn.smartcity.ioc.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import vn.smartcity.ioc.shared.infrastructure.persistence.IocEntities;
import vn.smartcity.ioc.violation.application.ViolationProcessing;
import vn.smartcity.ioc.violation.infrastructure.JpaViolationRepository;
import vn.smartcity.ioc.violation.infrastructure.PdfNoticeRenderer;

/** The demo city loads on the migrated schema through the domain model: incidents in every state, with their reports. */
class DemoCityTest {

    @Test
    void theDemoCityHasIncidentsInEveryStateWithTheirReportsCandidatesAndSecurityEvents() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try (SessionFactory sessions = IocEntities.validatedSessionFactory(h2); Session session = sessions.openSession()) {
            DemoCity demo = new DemoCity();
            demo.em = session;
            // what the container injects: the violation job's own steps, on this session
            JpaViolationRepository repository = new JpaViolationRepository();
            inject(repository, "em", session);
            demo.repository = repository;
            demo.processing = new ViolationProcessing();
            inject(demo.processing, "repository", repository);
            demo.renderer = new PdfNoticeRenderer();
            vn.smartcity.ioc.dossier.infrastructure.JpaDossierRepository dossiers = new vn.smartcity.ioc.dossier.infrastructure.JpaDossierRepository();
            inject(dossiers, "em", session);
            demo.dossierIngest = new vn.smartcity.ioc.dossier.application.DossierIngest();
            inject(demo.dossierIngest, "repository", dossiers);
            session.beginTransaction();
            assertEquals(DemoCity.PROBLEMS.size(), demo.load());
            session.getTransaction().commit();

            Map<String, Long> states = session.createNativeQuery("select state, count(*) from incident group by state", Object[].class)
                    .getResultList().stream().collect(Collectors.toMap(r -> (String) r[0], r -> ((Number) r[1]).longValue()));
            for (String state : List.of("NEW", "TRIAGED", "ASSIGNED", "IN_PROGRESS", "RESOLVED", "CLOSED", "REJECTED")) {
                assertTrue(states.getOrDefault(state, 0L) > 0, state + " among " + states);
            }
            assertEquals(DemoCity.PROBLEMS.size(), ((Number) session.createNativeQuery(
                    "select count(*) from citizen_report where incident_id is not null", Object.class).getSingleResult()).intValue(),
                    "every incident has its citizen report");
            assertTrue(((Number) session.createNativeQuery("select count(*) from citizen_report where rating is not null",
                    Object.class).getSingleResult()).intValue() >= 5, "closed ones are rated");
            assertEquals("UBND_DOAN_KET", session.createNativeQuery(
                    "select department_code from incident where category_code = 'waste' and ward_code = 'DOAN_KET'", String.class)
                    .getSingleResult(), "routed by category and ward");
            assertEquals(2L, ((Number) session.createNativeQuery(
                    "select count(*) from violation_candidate where plate_text is null and status = 'PLATE_REVIEW'", Object.class)
                    .getSingleResult()).longValue(), "plate-less candidates in the officers' plate queue");
            Map<String, Long> violations = session.createNativeQuery("select state, count(*) from violation group by state",
                    Object[].class).getResultList().stream()
                    .collect(Collectors.toMap(r -> (String) r[0], r -> ((Number) r[1]).longValue()));
            assertEquals(Map.of("NOTICE_ISSUED", 1L, "CONFIRMED", 1L, "REJECTED", 1L, "AWAITING_REVIEW", 2L, "MANUAL_REVIEW", 1L),
                    violations, "a violation in each state");
            byte[] pdf = session.createNativeQuery("select pdf from penalty_notice", byte[].class).getSingleResult();
            assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII), "the notice's PDF");
            assertTrue(((Number) session.createNativeQuery("select count(*) from report_photo where approved = true", Object.class)
                    .getSingleResult()).intValue() >= 2, "citizens' photos, some public");
            assertTrue(((Number) session.createNativeQuery("select count(*) from security_event", Object.class).getSingleResult())
                    .intValue() >= 30, "a week of security events");
            Map<String, Long> dossierStates = session.createNativeQuery("select coalesce(result, state), count(*) from dossier group by coalesce(result, state)",
                    Object[].class).getResultList().stream().collect(Collectors.toMap(r -> (String) r[0], r -> ((Number) r[1]).longValue()));
            for (String state : List.of("EARLY", "LATE", "IN_PROGRESS", "PAUSED", "REFUSED", "WITHDRAWN")) {
                assertTrue(dossierStates.getOrDefault(state, 0L) > 0, state + " among " + dossierStates);
            }
            assertEquals(12L, ((Number) session.createNativeQuery("select count(*) from dossier", Object.class).getSingleResult()).longValue(),
                    "every demo dossier taken");
            assertEquals(76L, ((Number) session.createNativeQuery("select count(*) from luminaire where group_code is not null"
                    + " and cabinet_code is not null", Object.class).getSingleResult()).longValue(), "the demo register's luminaires");
            assertEquals(6L, ((Number) session.createNativeQuery("select count(*) from lighting_special_day", Object.class)
                    .getSingleResult()).longValue(), "Tết and New Year's Day");
        }
    }

    private static void inject(Object bean, String field, Object value) {
        try {
            java.lang.reflect.Field f = bean.getClass().getDeclaredField(field);
            f.setAccessible(true);
            f.set(bean, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
