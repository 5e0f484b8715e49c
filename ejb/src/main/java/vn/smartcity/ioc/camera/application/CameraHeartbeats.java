package vn.smartcity.ioc.camera.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.smartcity.ioc.camera.domain.CameraStatus;

/**
 * When each camera was last seen. Thousands of events a second must not all update the same few camera rows
 * (every consumer would queue behind the others' row locks), so the latest time per camera is kept in memory
 * and written every 15 seconds: a camera seen again goes from unknown or offline to online; an online camera
 * silent for {@code IOC_CAMERA_OFFLINE_SECONDS} is marked offline. Each node writes what it saw; the database
 * keeps the latest.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class CameraHeartbeats {

    private final Map<String, Instant> latest = new ConcurrentHashMap<>();
    private final CameraSettings settings = CameraSettings.fromEnvironment();

    @PersistenceContext(unitName = "ioc")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    public void seen(String cameraCode, Instant at) {
        latest.merge(cameraCode, at, (a, b) -> a.isAfter(b) ? a : b);
    }

    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
    public void write() {
        Map<String, Instant> seen = new TreeMap<>();   // one order on every node: no deadlock between nodes
        for (String code : List.copyOf(latest.keySet())) {
            Instant at = latest.remove(code);
            if (at != null) {
                seen.put(code, at);
            }
        }
        seen.forEach((code, at) -> em.createQuery("""
                        update Camera c set c.lastSeenAt = :at,
                            c.status = case when c.status = :tampered then c.status else :online end
                        where c.code = :code and (c.lastSeenAt is null or c.lastSeenAt < :at)""")
                .setParameter("at", at).setParameter("code", code).setParameter("tampered", CameraStatus.TAMPERED)
                .setParameter("online", CameraStatus.ONLINE).executeUpdate());
        em.createQuery("update Camera c set c.status = :offline where c.status = :online and c.lastSeenAt < :limit")
                .setParameter("offline", CameraStatus.OFFLINE).setParameter("online", CameraStatus.ONLINE)
                .setParameter("limit", clock.instant().minusSeconds(settings.offlineSeconds())).executeUpdate();
    }
}
