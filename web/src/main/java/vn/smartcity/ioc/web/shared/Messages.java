package vn.smartcity.ioc.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Page messages from the resource bundle "msg", in the page's language. */
public final class Messages {

    private Messages() {
    }

    public static void info(String key) {
        add(FacesMessage.SEVERITY_INFO, key, null);
    }

    public static void info(String key, String detail) {
        add(FacesMessage.SEVERITY_INFO, key, detail);
    }

    public static void error(String key, String detail) {
        add(FacesMessage.SEVERITY_ERROR, key, detail);
    }

    /**
     * An action the application refused: the message {@code key} with the refusal's own message as detail (an
     * EJBException's cause when the container wrapped it).
     */
    public static void refused(String key, RuntimeException e) {
        Throwable why = e instanceof jakarta.ejb.EJBException && e.getCause() != null ? e.getCause() : e;
        error(key, why.getMessage());
    }

    /** The text {@code key} of the bundle "msg" in the page's language, with {0}, {1}… filled in. */
    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String pattern = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
        return new java.text.MessageFormat(pattern, faces.getViewRoot().getLocale()).format(arguments);
    }

    private static void add(FacesMessage.Severity severity, String key, String detail) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
        faces.addMessage(null, new FacesMessage(severity, text, detail == null ? "" : detail));
    }
}
