package vn.smartcity.ioc.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import vn.smartcity.ioc.camera.application.DetectionIntake;
import vn.smartcity.ioc.camera.domain.InvalidDetection;
import vn.smartcity.ioc.camera.infrastructure.DetectionMessages;
import vn.smartcity.ioc.camera.infrastructure.RestDoor;
import vn.smartcity.ioc.shared.infrastructure.Jsonp;

/**
 * POST /ioc/api/detections: one detection event (a JSON object) or a batch (an array of up to 1000), in the
 * format of the detection queue (docs/messaging.md). 200 with what was stored and what was already there;
 * 400 with the reason when any event is invalid (then nothing is stored); 413 above 2 MB; 503 when the
 * database cannot take them now (send again later: the event ids make that safe).
 */
@Path("")
@RequestScoped
public class DetectionsResource {

    private static final Logger LOG = Logger.getLogger(DetectionsResource.class.getName());
    static final int MAX_BYTES = DetectionMessages.MAX_CHARS;

    @EJB
    RestDoor door;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response post(InputStream body, @Context SecurityContext security) throws IOException {
        byte[] bytes = body.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            return error(Response.Status.REQUEST_ENTITY_TOO_LARGE, "body larger than " + MAX_BYTES + " bytes");
        }
        String sender = security.getUserPrincipal() == null ? null : security.getUserPrincipal().getName();
        for (int attempt = 1; ; attempt++) {
            try {
                DetectionIntake.Stored stored = door.receive(new String(bytes, StandardCharsets.UTF_8), sender);
                return Response.ok(Jsonp.createObjectBuilder()
                        .add("received", stored.stored() + stored.duplicates())
                        .add("stored", stored.stored())
                        .add("duplicates", stored.duplicates()).build().toString()).build();
            } catch (InvalidDetection e) {
                return error(Response.Status.BAD_REQUEST, e.getMessage());
            } catch (EJBException e) {
                // two senders storing the same new event at the same moment: the second finds it stored on retry
                if (attempt < 2) {
                    continue;
                }
                LOG.log(Level.WARNING, "detections from " + sender + " not stored", e);
                return error(Response.Status.SERVICE_UNAVAILABLE, "not stored now; send the same events again later");
            }
        }
    }

    private static Response error(Response.Status status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(Jsonp.createObjectBuilder().add("error", message).build().toString()).build();
    }
}
