package vn.smartcity.ioc.lighting.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;

import vn.smartcity.ioc.lighting.application.FaultWords;
import vn.smartcity.ioc.lighting.application.LightingAlertPublisher;
import vn.smartcity.ioc.lighting.domain.LightingFault;
import vn.smartcity.ioc.shared.infrastructure.Jsonp;
import vn.smartcity.ioc.shared.messaging.Destinations;

/**
 * Publishes a new lighting fault on the IocLiveAlerts topic, kind "lighting-fault", with the property
 * {@code department} (docs/messaging.md): the consoles of operators, supervisors and administrators, and of the
 * handlers of the department that maintains the lighting, show it.
 */
@ApplicationScoped
public class JmsLightingAlertPublisher implements LightingAlertPublisher {

    public static final String KIND = "lighting-fault";

    @Inject
    JMSContext jms;

    @Resource(lookup = Destinations.LIVE_ALERTS)
    Topic alerts;

    @Override
    public void faultOpened(LightingFault f, String department) {
        String subject = f.getSubject() == LightingFault.Subject.CABINET ? "tủ " + f.getSubjectCode() + " / cabinet "
                : "đèn " + f.getSubjectCode() + " / luminaire ";
        String title = FaultWords.vi(f.getKind()) + ": " + subject + (f.getSubject() == LightingFault.Subject.CABINET
                ? "" : f.getSubjectCode()) + " (" + FaultWords.en(f.getKind()) + ")";
        var body = Jsonp.createObjectBuilder().add("version", 1).add("kind", KIND).add("fault", f.getId())
                .add("faultKind", f.getKind().name()).add("subject", f.getSubject().name())
                .add("code", f.getSubjectCode()).add("severity", "WARNING").add("title", title)
                .add("latitude", f.getLatitude()).add("longitude", f.getLongitude())
                .add("observedAt", f.getOpenedAt().toString());
        if (f.getWardCode() != null) {
            body.add("wardCode", f.getWardCode());
        }
        if (department != null) {
            body.add("departmentCode", department);
        }
        var producer = jms.createProducer().setProperty("kind", KIND);
        if (department != null) {
            producer.setProperty("department", department);
        }
        producer.send(alerts, body.build().toString());
    }
}
