package vn.smartcity.ioc.camera.application;

import java.time.Duration;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.smartcity.ioc.camera.domain.DetectionRule;
import vn.smartcity.ioc.shared.application.TtlCache;

/**
 * The active rules, read for every event: kept in memory for 10 seconds per node (a rule changed on another
 * node applies here within that; on this node at once). The entities are detached copies, read only.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class RuleBook {

    private final TtlCache<String, List<DetectionRule>> active = new TtlCache<>(1, Duration.ofSeconds(10));

    @PersistenceContext(unitName = "ioc")
    EntityManager em;

    public List<DetectionRule> active() {
        return active.get("active", () -> {
            List<DetectionRule> rules = em.createQuery("select r from DetectionRule r where r.active = true order by r.code",
                    DetectionRule.class).getResultList();
            rules.forEach(em::detach);
            return List.copyOf(rules);
        });
    }

    public void changed() {
        active.clear();
    }
}
