package vn.smartcity.ioc.identity.application;

import java.time.Clock;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import vn.smartcity.ioc.audit.domain.AdminChange;
import vn.smartcity.ioc.city.domain.CityRepository;
import vn.smartcity.ioc.identity.domain.DirectoryGroup;
import vn.smartcity.ioc.identity.domain.Roles;
import vn.smartcity.ioc.identity.infrastructure.DirectoryGroups;
import vn.smartcity.ioc.shared.application.AfterCommit;
import vn.smartcity.ioc.shared.domain.Text;

/**
 * Administrators say which department each group of the government directory stands for (the directory's group
 * names seldom are the IOC's codes). A member's departments change at their next request (their copy of the map is
 * at most 30 s old on other nodes).
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class DirectoryGroupAdministration {

    /** A mapping as the console shows it. */
    public record Mapping(String groupName, String departmentCode, String changedBy, java.time.Instant changedAt) {
    }

    /** A change the administrator must correct (no such department, a blank or too long name): a key of the console. */
    public static class Refused extends vn.smartcity.ioc.shared.application.Refusal {
        private static final long serialVersionUID = 1L;

        public Refused(String key, String message) {
            super(key, message);
        }

        /** @param explanation why, also in the reader's language (the refusal bundle's {@code identity....}) */
        Refused(String key, Text explanation) {
            super(key, explanation);
        }
    }

    /** The console's message keys (its bundle "msg") of the refusals. */
    private static final String NO_DEPARTMENT = "admin.groups.noDepartment";
    private static final String BAD_NAME = "admin.groups.badName";

    @PersistenceContext(unitName = "ioc")
    EntityManager em;

    @Inject
    CityRepository city;

    @Inject
    DirectoryGroups groups;

    @Inject
    Event<AdminChange> adminChanges;

    @Resource
    SessionContext caller;

    @Resource
    TransactionSynchronizationRegistry transactions;

    Clock clock = Clock.systemUTC();

    public List<Mapping> all() {
        return em.createQuery("select g from DirectoryGroup g order by g.groupName", DirectoryGroup.class).getResultList()
                .stream().map(g -> new Mapping(g.getGroupName(), g.getDepartmentCode(), g.getChangedBy(), g.getChangedAt()))
                .toList();
    }

    /** Members of {@code groupName} belong to {@code departmentCode} from now on (a new mapping or a changed one). */
    public void map(String groupName, String departmentCode) {
        if (departmentCode == null || city.departmentByCode(departmentCode).isEmpty()) {
            throw new Refused(NO_DEPARTMENT, new Text("identity.noDepartment", departmentCode));
        }
        if (groupName == null || groupName.isBlank() || groupName.strip().length() > DirectoryGroup.MAX_NAME) {
            throw new Refused(BAD_NAME, new Text("identity.groupName", DirectoryGroup.MAX_NAME));
        }
        String who = caller.getCallerPrincipal().getName();
        DirectoryGroup existing = find(groupName.strip());
        if (existing == null) {
            em.persist(new DirectoryGroup(groupName, departmentCode, who, clock.instant()));
        } else {
            existing.sendTo(departmentCode, who, clock.instant());
        }
        changed(who, groupName.strip(), "map -> " + departmentCode);
    }

    /** Forgets a group's mapping: its members lose that department. */
    public void unmap(String groupName) {
        DirectoryGroup existing = groupName == null ? null : find(groupName.strip());
        if (existing != null) {
            em.remove(existing);
            changed(caller.getCallerPrincipal().getName(), existing.getGroupName(), "unmap");
        }
    }

    private DirectoryGroup find(String groupName) {
        return em.createQuery("select g from DirectoryGroup g where g.groupName = :name", DirectoryGroup.class)
                .setParameter("name", groupName).getResultStream().findFirst().orElse(null);
    }

    private void changed(String who, String group, String action) {
        adminChanges.fire(new AdminChange(who, "directory-group", group, action));
        AfterCommit.run(transactions, groups::changed);
    }
}
