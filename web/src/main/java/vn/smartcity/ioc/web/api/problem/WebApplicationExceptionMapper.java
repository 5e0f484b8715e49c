package vn.smartcity.ioc.web.api.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import vn.smartcity.ioc.web.api.open311.Open311Errors;

/**
 * 4xx/5xx raised by resources or by JAX-RS itself (unknown path, wrong method, bad JSON) as problem details;
 * on Open311 paths in the Open311 error format (404 for what does not exist, 403 for api keys, else 400).
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response.StatusType status = exception.getResponse().getStatusInfo();
        String path = uri == null ? null : uri.getRequestUri().getPath();
        if (Open311Errors.isOpen311(path)) {
            int code = status.getStatusCode() == 404 ? 404 : status.getStatusCode() == 403 ? 403 : 400;
            return Open311Errors.response(code, status.getStatusCode() == 404
                    ? "No such Open311 resource: " + path : "The request is invalid: " + status.getReasonPhrase(), path);
        }
        String detail = exception.getMessage() == null || exception.getMessage().startsWith("RESTEASY")
                ? status.getReasonPhrase() : exception.getMessage();
        return Problem.of(status, detail, uri == null ? null : uri.getRequestUri().getPath()).toResponse();
    }
}
