package vn.smartcity.ioc.camera.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.smartcity.ioc.camera.domain.CameraStatus;
import vn.smartcity.ioc.camera.domain.Detection;
import vn.smartcity.ioc.camera.domain.DetectionKind;

/**
 * When each camera was last seen. Thousands of events a second must not all update the same few camera rows
 * (every consumer would queue behind the others' row locks), so the latest time per camera is kept in memory
 * and written every 15 seconds: a camera seen again goes from unknown or offline to online; an online camera
 * silent for {@code IOC_CAMERA_OFFLINE_SECONDS} is marked offline, and the camera-status rules raise their alert for
 * it (once: on the node whose update changed the status). Each node writes what it saw; the database
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

    @EJB
    AlertRules alerts;

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
        // a camera silent too long goes offline; the node whose update changed it raises the camera-status
        // alert (as if the camera had reported itself offline), so each silence is raised once
        Instant now = clock.instant();
        Instant limit = now.minusSeconds(settings.offlineSeconds());
        List<String> silent = em.createQuery("select c.code from Camera c where c.status = :online"
                        + " and c.lastSeenAt < :limit and c.active = true order by c.code", String.class)
                .setParameter("online", CameraStatus.ONLINE).setParameter("limit", limit).getResultList();
        List<Detection> offline = new ArrayList<>();
        for (String code : silent) {
            int changed = em.createQuery("update Camera c set c.status = :offline where c.code = :code"
                            + " and c.status = :online and c.lastSeenAt < :limit")
                    .setParameter("offline", CameraStatus.OFFLINE).setParameter("online", CameraStatus.ONLINE)
                    .setParameter("code", code).setParameter("limit", limit).executeUpdate();
            if (changed == 1) {
                offline.add(new Detection("silence:" + code + ":" + now.getEpochSecond(), code,
                        DetectionKind.CAMERA_STATUS, now, null, null, null, null, List.of(), null, null, null, null,
                        CameraStatus.OFFLINE, null));
            }
        }
        if (!offline.isEmpty()) {
            alerts.evaluate(offline);
        }
    }
}
