package vn.smartcity.ioc.analytics.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import vn.smartcity.ioc.analytics.domain.IncidentKpis;
import vn.smartcity.ioc.identity.domain.Roles;
import vn.smartcity.ioc.shared.application.Refused;

/**
 * The other services' figures of a period, for the province (analysts, supervisors, administrators): camera alerts
 * per rule and their false-positive rate; traffic violations detected, confirmed and rejected per kind; press
 * articles per topic by sentiment; security alerts per level. Four grouped queries on the services' own tables.
 */
@Stateless
@RolesAllowed({Roles.ANALYST, Roles.SUPERVISOR, Roles.ADMIN})
public class ServiceKpis {

    /** A row: its key (a rule, a violation kind, a topic, a level) and its counts, in the order of the table's columns. */
    public record Row(String key, long[] counts) implements Serializable {

        public long count(int i) {
            return counts[i];
        }

        /** counts[part] / counts[of] as a percentage with no decimal, or "–". */
        public String percent(int part, int of) {
            return counts[of] == 0 ? "–" : Math.round(100.0 * counts[part] / counts[of]) + " %";
        }
    }

    /** The four tables of a period. */
    public record Figures(List<Row> cameraAlerts, List<Row> violations, List<Row> media, List<Row> security)
            implements Serializable {
    }

    @PersistenceContext(unitName = "ioc")
    EntityManager em;

    /**
     * Camera alerts raised in [from, to): raised, dismissed as false, escalated to incidents, handled (any of
     * acknowledged, dismissed, escalated); violations established: all, awaiting or in manual review, confirmed (or
     * their notice issued), rejected; articles published: all, negative, neutral, positive; security alerts raised:
     * all, those that opened an incident.
     */
    public Figures period(LocalDate from, LocalDate to) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new Refused("analytics.period");
        }
        if (ChronoUnit.DAYS.between(from, to) > IncidentAnalytics.MAX_DAYS) {
            throw new Refused("analytics.periodTooLong", IncidentAnalytics.MAX_DAYS);
        }
        Instant start = from.atStartOfDay(IncidentKpis.VIETNAM).toInstant();
        Instant end = to.atStartOfDay(IncidentKpis.VIETNAM).toInstant();
        List<Row> alerts = rows(query("select rule_code, count(*), sum(case when state = 'DISMISSED' then 1 else 0 end),"
                + " sum(case when state = 'ESCALATED' then 1 else 0 end), sum(case when state <> 'NEW' then 1 else 0 end)"
                + " from camera_alert where raised_at >= :start and raised_at < :end group by rule_code", start, end), 4);
        List<Row> violations = rows(query("select violation_kind, count(*),"
                + " sum(case when state in ('AWAITING_REVIEW', 'MANUAL_REVIEW') then 1 else 0 end),"
                + " sum(case when state in ('CONFIRMED', 'NOTICE_ISSUED') then 1 else 0 end),"
                + " sum(case when state = 'REJECTED' then 1 else 0 end)"
                + " from violation where created_at >= :start and created_at < :end group by violation_kind", start, end), 4);
        List<Row> media = rows(query("select t.code, count(*), sum(case when a.sentiment = 'NEGATIVE' then 1 else 0 end),"
                + " sum(case when a.sentiment = 'NEUTRAL' then 1 else 0 end), sum(case when a.sentiment = 'POSITIVE' then 1 else 0 end)"
                + " from media_article a join media_article_topic l on l.article_id = a.id join media_topic t on t.id = l.topic_id"
                + " where a.published_at >= :start and a.published_at < :end group by t.code", start, end), 4);
        List<Row> security = rows(query("select alert_level, count(*), sum(case when incident_id is not null then 1 else 0 end)"
                + " from security_alert where raised_at >= :start and raised_at < :end group by alert_level", start, end), 2);
        return new Figures(alerts, violations, media, security);
    }

    private Query query(String sql, Instant start, Instant end) {
        return em.createNativeQuery(sql).setParameter("start", start).setParameter("end", end);
    }

    /** The rows by key, then the total ("*"). */
    @SuppressWarnings("unchecked")
    private static List<Row> rows(Query q, int columns) {
        Map<String, long[]> byKey = new TreeMap<>();
        for (Object[] r : (List<Object[]>) q.getResultList()) {
            long[] c = new long[columns];
            for (int i = 0; i < columns; i++) {
                c[i] = r[i + 1] == null ? 0 : ((Number) r[i + 1]).longValue();
            }
            byKey.put(String.valueOf(r[0]), c);
        }
        List<Row> rows = new ArrayList<>();
        long[] total = new long[columns];
        byKey.forEach((k, c) -> {
            rows.add(new Row(k, c));
            for (int i = 0; i < columns; i++) {
                total[i] += c[i];
            }
        });
        rows.add(new Row("*", total));
        return rows;
    }
}
