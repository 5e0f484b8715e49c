package vn.smartcity.ioc.camera.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.smartcity.ioc.camera.domain.AlertState;
import vn.smartcity.ioc.camera.domain.Camera;
import vn.smartcity.ioc.camera.domain.CameraAlert;
import vn.smartcity.ioc.camera.domain.DetectionRule;
import vn.smartcity.ioc.city.domain.Ward;
import vn.smartcity.ioc.identity.domain.Roles;
import vn.smartcity.ioc.incident.application.IncidentView;
import vn.smartcity.ioc.incident.application.IncidentWorkflow;
import vn.smartcity.ioc.incident.application.NewIncident;
import vn.smartcity.ioc.incident.domain.Location;
import vn.smartcity.ioc.incident.domain.SourceKind;

/**
 * Operators handle camera alerts: acknowledge (watching it), dismiss as a false positive (kept, with why), or
 * escalate into an incident of the incident workflow (source CAMERA_ALERT, the rule's category, the camera's
 * place). A second operator acting on an alert someone already handled is told who did.
 */
@Stateless
@RolesAllowed({Roles.OPERATOR, Roles.SUPERVISOR})
public class CameraAlerts {

    /** An alert on the console. */
    public record AlertView(long id, String ruleCode, int ruleVersion, String severity, String title, String cameraCode,
                            String zone, String label, String trackId, String eventId, String snapshotSha256,
                            Instant observedAt,
                            Instant raisedAt, String state, String handledBy, Instant handledAt, String note,
                            Long incidentId, int version) {
        static AlertView of(CameraAlert a) {
            return new AlertView(a.getId(), a.getRuleCode(), a.getRuleVersion(), a.getSeverity().name(), a.getTitle(),
                    a.getCameraCode(), a.getZone(), a.getLabel(), a.getTrackId(), a.getEventId(), a.getSnapshotSha256(),
                    a.getObservedAt(),
                    a.getRaisedAt(), a.getState().name(), a.getHandledBy(), a.getHandledAt(), a.getNote(),
                    a.getIncidentId(), a.getVersion());
        }
    }

    @PersistenceContext(unitName = "ioc")
    EntityManager em;

    @Resource
    SessionContext session;

    @EJB
    IncidentWorkflow incidents;

    Clock clock = Clock.systemUTC();

    /** Open alerts (new, then acknowledged), newest first, at most 200. */
    @RolesAllowed({Roles.OPERATOR, Roles.SUPERVISOR, Roles.ANALYST, Roles.ADMIN})
    public List<AlertView> open() {
        return em.createQuery("select a from CameraAlert a where a.state in :open order by a.state, a.raisedAt desc, a.id desc",
                        CameraAlert.class).setParameter("open", List.of(AlertState.NEW, AlertState.ACKNOWLEDGED))
                .setMaxResults(200).getResultList().stream().map(AlertView::of).toList();
    }

    /** Alerts handled lately (dismissed or escalated), newest first, at most 50. */
    @RolesAllowed({Roles.OPERATOR, Roles.SUPERVISOR, Roles.ANALYST, Roles.ADMIN})
    public List<AlertView> handled() {
        return em.createQuery("select a from CameraAlert a where a.state in :done order by a.handledAt desc, a.id desc",
                        CameraAlert.class).setParameter("done", List.of(AlertState.DISMISSED, AlertState.ESCALATED))
                .setMaxResults(50).getResultList().stream().map(AlertView::of).toList();
    }

    public AlertView acknowledge(long id, int version) {
        CameraAlert alert = alert(id, version);
        act(() -> alert.acknowledge(caller(), clock.instant()));
        return AlertView.of(alert);
    }

    public AlertView dismiss(long id, int version, String reason) {
        CameraAlert alert = alert(id, version);
        act(() -> alert.dismiss(caller(), clock.instant(), reason));
        return AlertView.of(alert);
    }

    /** Opens an incident from the alert; returns the alert, which names the incident. */
    public AlertView escalate(long id, int version) {
        CameraAlert alert = alert(id, version);
        if (!alert.isOpen()) {
            throw new AlertRefusedException("camera.alreadyHandled." + alert.getState().name().toLowerCase(java.util.Locale.ROOT),
                    alert.getHandledBy());
        }
        DetectionRule rule = em.find(DetectionRule.class, alert.getRuleId());
        Camera camera = em.createQuery("select c from Camera c where c.code = :code", Camera.class)
                .setParameter("code", alert.getCameraCode()).getSingleResult();
        String ward = camera.getWardId() == null ? null : em.find(Ward.class, camera.getWardId()).getCode();
        String description = "Cảnh báo camera / camera alert #" + alert.getId() + ": " + alert.getTitle()
                + " (" + alert.getRuleCode() + " v" + alert.getRuleVersion() + "), " + alert.getCameraCode()
                + (alert.getZone() == null ? "" : ", zone " + alert.getZone())
                + (alert.getLabel() == null ? "" : ", " + alert.getLabel()) + ", " + alert.getObservedAt();
        IncidentView incident = incidents.open(new NewIncident(SourceKind.CAMERA_ALERT, "camera-alert:" + alert.getId(),
                alert.getTitle(), description, rule.getCategoryCode(),
                new Location(ward, camera.getAddress(), camera.getLatitude(), camera.getLongitude())));
        alert.escalate(caller(), clock.instant(), incident.id());
        return AlertView.of(alert);
    }

    private CameraAlert alert(long id, int version) {
        CameraAlert alert = em.find(CameraAlert.class, id);
        if (alert == null) {
            throw new AlertRefusedException("camera.noAlert", id);
        }
        if (alert.getVersion() != version) {
            throw new AlertRefusedException("camera.alertChanged", id, alert.getHandledBy(), alert.getHandledAt());
        }
        return alert;
    }

    private static void act(Runnable change) {
        try {
            change.run();
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new AlertRefusedException(e);
        }
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
