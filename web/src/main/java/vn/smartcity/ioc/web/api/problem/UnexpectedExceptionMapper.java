package vn.smartcity.ioc.web.api.problem;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Anything unexpected: logged with a reference the client sees, answered as a problem without internals.
 * Invalid arguments from the application layer are the client's mistake (400).
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Exception exception) {
        String path = uri == null ? null : uri.getRequestUri().getPath();
        Throwable cause = rootCause(exception);
        if (cause instanceof IllegalArgumentException) {
            return Problem.of(Response.Status.BAD_REQUEST, cause.getMessage(), path).toResponse();
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected API error " + reference + " on " + path, exception);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR,
                "The IOC could not complete the request; quote reference " + reference + " to the IOC administrator.",
                path).toResponse();
    }

    private static Throwable rootCause(Throwable t) {
        Throwable cause = t;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
