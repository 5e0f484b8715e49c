package vn.smartcity.ioc.incident.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import vn.smartcity.ioc.incident.domain.Incident;
import vn.smartcity.ioc.incident.domain.IncidentRepository;
import vn.smartcity.ioc.shared.infrastructure.persistence.TimerLeases;

/**
 * The SLA watch: every 20 seconds, warns about open incidents entering the last fifth of their time and
 * escalates those past their due time to the supervisors (timeline entries, the escalation list on
 * /console/supervisor/sla.xhtml, and a live alert on the IocLiveAlerts topic).
 * <p>
 * Every node's timer fires; in a cluster one node runs each 20-second slot ({@link TimerLeases}), and when a node
 * is lost the others go on. Each warning and escalation is also recorded on the incident (sla_warned_at,
 * escalated_at, with the incident's version check), so even a repeated tick cannot warn twice.
 */
@Singleton
@PermitAll
public class SlaWatch {

    /** How incidents' timelines name the watch. */
    public static final String ACTOR = "sla-watch";
    static final int BATCH = 200;
    private static final Logger LOG = Logger.getLogger(SlaWatch.class.getName());

    @Inject
    IncidentRepository incidents;

    @Inject
    EscalationAlerts alerts;

    @Inject
    TimerLeases leases;

    Clock clock = Clock.systemUTC();

    @Schedule(hour = "*", minute = "*", second = "*/20", persistent = false, info = "ioc-sla-watch")
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void tick() {
        Instant now = clock.instant();
        if (!leases.claim("sla-watch", now.getEpochSecond() / 20, now)) {
            return; // another node runs this slot
        }
        LOG.fine("SLA watch tick"); // which node ran which tick: bench/two-nodes.sh counts these
        int warned = 0;
        for (Incident incident : incidents.dueForWarning(now, BATCH)) {
            if (incident.warnOfDueTime(ACTOR, now)) {
                warned++;
            }
        }
        List<Incident> overdue = incidents.dueForEscalation(now, BATCH);
        for (Incident incident : overdue) {
            if (incident.escalate(ACTOR, now)) {
                alerts.escalated(incident);
            }
        }
        incidents.flush();
        if (warned > 0 || !overdue.isEmpty()) {
            LOG.info("SLA watch: " + warned + " warned, " + overdue.size() + " escalated to the supervisors");
        }
    }
}
