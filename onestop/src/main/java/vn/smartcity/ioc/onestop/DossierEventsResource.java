package vn.smartcity.ioc.onestop;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import vn.smartcity.ioc.dossier.application.DossierIngest;
import vn.smartcity.ioc.dossier.application.DossierRefused;
import vn.smartcity.ioc.dossier.infrastructure.OneStopDoor;
import vn.smartcity.ioc.shared.domain.Invalid;
import vn.smartcity.ioc.shared.infrastructure.Jsonp;

/**
 * POST /ioc/api/dossiers/events: one dossier event (a JSON object) or a batch (an array of up to 1,000), in the
 * format of docs/dossiers.md. 200 with what was stored and what was already there; 400 with every bad event
 * (its place in the batch and the reason) when any is bad, nothing stored; 413 above 2 MB; 503 when the database
 * cannot take them now (send the same batch again later: the event ids make that safe).
 */
@Path("events")
@RequestScoped
public class DossierEventsResource {

    private static final Logger LOG = Logger.getLogger(DossierEventsResource.class.getName());
    static final int MAX_BYTES = 2 * 1024 * 1024;

    @EJB
    OneStopDoor door;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response post(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            return error(Response.Status.REQUEST_ENTITY_TOO_LARGE, "body larger than " + MAX_BYTES + " bytes", null);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                DossierIngest.Outcome outcome = door.receive(new String(bytes, StandardCharsets.UTF_8));
                return Response.ok(Jsonp.createObjectBuilder()
                        .add("received", outcome.stored() + outcome.duplicates())
                        .add("stored", outcome.stored())
                        .add("duplicates", outcome.duplicates()).build().toString()).build();
            } catch (DossierRefused e) {
                JsonArrayBuilder problems = Jsonp.createArrayBuilder();
                for (DossierIngest.Problem p : e.problems()) {
                    problems.add(Jsonp.createObjectBuilder().add("event", p.line()).add("event_id", String.valueOf(p.eventId()))
                            .add("reason", p.reason().english()));
                }
                return error(Response.Status.BAD_REQUEST, e.getMessage(), problems);
            } catch (Invalid e) {
                return error(Response.Status.BAD_REQUEST, e.getMessage(), null);
            } catch (EJBException e) {
                if (e.getCause() instanceof Invalid invalid) {
                    return error(Response.Status.BAD_REQUEST, invalid.getMessage(), null);
                }
                // two senders storing the same new event at the same moment: the second finds it stored on retry
                if (attempt < 2) {
                    continue;
                }
                LOG.log(Level.WARNING, "dossier events not stored", e);
                return error(Response.Status.SERVICE_UNAVAILABLE, "not stored now; send the same events again later", null);
            }
        }
    }

    private static Response error(Response.Status status, String message, JsonArrayBuilder problems) {
        var body = Jsonp.createObjectBuilder().add("error", message);
        if (problems != null) {
            body.add("problems", problems);
        }
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body.build().toString()).build();
    }
}
