package vn.smartcity.ioc.camera.application;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.smartcity.ioc.shared.application.TtlCache;

/**
 * Which camera a message names: its IOC code or its name in Frigate, for the active cameras. Read for every
 * message, so kept in memory for 30 seconds per node (a camera added on the console is known within that).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class CameraDirectory {

    private final TtlCache<String, Map<String, String>> names = new TtlCache<>(1, Duration.ofSeconds(30));

    @PersistenceContext(unitName = "ioc")
    EntityManager em;

    /** The IOC code of the active camera with this code or Frigate name. */
    public Optional<String> codeOf(String name) {
        return Optional.ofNullable(names.get("all", this::load).get(name));
    }

    /** Forgets the cached names (after a change to the registry on this node). */
    public void changed() {
        names.clear();
    }

    private Map<String, String> load() {
        Map<String, String> codes = new HashMap<>();
        List<Object[]> rows = em.createQuery("select c.code, c.externalName from Camera c where c.active = true",
                Object[].class).getResultList();
        for (Object[] row : rows) {
            codes.put((String) row[0], (String) row[0]);
            if (row[1] != null) {
                codes.putIfAbsent((String) row[1], (String) row[0]);
            }
        }
        return Map.copyOf(codes);
    }
}
