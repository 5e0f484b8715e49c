package vn.smartcity.ioc.analytics.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import vn.smartcity.ioc.analytics.domain.Dimension;
import vn.smartcity.ioc.analytics.domain.IncidentFact;
import vn.smartcity.ioc.analytics.domain.IncidentKpis;
import vn.smartcity.ioc.analytics.domain.IncidentKpisTest;
import vn.smartcity.ioc.shared.infrastructure.persistence.IocEntities;

/**
 * The queries of {@link IncidentAnalytics} on the migrated schema: the hand-computed week of IncidentKpisTest stored
 * as incidents, sources, timelines and rated citizen reports reads back as the same facts, and a handler's scope
 * keeps only their department's.
 */
class IncidentAnalyticsQueryTest {

    @Test
    void theStoredWeekReadsBackAsItsFactsAndAHandlerSeesTheirDepartmentOnly() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try (SessionFactory sessions = IocEntities.validatedSessionFactory(h2); Session session = sessions.openSession()) {
            session.beginTransaction();
            long timeline = 1000;
            for (IncidentFact f : IncidentKpisTest.WEEK) {
                long id = 900 + f.id();
                session.createNativeMutationQuery("insert into incident (id, title, category_code, department_code, ward_code,"
                                + " priority, state, created_at, due_at, resolved_at, last_changed_by, last_changed_at, version)"
                                + " values (?1, 'kpi', ?2, ?3, ?4, 'NORMAL', ?5, ?6, ?7, ?8, 'test', ?6, 0)")
                        .setParameter(1, id).setParameter(2, f.category()).setParameter(3, f.department())
                        .setParameter(4, f.ward()).setParameter(5, f.state()).setParameter(6, f.createdAt())
                        .setParameter(7, f.dueAt()).setParameter(8, f.resolvedAt()).executeUpdate();
                // the first source names the kind; a later one of another kind does not change it
                source(session, id, f.source(), f.createdAt());
                source(session, id, "OPERATOR", f.createdAt().plusSeconds(60));
                for (int r = 0; r < f.reopened(); r++) {
                    session.createNativeMutationQuery("insert into incident_timeline (id, incident_id, occurred_at, actor,"
                                    + " action, from_state, to_state, visibility) values (?1, ?2, ?3, 'citizen', 'REOPEN',"
                                    + " 'RESOLVED', 'REOPENED', 'PUBLIC')")
                            .setParameter(1, timeline++).setParameter(2, id).setParameter(3, f.createdAt().plusSeconds(3600))
                            .executeUpdate();
                }
                int[] stars = f.ratings() == 2 ? new int[] {4, 5} : f.ratings() == 1 ? new int[] {f.ratingSum()} : new int[0];
                for (int s : stars) {
                    report(session, timeline++, id, f.category(), s, f.createdAt());
                }
                report(session, timeline++, id, f.category(), null, f.createdAt()); // not rated: not counted
            }
            session.getTransaction().commit();

            IncidentAnalytics analytics = new IncidentAnalytics();
            analytics.em = session;
            Instant start = IncidentKpisTest.FROM.atStartOfDay(IncidentKpis.VIETNAM).toInstant();
            Instant end = IncidentKpisTest.TO.atStartOfDay(IncidentKpis.VIETNAM).toInstant();
            List<IncidentFact> read = analytics.facts(start, end, null).stream()
                    .sorted(Comparator.comparingLong(IncidentFact::id)).toList();
            List<IncidentFact> expected = IncidentKpisTest.WEEK.stream().filter(f -> f.id() != 7) // G: after the week
                    .map(f -> new IncidentFact(900 + f.id(), f.department(), f.category(), f.ward(), f.source(), f.createdAt(),
                            f.dueAt(), f.resolvedAt(), f.state(), f.reopened(), f.ratingSum(), f.ratings())).toList();
            assertEquals(expected, read);
            assertEquals(IncidentKpis.of(IncidentKpisTest.WEEK, IncidentKpisTest.FROM, IncidentKpisTest.TO, Dimension.DEPARTMENT)
                            .stream().map(r -> r.opened() + "/" + r.resolved() + "/" + r.onTimeRate() + "/" + r.averageRating()).toList(),
                    IncidentKpis.of(read, IncidentKpisTest.FROM, IncidentKpisTest.TO, Dimension.DEPARTMENT)
                            .stream().map(r -> r.opened() + "/" + r.resolved() + "/" + r.onTimeRate() + "/" + r.averageRating()).toList());
            assertEquals(Set.of("Y"), Set.copyOf(analytics.facts(start, end, Set.of("Y")).stream()
                    .map(IncidentFact::department).toList()), "a handler of Y");
            assertEquals(1, analytics.facts(start, end, Set.of("Y")).size());
            assertEquals(List.of(), analytics.facts(LocalDate.of(2025, 1, 1).atStartOfDay(IncidentKpis.VIETNAM).toInstant(),
                    LocalDate.of(2025, 2, 1).atStartOfDay(IncidentKpis.VIETNAM).toInstant(), null), "another period");
        }
    }

    private static void source(Session session, long incident, String kind, Instant at) {
        session.createNativeMutationQuery("insert into incident_source (incident_id, kind, reference, added_at) values (?1, ?2, ?3, ?4)")
                .setParameter(1, incident).setParameter(2, kind).setParameter(3, kind + "-" + incident).setParameter(4, at)
                .executeUpdate();
    }

    private static void report(Session session, long id, long incident, String category, Integer rating, Instant at) {
        session.createNativeMutationQuery("insert into citizen_report (id, tracking_code, incident_id, category_code, language,"
                        + " channel, client_hash, submitted_at, consent_at, rating, rated_at, version)"
                        + " values (?1, ?2, ?3, ?4, 'vi', 'PORTAL', 'h', ?5, ?5, ?6, ?7, 0)")
                .setParameter(1, id).setParameter(2, "K" + id).setParameter(3, incident).setParameter(4, category)
                .setParameter(5, at).setParameter(6, rating).setParameter(7, rating == null ? null : at.plusSeconds(7200))
                .executeUpdate();
    }
}
