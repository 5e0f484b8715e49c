package vn.smartcity.ioc.web.api.open311;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.smartcity.ioc.report.application.CategoryView;
import vn.smartcity.ioc.report.application.ReportCategories;

/** Open311 GeoReport v2: discovery, service list and service definitions. The service code is the report category code. */
@Path("/open311/v2")
@Tag(name = "open311", description = "Open311 GeoReport v2")
public class Open311Resource {

    /** When this API's definition last changed (Service Discovery's changeset). */
    static final String CHANGESET = "2026-11-25T00:00:00+07:00";

    /** The jurisdiction this endpoint serves; another one asked for is "not found". */
    static final String JURISDICTION = System.getenv().getOrDefault("IOC_OPEN311_JURISDICTION", "laichau.gov.vn");

    @Inject
    ReportCategories categories;

    @GET
    @Path("/services.{format:xml|json}")
    @Operation(summary = "GET Service List: the report categories citizens can report in")
    public Response services(@PathParam("format") String format, @QueryParam("jurisdiction_id") String jurisdiction) {
        Response wrongJurisdiction = checkJurisdiction(jurisdiction, format);
        if (wrongJurisdiction != null) {
            return wrongJurisdiction;
        }
        List<Map<String, Object>> services = categories.active().stream().map(Open311Resource::service).toList();
        return Open311Document.list("services", "service", services).render(Open311Document.Format.of(format), 200);
    }

    @GET
    @Path("/services/{code}.{format:xml|json}")
    @Operation(summary = "GET Service Definition: the extra attributes of a service (none yet)")
    public Response definition(@PathParam("code") String code, @PathParam("format") String format,
                               @QueryParam("jurisdiction_id") String jurisdiction) {
        Response wrongJurisdiction = checkJurisdiction(jurisdiction, format);
        if (wrongJurisdiction != null) {
            return wrongJurisdiction;
        }
        boolean known = categories.active().stream().anyMatch(c -> c.code().equals(code));
        if (!known) {
            return Open311Errors.response(404, "service_code " + code + " was not found; GET services." + format
                    + " lists them", "." + format);
        }
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("service_code", code);
        definition.put("attributes", new Open311Document.Repeated("attribute", List.of()));
        return Open311Document.single("service_definition", definition).render(Open311Document.Format.of(format), 200);
    }

    @GET
    @Path("/discovery.{format:xml|json}")
    @Operation(summary = "Service Discovery: where the GeoReport v2 endpoint is and which formats it speaks")
    public Response discovery(@PathParam("format") String format, @Context UriInfo uri) {
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("specification", "http://wiki.open311.org/GeoReport_v2");
        endpoint.put("url", uri.getBaseUriBuilder().path("open311/v2").build().toString());
        endpoint.put("changeset", CHANGESET);
        endpoint.put("type", "production");
        endpoint.put("formats", new Open311Document.Repeated("format", List.of("text/xml", "application/json")));
        Map<String, Object> discovery = new LinkedHashMap<>();
        discovery.put("changeset", CHANGESET);
        discovery.put("contact", "IOC " + JURISDICTION + " <ioc@" + JURISDICTION + ">");
        discovery.put("key_service", "API keys are issued by the IOC administrators (console).");
        discovery.put("endpoints", new Open311Document.Repeated("endpoint", List.of(endpoint)));
        return Open311Document.single("discovery", discovery).render(Open311Document.Format.of(format), 200);
    }

    private static Map<String, Object> service(CategoryView c) {
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("service_code", c.code());
        service.put("service_name", c.nameVi());
        service.put("description", c.nameEn() + " — " + c.departmentNameVi() + ", " + c.slaHours() + " h");
        service.put("metadata", false);
        service.put("type", "realtime");
        service.put("keywords", c.nameEn());
        service.put("group", c.departmentCode());
        return service;
    }

    private static Response checkJurisdiction(String jurisdiction, String format) {
        if (jurisdiction != null && !jurisdiction.isBlank() && !jurisdiction.equals(JURISDICTION)) {
            return Open311Errors.response(404, "jurisdiction_id " + jurisdiction + " was not found; this endpoint serves "
                    + JURISDICTION, "." + format);
        }
        return null;
    }
}
