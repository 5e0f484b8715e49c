package vn.smartcity.ioc.camera.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;

import vn.smartcity.ioc.identity.domain.Roles;

/**
 * The nightly evidence purge (02:30 server time), a persistent timer in the database timer store: in a
 * cluster one node runs it. Administrators can also run it from the console.
 */
@Singleton
public class EvidenceRetention {

    @EJB
    EvidenceArchive archive;

    @Schedule(hour = "2", minute = "30", persistent = true, info = "evidence retention purge")
    @PermitAll
    public void nightly() {
        archive.purge();
    }

    @RolesAllowed(Roles.ADMIN)
    public int now() {
        return archive.purge();
    }
}
