package vn.smartcity.ioc.secmon.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.smartcity.ioc.identity.domain.Roles;
import vn.smartcity.ioc.shared.infrastructure.persistence.TimerLeases;

/**
 * Retention of received security events (they hold user names and addresses: personal data): kept
 * {@code IOC_SECMON_RETENTION_DAYS} (365) days from their arrival, then deleted each night at 02:45 by one node
 * of the cluster ({@link TimerLeases}, one slot a day). Counted by the time the IOC received an event, not by the
 * time the sender wrote in it, so that a sender's wrong clock cannot make its logs vanish early. Security alerts
 * and their incidents are records of their own and stay. Administrators can also run it from the console.
 */
@Singleton
@Lock(LockType.READ) // no state of its own: a long purge must not hold up the pages that ask it
public class SecurityEventRetention {

    private static final Logger LOG = Logger.getLogger(SecurityEventRetention.class.getName());

    private final int days = SecmonSettings.fromEnvironment().retentionDays();

    @PersistenceContext(unitName = "ioc")
    EntityManager em;

    @Inject
    TimerLeases leases;

    Clock clock = Clock.systemUTC();

    @Schedule(hour = "2", minute = "45", persistent = false, info = "security event retention purge")
    @PermitAll
    public void nightly() {
        Instant now = clock.instant();
        if (leases.claim("security-event-purge", now.getEpochSecond() / 86_400, now)) {
            purge(now);
        }
    }

    /** Deletes the events past their retention now; returns how many. */
    @RolesAllowed(Roles.ADMIN)
    public int now() {
        return purge(clock.instant());
    }

    /** How many days events are kept. */
    @PermitAll
    public int days() {
        return days;
    }

    int purge(Instant now) {
        int purged = em.createQuery("delete from SecurityEvent e where e.receivedAt < :before")
                .setParameter("before", now.minus(Duration.ofDays(days))).executeUpdate();
        if (purged > 0) {
            LOG.info(() -> "security event retention: " + purged + " events deleted, received more than " + days
                    + " days ago");
        }
        return purged;
    }
}
