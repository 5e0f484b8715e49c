package vn.smartcity.ioc.web.portal;

import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import vn.smartcity.ioc.report.application.ReportRefusedException;

/** Refusals and guard verdicts as messages in the visitor's language, attached to the field at fault. */
final class PortalMessages {

    private PortalMessages() {
    }

    static void refused(ReportRefusedException e, String formId) {
        String text = text("report.refused." + e.problem().name(), vn.smartcity.ioc.web.shared.Messages.why(e));
        String client = e.field() == null ? null : formId + ":" + e.field();
        FacesContext faces = FacesContext.getCurrentInstance();
        if (client != null && faces.getViewRoot().findComponent(client) == null) {
            client = null;
        }
        faces.addMessage(client, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
    }

    static void guard(FormGuard.Verdict verdict) {
        error("portal.guard." + verdict.name());
    }

    static void error(String key) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, key), ""));
        FacesContext.getCurrentInstance().validationFailed();
    }

    static void info(String key) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, key), ""));
    }

    static String text(String key, String fallback) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }
}
