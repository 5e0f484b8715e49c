package vn.smartcity.ioc.incident.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;

import vn.smartcity.ioc.incident.application.EscalationAlerts;
import vn.smartcity.ioc.incident.domain.Incident;
import vn.smartcity.ioc.shared.messaging.Destinations;
import vn.smartcity.ioc.shared.infrastructure.Jsonp;

/** Publishes SLA escalations on the IocLiveAlerts topic (format in docs/messaging.md), in the watch's transaction. */
@ApplicationScoped
public class JmsEscalationAlerts implements EscalationAlerts {

    @Inject
    JMSContext jms;

    @Resource(lookup = Destinations.LIVE_ALERTS)
    Topic alerts;

    @Override
    public void escalated(Incident incident) {
        String json = Jsonp.createObjectBuilder().add("version", 1).add("kind", "sla-escalation")
                .add("incidentId", incident.getId()).add("title", incident.getTitle())
                .add("categoryCode", incident.getCategoryCode()).add("departmentCode", incident.getDepartmentCode())
                .add("state", incident.getState().name()).add("dueAt", incident.getDueAt().toString())
                .add("escalatedAt", incident.getEscalatedAt().toString()).build().toString();
        jms.createProducer().setProperty("kind", "sla-escalation").setProperty("department", incident.getDepartmentCode())
                .send(alerts, json);
    }
}
