package vn.smartcity.ioc.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import vn.smartcity.ioc.shared.domain.Text;

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
     * An action the application refused: the message {@code key} with the refusal's own explanation as detail, in
     * the page's language (see {@link #why}).
     */
    public static void refused(String key, RuntimeException e) {
        error(key, why(e));
    }

    /**
     * Why {@code refusal} was thrown, in the page's language: its {@link Text} (or that of the first of its causes
     * with one, such as the domain refusal an EJBException or an application exception wraps), else its message.
     */
    public static String why(Throwable refusal) {
        Throwable shown = refusal instanceof jakarta.ejb.EJBException && refusal.getCause() != null ? refusal.getCause() : refusal;
        FacesContext faces = FacesContext.getCurrentInstance();
        java.util.Locale locale = faces == null || faces.getViewRoot() == null ? null : faces.getViewRoot().getLocale();
        return Text.of(refusal).map(t -> t.in(locale)).orElse(shown.getMessage());
    }

    /** A sentence of the application ({@link Text}) in the page's language. */
    public static String said(Text text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return text.in(faces == null || faces.getViewRoot() == null ? null : faces.getViewRoot().getLocale());
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
