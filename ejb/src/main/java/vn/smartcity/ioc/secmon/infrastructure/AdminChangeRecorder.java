package vn.smartcity.ioc.secmon.infrastructure;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import vn.smartcity.ioc.audit.domain.AdminChange;

/**
 * The IOC's administrative changes as security events (docs/secmon.md): after the change commits, one RFC 5424
 * line from host {@code ioc}, app {@code ioc-admin}, msgid {@code admin-change} into the syslog receiver's
 * pipeline (searchable, and the rules see it like any other event).
 */
@ApplicationScoped
public class AdminChangeRecorder {

    @Inject
    SyslogListener listener;

    void record(@Observes(during = TransactionPhase.AFTER_SUCCESS) AdminChange change) {
        listener.local("<86>1 " + Instant.now() + " ioc ioc-admin - admin-change - admin change: " + clean(change.action())
                + " " + clean(change.what()) + " " + clean(change.target()) + " by user " + clean(change.who()));
    }

    private static String clean(String s) {
        return s == null ? "-" : s.replaceAll("[\\p{Cntrl}]", " ");
    }
}
