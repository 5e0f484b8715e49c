package vn.smartcity.ioc.identity.infrastructure;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.smartcity.ioc.identity.domain.DirectoryGroup;
import vn.smartcity.ioc.shared.application.TtlCache;

/**
 * Turns the directory's department groups of a staff member into the IOC's department codes: a group mapped by an
 * administrator ({@link DirectoryGroup}) gives its department; a group named like a department code is that
 * department; any other group is unmapped. Read from the database at most every 30 seconds per node; a change on
 * the console clears this node's copy at once ({@link #changed}).
 */
@ApplicationScoped
public class DirectoryGroups {

    /** What a member's groups resolve to. */
    public record Resolved(Set<String> departments, Set<String> unmapped) {
    }

    private record Known(Map<String, String> mapped, Set<String> codes) {
    }

    private final TtlCache<String, Known> known = new TtlCache<>(1, Duration.ofSeconds(30));

    @PersistenceContext(unitName = "ioc")
    EntityManager em;

    public Resolved resolve(Iterable<String> groups) {
        Known k = known.get("all", this::load);
        Set<String> departments = new java.util.LinkedHashSet<>();
        Set<String> unmapped = new java.util.LinkedHashSet<>();
        for (String group : groups) {
            String code = k.mapped().get(group.strip());
            if (code == null && k.codes().contains(group.strip())) {
                code = group.strip();
            }
            if (code == null) {
                unmapped.add(group);
            } else {
                departments.add(code);
            }
        }
        return new Resolved(departments, unmapped);
    }

    /** Forgets this node's copy (after a change on this node). */
    public void changed() {
        known.clear();
    }

    private Known load() {
        Map<String, String> mapped = new HashMap<>();
        for (DirectoryGroup g : em.createQuery("select g from DirectoryGroup g", DirectoryGroup.class).getResultList()) {
            mapped.put(g.getGroupName(), g.getDepartmentCode());
        }
        Set<String> codes = new HashSet<>(em.createQuery("select d.code from Department d", String.class).getResultList());
        return new Known(Map.copyOf(mapped), Set.copyOf(codes));
    }
}
