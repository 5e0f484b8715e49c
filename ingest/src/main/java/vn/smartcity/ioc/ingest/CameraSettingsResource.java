package vn.smartcity.ioc.ingest;

import java.io.StringReader;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import vn.smartcity.ioc.camera.application.WorkerCameraSettings;
import vn.smartcity.ioc.shared.infrastructure.Jsonp;

/**
 * GET /ioc/api/detections/cameras/{code}: a camera's geometry and speed limit from the registry, for the
 * video-analytics worker (docs/worker.md). 200 {@code {"code", "active", "speedLimitKmh", "geometry",
 * "changedAt"}} (geometry and speed limit null when not set); 404 for a code the registry does not have.
 */
@Path("cameras")
@RequestScoped
public class CameraSettingsResource {

    @EJB
    WorkerCameraSettings settings;

    @GET
    @Path("{code}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response camera(@PathParam("code") String code) {
        return settings.of(code).map(s -> {
            JsonObjectBuilder json = Jsonp.createObjectBuilder().add("code", s.code()).add("active", s.active());
            if (s.speedLimitKmh() == null) {
                json.addNull("speedLimitKmh");
            } else {
                json.add("speedLimitKmh", s.speedLimitKmh());
            }
            if (s.geometry() == null || s.geometry().isBlank()) {
                json.addNull("geometry");
            } else {
                json.add("geometry", Jsonp.createReader(new StringReader(s.geometry())).readObject());
            }
            if (s.changedAt() == null) {
                json.addNull("changedAt");
            } else {
                json.add("changedAt", s.changedAt().toString());
            }
            return Response.ok(json.build().toString()).build();
        }).orElseGet(() -> Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON)
                .entity(Jsonp.createObjectBuilder().add("error", "no camera " + code + " in the registry").build().toString())
                .build());
    }
}
