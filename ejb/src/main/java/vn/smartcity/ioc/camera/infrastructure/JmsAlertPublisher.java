package vn.smartcity.ioc.camera.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;
import jakarta.json.JsonObjectBuilder;

import vn.smartcity.ioc.camera.application.AlertPublisher;
import vn.smartcity.ioc.camera.application.CameraDirectory;
import vn.smartcity.ioc.camera.domain.CameraAlert;
import vn.smartcity.ioc.shared.messaging.Destinations;
import vn.smartcity.ioc.shared.infrastructure.Jsonp;

/** Publishes camera alerts on the IocLiveAlerts topic (kind "camera-alert", docs/messaging.md). */
@ApplicationScoped
public class JmsAlertPublisher implements AlertPublisher {

    public static final String KIND = "camera-alert";

    @Inject
    JMSContext jms;

    @Resource(lookup = Destinations.LIVE_ALERTS)
    Topic alerts;

    @Override
    public void raised(CameraAlert alert, CameraDirectory.CameraInfo camera) {
        JsonObjectBuilder json = Jsonp.createObjectBuilder().add("version", 1).add("kind", KIND)
                .add("alertId", alert.getId()).add("ruleCode", alert.getRuleCode())
                .add("ruleVersion", alert.getRuleVersion()).add("severity", alert.getSeverity().name())
                .add("title", alert.getTitle()).add("camera", alert.getCameraCode())
                .add("cameraName", camera == null ? alert.getCameraCode() : camera.name())
                .add("observedAt", alert.getObservedAt().toString()).add("raisedAt", alert.getRaisedAt().toString())
                .add("eventId", alert.getEventId());
        if (camera != null && camera.latitude() != null && camera.longitude() != null) {
            json.add("latitude", camera.latitude()).add("longitude", camera.longitude());
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
