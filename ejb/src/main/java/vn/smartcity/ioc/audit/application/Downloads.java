package vn.smartcity.ioc.audit.application;

import java.time.Clock;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.smartcity.ioc.audit.domain.Download;
import vn.smartcity.ioc.identity.domain.Roles;

/**
 * The download log: every export a staff member takes from the console is recorded (who, what, with which
 * parameters, how many rows), in its own transaction so that a failed export is still noted; auditors read it.
 */
@Stateless
public class Downloads {

    @PersistenceContext(unitName = "ioc")
    EntityManager em;

    @Resource
    SessionContext caller;

    Clock clock = Clock.systemUTC();

    @RolesAllowed({Roles.OPERATOR, Roles.SUPERVISOR, Roles.HANDLER, Roles.TRAFFIC_OFFICER, Roles.ANALYST, Roles.ADMIN, Roles.AUDITOR})
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
    public void record(String what, String format, String parameters, int rows) {
        em.persist(new Download(caller.getCallerPrincipal().getName(), what, format, parameters, rows, clock.instant()));
    }

    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN, Roles.SUPERVISOR})
    public List<Download> latest(int max) {
        return em.createQuery("select d from Download d order by d.at desc, d.id desc", Download.class).setMaxResults(max).getResultList();
    }
}
