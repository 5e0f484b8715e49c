package vn.smartcity.ioc.secmon.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;
import jakarta.json.JsonObjectBuilder;

import vn.smartcity.ioc.secmon.application.SecurityAlertPublisher;
import vn.smartcity.ioc.secmon.domain.SecurityAlert;
import vn.smartcity.ioc.shared.messaging.Destinations;
import vn.smartcity.ioc.shared.infrastructure.Jsonp;

/** Publishes security alerts on the IocLiveAlerts topic, kind "security-alert" (docs/messaging.md). */
@ApplicationScoped
public class JmsSecurityAlertPublisher implements SecurityAlertPublisher {

    public static final String KIND = "security-alert";

    @Inject
    JMSContext jms;

    @Resource(lookup = Destinations.LIVE_ALERTS)
    Topic alerts;

    @Override
    public void raised(SecurityAlert alert) {
        JsonObjectBuilder json = Jsonp.createObjectBuilder().add("version", 1).add("kind", KIND)
                .add("alertId", alert.getId()).add("ruleCode", alert.getRuleCode()).add("level", alert.getLevel())
                .add("severity", alert.getLevel() >= 12 ? "CRITICAL" : "WARNING").add("title", alert.getTitle())
                .add("events", alert.getEventCount()).add("observedAt", alert.getObservedAt().toString())
                .add("raisedAt", alert.getRaisedAt().toString());
        if (alert.getHost() != null) {
            json.add("host", alert.getHost());
        }
        if (alert.getIncidentId() != null) {
            json.add("incidentId", alert.getIncidentId());
        }
        jms.createProducer().setProperty("kind", KIND).send(alerts, json.build().toString());
    }
}
