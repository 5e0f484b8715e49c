package vn.smartcity.ioc.camera.application;

import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.smartcity.ioc.camera.domain.DetectionRule;
import vn.smartcity.ioc.camera.domain.RuleSettings;
import vn.smartcity.ioc.identity.domain.Roles;

/**
 * The rules on the console: everyone who watches cameras reads them; supervisors and administrators add and
 * change them. Each change is a new version (Envers; the audit trail lists them); alerts keep the version that
 * raised them. Rules are never deleted, only deactivated.
 */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class DetectionRules {

    @jakarta.inject.Inject
    jakarta.enterprise.event.Event<vn.smartcity.ioc.audit.domain.AdminChange> adminChanges;

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

    @PersistenceContext(unitName = "ioc")
    EntityManager em;

    @Resource
    SessionContext session;

    @EJB
    RuleBook book;

    Clock clock = Clock.systemUTC();

    @RolesAllowed({Roles.OPERATOR, Roles.SUPERVISOR, Roles.TRAFFIC_OFFICER, Roles.ANALYST, Roles.ADMIN})
    public List<DetectionRule> all() {
        List<DetectionRule> rules = em.createQuery("select r from DetectionRule r order by r.code", DetectionRule.class)
                .getResultList();
        rules.forEach(em::detach);
        return rules;
    }

    public DetectionRule create(String code, RuleSettings settings) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new AlertRefusedException("camera.ruleCode");
        }
        if (!em.createQuery("select r.id from DetectionRule r where r.code = :code", Long.class)
                .setParameter("code", code).getResultList().isEmpty()) {
            throw new AlertRefusedException("camera.ruleExists", code);
        }
        checkReferences(settings);
        try {
            DetectionRule rule = new DetectionRule(code, settings, session.getCallerPrincipal().getName(), clock.instant());
            em.persist(rule);
            em.flush();
            book.changed();
            adminChanges.fire(new vn.smartcity.ioc.audit.domain.AdminChange(rule.getChangedBy(), "detection-rule", code, "create"));
            return rule;
        } catch (IllegalArgumentException e) {
            throw new AlertRefusedException(e);
        }
    }

    public DetectionRule change(long id, int version, RuleSettings settings) {
        DetectionRule rule = em.find(DetectionRule.class, id);
        if (rule == null) {
            throw new AlertRefusedException("camera.noRule", id);
        }
        if (rule.getVersion() != version) {
            throw new AlertRefusedException("camera.ruleChanged", rule.getCode(), rule.getChangedBy(), rule.getChangedAt());
        }
        checkReferences(settings);
        try {
            rule.change(settings, session.getCallerPrincipal().getName(), clock.instant());
            em.flush();
            book.changed();
            adminChanges.fire(new vn.smartcity.ioc.audit.domain.AdminChange(rule.getChangedBy(), "detection-rule",
                    rule.getCode(), "change"));
            return rule;
        } catch (IllegalArgumentException e) {
            throw new AlertRefusedException(e);
        }
    }

    private void checkReferences(RuleSettings s) {
        if (s.cameraCode() != null && em.createQuery("select count(c) from Camera c where c.code = :code", Long.class)
                .setParameter("code", s.cameraCode()).getSingleResult() == 0) {
            throw new AlertRefusedException("camera.noCamera", s.cameraCode());
        }
        if (s.categoryCode() != null && em.createQuery("select count(c) from ReportCategory c where c.code = :code", Long.class)
                .setParameter("code", s.categoryCode()).getSingleResult() == 0) {
            throw new AlertRefusedException("camera.noCategory", s.categoryCode());
        }
    }
}
