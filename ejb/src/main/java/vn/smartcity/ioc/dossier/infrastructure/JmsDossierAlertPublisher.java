package vn.smartcity.ioc.dossier.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;

import vn.smartcity.ioc.dossier.application.DossierAlertPublisher;
import vn.smartcity.ioc.dossier.domain.Dossier;
import vn.smartcity.ioc.shared.infrastructure.Jsonp;
import vn.smartcity.ioc.shared.messaging.Destinations;

/**
 * Publishes an overdue dossier on the IocLiveAlerts topic, kind "dossier-overdue", with the property
 * {@code department} (docs/messaging.md): the consoles of analysts, supervisors and administrators, and of the
 * handlers of that department, show it.
 */
@ApplicationScoped
public class JmsDossierAlertPublisher implements DossierAlertPublisher {

    public static final String KIND = "dossier-overdue";

    @Inject
    JMSContext jms;

    @Resource(lookup = Destinations.LIVE_ALERTS)
    Topic alerts;

    @Override
    public void overdue(Dossier d, String procedureName, long workingDaysOverdue) {
        String title = "Hồ sơ " + d.getCode() + " quá hạn " + workingDaysOverdue + " ngày làm việc / dossier " + d.getCode()
                + " " + workingDaysOverdue + " working day(s) overdue: " + procedureName;
        String body = Jsonp.createObjectBuilder().add("version", 1).add("kind", KIND).add("dossier", d.getCode())
                .add("severity", "WARNING").add("title", title).add("procedure", d.getProcedureCode())
                .add("departmentCode", d.getDepartmentCode()).add("dueAt", d.getDueAt().toString())
                .add("workingDaysOverdue", workingDaysOverdue).add("observedAt", d.getDueAt().toString())
                .build().toString();
        jms.createProducer().setProperty("kind", KIND).setProperty("department", d.getDepartmentCode()).send(alerts, body);
    }
}
