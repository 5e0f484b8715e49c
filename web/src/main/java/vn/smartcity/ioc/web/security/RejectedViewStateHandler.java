package vn.smartcity.ioc.web.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.logging.Logger;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;

/**
 * A Faces post whose view state the server does not know (expired, or forged by another site: CSRF), or a
 * GET of a protected view without its token, is refused with HTTP 403 and a page that says to reload,
 * never executed and never an HTTP 500. A page whose application service refuses the user's role
 * ({@link EJBAccessException}: the page's URL constraint is wider than a service it calls) is answered with
 * 403 and the error page too, not 500.
 */
public class RejectedViewStateHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(RejectedViewStateHandler.class.getName());
    /** Request attribute the error page reads to explain the refusal. */
    public static final String REJECTED = "ioc.viewStateRejected";

    RejectedViewStateHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
            Throwable error = events.next().getContext().getException();
            if (context.getResponseComplete() || context.getExternalContext().isResponseCommitted()) {
                continue;
            }
            if (isCausedBy(error, ViewExpiredException.class, ProtectedViewException.class)) {
                events.remove();
                LOG.fine(() -> "Refused a post with an unknown view state: " + error.getMessage());
                context.getExternalContext().getRequestMap().put(REJECTED, Boolean.TRUE);
                refuse(context, "The form's view state was not accepted");
            } else if (isCausedBy(error, EJBAccessException.class)) {
                events.remove();
                LOG.warning(() -> "Refused " + context.getExternalContext().getRemoteUser() + " a page of "
                        + context.getExternalContext().getRequestServletPath() + ": " + error.getMessage());
                refuse(context, "Not allowed for your role");
            }
        }
        getWrapped().handle();
    }

    private static void refuse(FacesContext context, String reason) {
        try {
            context.getExternalContext().responseReset();
            context.getExternalContext().responseSendError(403, reason);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    @SafeVarargs
    private static boolean isCausedBy(Throwable error, Class<? extends Throwable>... kinds) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            for (Class<? extends Throwable> kind : kinds) {
                if (kind.isInstance(t)) {
                    return true;
                }
            }
        }
        return false;
    }
}
