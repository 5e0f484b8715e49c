package vn.smartcity.ioc.lighting.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import vn.smartcity.ioc.lighting.domain.AstronomicalClock;
import vn.smartcity.ioc.lighting.domain.GatewayCommand;
import vn.smartcity.ioc.lighting.domain.LightingRepository;
import vn.smartcity.ioc.shared.infrastructure.persistence.TimerLeases;

/**
 * Sends the gateways' commands: every 5 seconds the unanswered ones that are due (at most {@value #BATCH}), and
 * gives up those past their expiry; every day at noon (Vietnam's time) queues each gateway's schedule from that
 * day. One node runs each slot in a cluster ({@link TimerLeases}).
 */
@Singleton
@PermitAll
public class LightingCommandWatch {

    static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(LightingCommandWatch.class.getName());

    @Inject
    LightingRepository repository;

    @Inject
    LightingCommands commands;

    @EJB
    GatewayLink link;

    @Inject
    TimerLeases leases;

    Clock clock = Clock.systemUTC();

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false, info = "ioc-lighting-commands")
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void tick() {
        Instant now = clock.instant();
        if (!leases.claim("lighting-commands", now.getEpochSecond() / 5, now)) {
            return;
        }
        repository.commandsExpired(now, BATCH).forEach(c -> c.expireIfDue(now));
        List<GatewayCommand> due = repository.commandsDue(now, BATCH);
        int sent = 0;
        for (GatewayCommand c : due) {
            if (link.send(c.getGateway(), commands.message(c))) {
                c.sent(now);
                sent++;
            } else {
                c.notSent(now);
            }
        }
        if (!due.isEmpty()) {
            int n = sent;
            LOG.fine(() -> "lighting commands: " + n + " of " + due.size() + " due sent");
        }
    }

    @Schedule(hour = "12", minute = "0", second = "0", timezone = "Asia/Ho_Chi_Minh", persistent = false,
            info = "ioc-lighting-schedules")
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void daily() {
        Instant now = clock.instant();
        if (!leases.claim("lighting-schedules", now.getEpochSecond() / 86_400, now)) {
            return;
        }
        Set<String> gateways = new HashSet<>(repository.gateways(vn.smartcity.ioc.lighting.domain.LightingOverride.Target.CITY, null));
        commands.schedules(gateways, LocalDate.now(AstronomicalClock.VIETNAM));
        LOG.info("lighting: schedules queued for " + gateways.size() + " gateway(s)");
    }
}
