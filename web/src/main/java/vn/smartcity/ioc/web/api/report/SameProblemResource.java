package vn.smartcity.ioc.web.api.report;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.smartcity.ioc.incident.domain.IncidentState;
import vn.smartcity.ioc.report.application.CitizenReporting;

/**
 * "Is it the same problem?": the portal's map asks, when the citizen marks a place, which open incidents of
 * the chosen category lie within the configured radius. Only the number, state, age and distance: no text a
 * citizen wrote, no personal data.
 */
@Path("/reports/same-problem")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "report", description = "Citizen field reports")
public class SameProblemResource {

    @Inject
    CitizenReporting reporting;

    /** One candidate as the portal shows it. */
    public record Candidate(long incidentId, IncidentState state, Instant openedAt, int distanceMetres) {
    }

    @GET
    @Operation(summary = "Open incidents of a category near a point, nearest first (at most 5)")
    public List<Candidate> near(@QueryParam("category") String category, @QueryParam("lat") Double lat,
                                @QueryParam("lon") Double lon) {
        if (category == null || category.isBlank() || lat == null || lon == null || lat.isNaN() || lon.isNaN()) {
            throw new BadRequestException("category, lat and lon are required");
        }
        return reporting.sameProblemCandidates(category, lat, lon).stream()
                .map(c -> new Candidate(c.incidentId(), c.state(), c.openedAt(), c.distanceMetres())).toList();
    }
}
