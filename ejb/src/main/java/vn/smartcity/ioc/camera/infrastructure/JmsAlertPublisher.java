package vn.smartcity.ioc.camera.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import vn.smartcity.ioc.camera.application.AlertPublisher;
import vn.smartcity.ioc.camera.domain.Camera;
import vn.smartcity.ioc.camera.domain.CameraAlert;
import vn.smartcity.ioc.shared.messaging.Destinations;

/** Publishes camera alerts on the IocLiveAlerts topic (kind "camera-alert", docs/messaging.md). */
@ApplicationScoped
public class JmsAlertPublisher implements AlertPublisher {

    public static final String KIND = "camera-alert";

    @Inject
    JMSContext jms;

    @Resource(lookup = Destinations.LIVE_ALERTS)
    Topic alerts;

    @Override
    public void raised(CameraAlert alert, Camera camera) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("version", 1).add("kind", KIND)
                .add("alertId", alert.getId()).add("ruleCode", alert.getRuleCode())
                .add("ruleVersion", alert.getRuleVersion()).add("severity", alert.getSeverity().name())
                .add("title", alert.getTitle()).add("camera", camera.getCode()).add("cameraName", camera.getName())
                .add("observedAt", alert.getObservedAt().toString()).add("raisedAt", alert.getRaisedAt().toString())
                .add("eventId", alert.getEventId());
        if (camera.getLatitude() != null && camera.getLongitude() != null) {
            json.add("latitude", camera.getLatitude()).add("longitude", camera.getLongitude());
        }
        if (alert.getZone() != null) {
            json.add("zone", alert.getZone());
        }
        if (alert.getLabel() != null) {
            json.add("label", alert.getLabel());
        }
        if (alert.getSnapshotSha256() != null) {
            json.add("snapshotSha256", alert.getSnapshotSha256());
        }
        jms.createProducer().setProperty("kind", KIND).send(alerts, json.build().toString());
    }
}
