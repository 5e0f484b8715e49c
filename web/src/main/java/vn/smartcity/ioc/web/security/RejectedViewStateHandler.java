package vn.smartcity.ioc.web.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.logging.Logger;

import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;

/**
 * A Faces post whose view state the server does not know (expired, or forged by another site: CSRF), or a
 * GET of a protected view without its token, is refused with HTTP 403 and a page that says to reload,
 * never executed and never an HTTP 500.
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
            if (isViewExpired(error) && !context.getResponseComplete()) {
                events.remove();
                LOG.fine(() -> "Refused a post with an unknown view state: " + error.getMessage());
                context.getExternalContext().getRequestMap().put(REJECTED, Boolean.TRUE);
                try {
                    context.getExternalContext().responseSendError(403, "The form's view state was not accepted");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                context.responseComplete();
            }
        }
        getWrapped().handle();
    }

    private static boolean isViewExpired(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ViewExpiredException || t instanceof ProtectedViewException) {
                return true;
            }
        }
        return false;
    }
}
