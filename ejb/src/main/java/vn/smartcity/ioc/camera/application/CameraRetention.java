package vn.smartcity.ioc.camera.application;

import java.time.Instant;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import vn.smartcity.ioc.identity.domain.Roles;
import vn.smartcity.ioc.shared.infrastructure.persistence.TimerLeases;

/**
 * The camera context's nightly retention purge (02:30 server time): evidence images and clip references
 * ({@link EvidenceArchive#purge}) and detection events ({@link DetectionEventRetention}) past the retention of
 * their purpose. Every node's timer fires, one node runs it ({@link TimerLeases}, one slot a day).
 * Administrators can also run it from the console.
 */
@Singleton
@Lock(LockType.READ) // no state of its own: a long purge must not hold up the pages that ask it
public class CameraRetention {

    /** What one purge deleted. */
    public record Purged(int evidence, int events) {
    }

    @EJB
    EvidenceArchive archive;

    @EJB
    DetectionEventRetention events;

    @Inject
    TimerLeases leases;

    @Schedule(hour = "2", minute = "30", persistent = false, info = "camera retention purge")
    @PermitAll
    public void nightly() {
        Instant now = Instant.now();
        if (leases.claim("evidence-purge", now.getEpochSecond() / 86_400, now)) {
            purge();
        }
    }

    @RolesAllowed(Roles.ADMIN)
    public Purged now() {
        return purge();
    }

    private Purged purge() {
        return new Purged(archive.purge(), events.purge());
    }
}
