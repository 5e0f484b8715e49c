package vn.smartcity.ioc.web.console.alerts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.smartcity.ioc.camera.application.AlertRefusedException;
import vn.smartcity.ioc.camera.application.CameraAlerts;
import vn.smartcity.ioc.incident.application.IncidentRefusedException;
import vn.smartcity.ioc.web.shared.Messages;

/**
 * /console/alerts: the live feed (a websocket, alerts.js) above the open alerts, each with its actions
 * (acknowledge, dismiss as a false positive with why, escalate into an incident), and the alerts handled lately.
 */
@Named("alerts")
@RequestScoped
public class AlertsBacking {

    @Inject
    CameraAlerts alerts;

    @Inject
    vn.smartcity.ioc.camera.application.CameraDirectory directory;

    private final Map<Long, String> reasons = new HashMap<>();
    private List<CameraAlerts.AlertView> open;
    private List<CameraAlerts.AlertView> handled;

    public List<CameraAlerts.AlertView> getOpen() {
        if (open == null) {
            open = alerts.open();
        }
        return open;
    }

    public List<CameraAlerts.AlertView> getHandled() {
        if (handled == null) {
            handled = alerts.handled();
        }
        return handled;
    }

    /** A camera's place for the alert map: {@code [latitude, longitude]}, or null when unknown. */
    public Double[] position(String cameraCode) {
        return directory.info(cameraCode).filter(c -> c.latitude() != null && c.longitude() != null)
                .map(c -> new Double[] {c.latitude(), c.longitude()}).orElse(null);
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public void acknowledge(long id, int version, int row) {
        act(() -> alerts.acknowledge(id, version), "alerts.acknowledged", id, row);
    }

    public void dismiss(long id, int version, int row) {
        act(() -> alerts.dismiss(id, version, reasons.get(id)), "alerts.dismissed", id, row);
    }

    public void escalate(long id, int version, int row) {
        act(() -> Messages.info("alerts.escalated", "#" + id + " → #" + alerts.escalate(id, version).incidentId()), null, id, row);
    }

    /**
     * The buttons sit in a repeated row: on the click, Faces finds the row by its position in the list as it is
     * now. If the list changed since the page was shown (another operator handled an alert), the row may hold
     * another alert; the row's posted alert id tells, and then nothing is done.
     */
    private void act(Runnable action, String doneKey, long id, int row) {
        String shown = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("alert-row-" + row);
        if (!Long.toString(id).equals(shown)) {
            Messages.error("alerts.refused", Messages.text("alerts.listChanged"));
            open = null;
            return;
        }
        try {
            action.run();
            if (doneKey != null) {
                Messages.info(doneKey, "#" + id);
            }
        } catch (AlertRefusedException | IncidentRefusedException e) {
            Messages.error("alerts.refused", Messages.why(e));
        } catch (EJBException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            Messages.error("alerts.refused", Messages.why(cause));
        }
        open = null;
        handled = null;
    }
}
