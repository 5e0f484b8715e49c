package vn.smartcity.ioc.incident.application;

import vn.smartcity.ioc.incident.domain.Incident;

/** Where the SLA watch announces an escalation to the consoles (the live alerts topic). */
public interface EscalationAlerts {

    void escalated(Incident incident);
}
