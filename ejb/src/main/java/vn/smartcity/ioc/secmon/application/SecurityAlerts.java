package vn.smartcity.ioc.secmon.application;

import java.time.Clock;
import java.util.Locale;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.smartcity.ioc.incident.application.IncidentView;
import vn.smartcity.ioc.incident.application.IncidentWorkflow;
import vn.smartcity.ioc.incident.application.NewIncident;
import vn.smartcity.ioc.incident.domain.Location;
import vn.smartcity.ioc.incident.domain.SourceKind;
import vn.smartcity.ioc.secmon.domain.RuleEngine;
import vn.smartcity.ioc.secmon.domain.SecurityAlert;
import vn.smartcity.ioc.secmon.domain.SecurityAsset;
import vn.smartcity.ioc.secmon.domain.SyslogMessage;

/**
 * A rule hit becomes an alert when its level (the rule's, raised by the criticality of the asset concerned:
 * the event's host, else its destination) reaches the alert level; it is stored, sent live to the consoles, and
 * at the incident level it opens a security incident (category information-security, answered by the department of information security; no place: IT systems).
 */
@Stateless
@PermitAll
public class SecurityAlerts {

    static final String INCIDENT_CATEGORY = "information-security";

    @PersistenceContext(unitName = "ioc")
    EntityManager em;

    @Inject
    SecurityAlertPublisher publisher;

    @EJB
    IncidentWorkflow incidents;

    Clock clock = Clock.systemUTC();
    private final SecmonSettings settings = SecmonSettings.fromEnvironment();

    /** @return the alert, or null when the hit stays below the alert level */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public SecurityAlert raise(RuleEngine.Hit hit, SyslogMessage m) {
        SecurityAsset asset = asset(m.host());
        if (asset == null) {
            asset = asset(m.field("dst"));
        }
        int level = Math.min(15, hit.rule().getLevel() + (asset == null ? 0 : asset.getCriticality().bonus));
        if (level < settings.alertLevel()) {
            return null;
        }
        String title = hit.rule().getName() + " · " + (hit.rule().getGroupBy() == null ? "" : hit.rule().getGroupBy() + "=")
                + hit.group() + (hit.count() > 1 ? " · " + hit.count() + " events" : "")
                + (m.host() == null ? "" : " · " + m.host());
        SecurityAlert alert = new SecurityAlert(hit.rule().getCode(), hit.rule().getLevel(), level, title, m.host(),
                hit.group(), hit.count(), m.message(), m.at(), clock.instant());
        em.persist(alert);
        em.flush();
        if (level >= settings.incidentLevel()) {
            String description = "Cảnh báo an toàn thông tin / security alert #" + alert.getId() + ", level " + level
                    + " (" + hit.rule().getCode() + " " + hit.rule().getLevel()
                    + (asset == null ? "" : ", asset " + asset.getHost() + " " + asset.getCriticality()) + "): " + title
                    + "\n\n" + alert.getSample();
            IncidentView incident = incidents.openForMonitor("secmon", new NewIncident(SourceKind.SECURITY_ALERT,
                    "security-alert:" + alert.getId(), title.length() > 200 ? title.substring(0, 200) : title,
                    description.length() > 4000 ? description.substring(0, 4000) : description, INCIDENT_CATEGORY,
                    new Location(null, "Hệ thống CNTT / IT systems" + (m.host() == null ? "" : ": " + m.host()), null, null)));
            alert.openedIncident(incident.id());
        }
        publisher.raised(alert);
        return alert;
    }

    private SecurityAsset asset(String host) {
        if (host == null) {
            return null;
        }
        return em.createQuery("select a from SecurityAsset a where a.host = :host", SecurityAsset.class)
                .setParameter("host", host.toLowerCase(Locale.ROOT)).getResultStream().findFirst().orElse(null);
    }
}
