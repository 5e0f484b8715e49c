package vn.smartcity.ioc.web.api.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 4xx/5xx raised by resources or by JAX-RS itself (unknown path, wrong method, bad JSON) as problem details. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response.StatusType status = exception.getResponse().getStatusInfo();
        String detail = exception.getMessage() == null || exception.getMessage().startsWith("RESTEASY")
                ? status.getReasonPhrase() : exception.getMessage();
        return Problem.of(status, detail, uri == null ? null : uri.getRequestUri().getPath()).toResponse();
    }
}
