package vn.smartcity.ioc.camera.application;

import java.time.Instant;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import vn.smartcity.ioc.identity.domain.Roles;
import vn.smartcity.ioc.shared.infrastructure.persistence.TimerLeases;

/**
 * The nightly evidence purge (02:30 server time): every node's timer fires, one node runs it
 * ({@link TimerLeases}, one slot a day). Administrators can also run it from the console.
 */
@Singleton
public class EvidenceRetention {

    @EJB
    EvidenceArchive archive;

    @Inject
    TimerLeases leases;

    @Schedule(hour = "2", minute = "30", persistent = false, info = "evidence retention purge")
    @PermitAll
    public void nightly() {
        Instant now = Instant.now();
        if (leases.claim("evidence-purge", now.getEpochSecond() / 86_400, now)) {
            archive.purge();
        }
    }

    @RolesAllowed(Roles.ADMIN)
    public int now() {
        return archive.purge();
    }
}
