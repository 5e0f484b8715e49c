package vn.smartcity.ioc.secmon.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import vn.smartcity.ioc.identity.domain.Roles;
import vn.smartcity.ioc.secmon.domain.SecurityAlert;
import vn.smartcity.ioc.secmon.domain.SecurityAsset;
import vn.smartcity.ioc.secmon.domain.SecurityEvent;
import vn.smartcity.ioc.secmon.domain.SecurityRule;
import vn.smartcity.ioc.shared.domain.Text;

/**
 * Security monitoring on the console (administrators, supervisors, auditors read; administrators change rules
 * and assets): event search by host, time, level and text, the alerts, the rules, the assets.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.AUDITOR})
public class SecurityMonitor {

    @jakarta.inject.Inject
    jakarta.enterprise.event.Event<vn.smartcity.ioc.audit.domain.AdminChange> adminChanges;

    /** Refused change, with why (in English; the {@link #explanation()} in the reader's language); nothing changed. */
    @jakarta.ejb.ApplicationException(rollback = true)
    public static class Refused extends RuntimeException implements Text.Explained {
        private static final long serialVersionUID = 1L;
        private final Text explanation;

        /** @param key a key of the refusal bundle ({@code secmon....}) and its arguments */
        public Refused(String key, Object... arguments) {
            this(new Text(key, arguments));
        }

        private Refused(Text explanation) {
            super(explanation.english());
            this.explanation = explanation;
        }

        /** The rule's or the asset's own refusal (an invalid value), said as it said it. */
        Refused(RuntimeException refusal) {
            super(refusal.getMessage(), refusal);
            this.explanation = Text.of(refusal).orElse(null);
        }

        @Override
        public Text explanation() {
            return explanation;
        }
    }

    @PersistenceContext(unitName = "ioc")
    EntityManager em;

    @Resource
    SessionContext session;

    Clock clock = Clock.systemUTC();

    /** The active rules, detached (the listener evaluates them). */
    @PermitAll
    public List<SecurityRule> activeRules() {
        List<SecurityRule> rules = em.createQuery("select r from SecurityRule r where r.active = true order by r.code",
                SecurityRule.class).getResultList();
        rules.forEach(em::detach);
        return rules;
    }

    /** Host (lower case) → the level its criticality adds, for the listener's quick check. */
    @PermitAll
    public java.util.Map<String, Integer> assetBonuses() {
        java.util.Map<String, Integer> bonus = new java.util.HashMap<>();
        for (SecurityAsset a : em.createQuery("select a from SecurityAsset a", SecurityAsset.class).getResultList()) {
            bonus.put(a.getHost(), a.getCriticality().bonus);
        }
        return bonus;
    }

    /** Events by host (exact, or prefix with *), time, least level and text (contained); newest first, ≤ 500. */
    public List<SecurityEvent> search(String host, Instant from, Instant to, Integer minLevel, String text, int max) {
        StringBuilder q = new StringBuilder("select e from SecurityEvent e where 1 = 1");
        List<Object[]> params = new ArrayList<>();
        if (host != null && !host.isBlank()) {
            if (host.endsWith("*")) {
                q.append(" and e.host like :host");
                params.add(new Object[] {"host", host.strip().replace("*", "") + "%"});
            } else {
                q.append(" and e.host = :host");
                params.add(new Object[] {"host", host.strip()});
            }
        }
        if (from != null) {
            q.append(" and e.eventTime >= :from");
            params.add(new Object[] {"from", from});
        }
        if (to != null) {
            q.append(" and e.eventTime < :to");
            params.add(new Object[] {"to", to});
        }
        if (minLevel != null && minLevel > 0) {
            q.append(" and e.level >= :level");
            params.add(new Object[] {"level", minLevel});
        }
        if (text != null && !text.isBlank()) {
            q.append(" and lower(e.message) like :text");
            params.add(new Object[] {"text", "%" + text.strip().toLowerCase(Locale.ROOT) + "%"});
        }
        q.append(" order by e.eventTime desc, e.id desc");
        TypedQuery<SecurityEvent> query = em.createQuery(q.toString(), SecurityEvent.class);
        params.forEach(p -> query.setParameter((String) p[0], p[1]));
        return query.setMaxResults(Math.max(1, Math.min(max, 500))).getResultList();
    }

    public List<SecurityAlert> alerts(int max) {
        return em.createQuery("select a from SecurityAlert a order by a.raisedAt desc, a.id desc", SecurityAlert.class)
                .setMaxResults(Math.max(1, Math.min(max, 200))).getResultList();
    }

    public List<SecurityRule> rules() {
        return em.createQuery("select r from SecurityRule r order by r.level desc, r.code", SecurityRule.class)
                .getResultList();
    }

    public List<SecurityAsset> assets() {
        return em.createQuery("select a from SecurityAsset a order by a.host", SecurityAsset.class).getResultList();
    }

    @RolesAllowed(Roles.ADMIN)
    public SecurityRule saveRule(Long id, int version, String code, String name, SecurityRule.Kind kind, int level,
                                 String field, String pattern, String groupBy, String distinctField, int threshold,
                                 int windowSeconds, int suppressSeconds, boolean active) {
        String who = session.getCallerPrincipal().getName();
        Instant now = clock.instant();
        try {
            if (id == null) {
                if (code == null || !em.createQuery("select r.id from SecurityRule r where r.code = :c", Long.class)
                        .setParameter("c", code.strip()).getResultList().isEmpty()) {
                    throw code == null ? new Refused("secmon.codeRequired") : new Refused("secmon.ruleExists", code.strip());
                }
                SecurityRule r = new SecurityRule(code.strip(), name, kind, level, field, pattern, blank(groupBy),
                        blank(distinctField), threshold, windowSeconds, suppressSeconds, active, who, now);
                em.persist(r);
                em.flush();
                adminChanges.fire(new vn.smartcity.ioc.audit.domain.AdminChange(who, "security-rule", r.getCode(), "create"));
                return r;
            }
            SecurityRule r = em.find(SecurityRule.class, id);
            if (r == null) {
                throw new Refused("secmon.noRule", id);
            }
            if (r.getVersion() != version) {
                throw new Refused("secmon.ruleChanged", r.getCode(), r.getChangedBy(), r.getChangedAt());
            }
            r.change(name, kind, level, field, pattern, blank(groupBy), blank(distinctField), threshold, windowSeconds,
                    suppressSeconds, active, who, now);
            em.flush();
            adminChanges.fire(new vn.smartcity.ioc.audit.domain.AdminChange(who, "security-rule", r.getCode(), "change"));
            return r;
        } catch (IllegalArgumentException e) {
            throw new Refused(e);
        }
    }

    @RolesAllowed(Roles.ADMIN)
    public SecurityAsset saveAsset(String host, String name, String owner, SecurityAsset.Criticality criticality) {
        String who = session.getCallerPrincipal().getName();
        try {
            SecurityAsset existing = host == null ? null : em.createQuery("select a from SecurityAsset a where a.host = :h",
                    SecurityAsset.class).setParameter("h", host.strip().toLowerCase(Locale.ROOT)).getResultStream()
                    .findFirst().orElse(null);
            if (existing != null) {
                existing.change(name, owner, criticality, who, clock.instant());
                em.flush();
                adminChanges.fire(new vn.smartcity.ioc.audit.domain.AdminChange(who, "security-asset", existing.getHost(), "change"));
                return existing;
            }
            SecurityAsset a = new SecurityAsset(host, name, owner, criticality, who, clock.instant());
            em.persist(a);
            em.flush();
            adminChanges.fire(new vn.smartcity.ioc.audit.domain.AdminChange(who, "security-asset", a.getHost(), "create"));
            return a;
        } catch (IllegalArgumentException e) {
            throw new Refused(e);
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
