package vn.smartcity.ioc.camera.application;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.smartcity.ioc.camera.domain.Camera;
import vn.smartcity.ioc.camera.domain.CameraKind;
import vn.smartcity.ioc.camera.domain.EvidencePurpose;
import vn.smartcity.ioc.shared.application.TtlCache;

/**
 * The active cameras as the pipeline needs them for every message: which camera a message names (its IOC
 * code or its name in Frigate), its kind, place, speed limit and evidence retention. Kept in memory for 30
 * seconds per node (a camera added or changed is seen within that).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class CameraDirectory {

    /** What the pipeline reads of a camera. */
    public record CameraInfo(String code, String name, CameraKind kind, String address, Integer speedLimitKmh,
                             int retentionDaysSecurity, int retentionDaysTraffic, Double latitude, Double longitude) {

        /** Evidence of a traffic or number-plate camera, or of a violation, is traffic evidence. */
        public EvidencePurpose purpose(boolean violation) {
            return violation || kind != CameraKind.SECURITY ? EvidencePurpose.TRAFFIC : EvidencePurpose.SECURITY;
        }

        public int retentionDays(EvidencePurpose purpose) {
            return purpose == EvidencePurpose.TRAFFIC ? retentionDaysTraffic : retentionDaysSecurity;
        }
    }

    private record Known(Map<String, String> codes, Map<String, CameraInfo> cameras) {
    }

    private final TtlCache<String, Known> known = new TtlCache<>(1, Duration.ofSeconds(30));

    @PersistenceContext(unitName = "ioc")
    EntityManager em;

    /** The IOC code of the active camera with this code or Frigate name. */
    public Optional<String> codeOf(String name) {
        return Optional.ofNullable(known().codes().get(name));
    }

    /** The active camera with this code. */
    public Optional<CameraInfo> info(String code) {
        return Optional.ofNullable(known().cameras().get(code));
    }

    /** Forgets what it knows (after a change to the registry on this node). */
    public void changed() {
        known.clear();
    }

    private Known known() {
        return known.get("all", this::load);
    }

    private Known load() {
        Map<String, String> codes = new HashMap<>();
        Map<String, CameraInfo> cameras = new HashMap<>();
        for (Camera c : em.createQuery("select c from Camera c where c.active = true", Camera.class).getResultList()) {
            codes.put(c.getCode(), c.getCode());
            if (c.getExternalName() != null) {
                codes.putIfAbsent(c.getExternalName(), c.getCode());
            }
            cameras.put(c.getCode(), new CameraInfo(c.getCode(), c.getName(), c.getKind(), c.getAddress(),
                    c.getSpeedLimitKmh(), c.getRetentionDaysSecurity(), c.getRetentionDaysTraffic(), c.getLatitude(), c.getLongitude()));
        }
        return new Known(Map.copyOf(codes), Map.copyOf(cameras));
    }
}
