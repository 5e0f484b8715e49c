package vn.smartcity.ioc.web.api.open311;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
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
import vn.smartcity.ioc.report.domain.ReportPhoto;
import vn.smartcity.ioc.report.domain.ServiceAttribute;

/**
 * Open311 GeoReport v2: discovery, service list and definitions, service requests (POST with an API key issued
 * on the console; GET by ids or filters), and tokens. The service code is the report category code; the
 * service_request_id is the citizen report's public number; the token is the citizen's tracking code.
 */
@Path("/open311/v2")
@Tag(name = "open311", description = "Open311 GeoReport v2")
public class Open311Resource {

    @Inject
    vn.smartcity.ioc.web.shared.TrackingThrottle throttle;

    @Inject
    vn.smartcity.ioc.web.portal.FormGuard guard;

    /** When this API's definition last changed (Service Discovery's changeset). */
    static final String CHANGESET = "2026-11-25T00:00:00+07:00";

    /** The jurisdiction this endpoint serves; another one asked for is "not found". */
    static final String JURISDICTION = System.getenv().getOrDefault("IOC_OPEN311_JURISDICTION", "laichau.gov.vn");

    @Inject
    ReportCategories categories;

    @Inject
    Open311Requests requests;

    @GET
    @Path("/services.{format:xml|json}")
    @Operation(summary = "GET Service List: the report categories citizens can report in")
    public Response services(@PathParam("format") String format, @QueryParam("jurisdiction_id") String jurisdiction) {
        Response wrongJurisdiction = checkJurisdiction(jurisdiction, format);
        if (wrongJurisdiction != null) {
            return wrongJurisdiction;
        }
        List<Map<String, Object>> services = categories.active().stream()
                .map(c -> service(c, categories.definition(c.code()).hasAttributes())).toList();
        return Open311Document.list("services", "service", services).render(Open311Document.Format.of(format), 200);
    }

    @GET
    @Path("/services/{code}.{format:xml|json}")
    @Operation(summary = "GET Service Definition: the extra questions (attributes) of a service")
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
        definition.put("attributes", new Open311Document.Repeated("attribute",
                categories.definition(code).attributes().stream().map(Open311Resource::attribute).toList()));
        return Open311Document.single("service_definition", definition).render(Open311Document.Format.of(format), 200);
    }

    @POST
    @Path("/requests.{format:xml|json}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "POST Service Request: a citizen report from an Open311 client (api_key required)")
    public Response create(@PathParam("format") String format, MultivaluedMap<String, String> form,
                           @Context HttpServletRequest http) {
        return answer(format, form.getFirst("jurisdiction_id"), () -> Open311Document.list("service_requests", "request",
                List.of(requests.create(form, http.getRemoteAddr(), List.of()))));
    }

    @POST
    @Path("/requests.{format:xml|json}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "POST Service Request with photos: the same fields as parts, and up to 5 'media' files")
    public Response createWithMedia(@PathParam("format") String format, List<EntityPart> parts,
                                    @Context HttpServletRequest http) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        List<byte[]> media = new ArrayList<>();
        try {
            for (EntityPart part : parts) {
                if ("media".equals(part.getName())) {
                    try (InputStream in = part.getContent()) {
                        media.add(in.readNBytes(ReportPhoto.MAX_BYTES + 1));
                    }
                } else {
                    form.add(part.getName(), part.getContent(String.class));
                }
            }
        } catch (IOException e) {
            return Open311Errors.response(400, "The multipart body could not be read", "." + format);
        }
        return answer(format, form.getFirst("jurisdiction_id"), () -> Open311Document.list("service_requests", "request",
                List.of(requests.create(form, http.getRemoteAddr(), media))));
    }

    @GET
    @Path("/requests.{format:xml|json}")
    @Operation(summary = "GET Service Requests: reports by ids, or by service codes, dates (90 days at most) and status")
    public Response find(@PathParam("format") String format, @Context UriInfo uri,
                         @QueryParam("jurisdiction_id") String jurisdiction,
                         @QueryParam("service_request_id") String ids, @QueryParam("service_code") String codes,
                         @QueryParam("start_date") String start, @QueryParam("end_date") String end,
                         @QueryParam("status") String status) {
        return answer(format, jurisdiction, () -> Open311Document.list("service_requests", "request",
                requests.find(ids, codes, start, end, status, photoBase(uri))));
    }

    @GET
    @Path("/requests/{id}.{format:xml|json}")
    @Operation(summary = "GET Service Request: one report by its service_request_id")
    public Response one(@PathParam("id") String id, @PathParam("format") String format, @Context UriInfo uri,
                        @QueryParam("jurisdiction_id") String jurisdiction) {
        return answer(format, jurisdiction, () -> {
            long number;
            try {
                number = Long.parseLong(id);
            } catch (NumberFormatException e) {
                throw new Open311Requests.Open311Failure(404, "service_request_id " + id + " was not found");
            }
            Map<String, Object> request = requests.one(number, photoBase(uri)).orElseThrow(() ->
                    new Open311Requests.Open311Failure(404, "service_request_id " + id + " was not found"));
            return Open311Document.list("service_requests", "request", List.of(request));
        });
    }

    @GET
    @Path("/tokens/{token}.{format:xml|json}")
    @Operation(summary = "GET service_request_id from a token (the citizen's tracking code)")
    public Response token(@PathParam("token") String token, @PathParam("format") String format,
                          @QueryParam("jurisdiction_id") String jurisdiction,
                          @jakarta.ws.rs.core.Context jakarta.servlet.http.HttpServletRequest http) {
        String client = guard.clientAddress(http);
        return answer(format, jurisdiction, () -> {
            if (!throttle.allowed(client)) {
                throw new Open311Requests.Open311Failure(429,
                        "too many unknown tokens from this address; try again in a few minutes");
            }
            var found = requests.token(token);
            if (found.isEmpty()) {
                throttle.failed(client);
                throw new Open311Requests.Open311Failure(404, "token " + token + " was not found");
            }
            return Open311Document.list("service_requests", "request", List.of(found.get()));
        });
    }

    /** Where the portal serves approved photos: {@code <context>/photos/}. */
    private static String photoBase(UriInfo uri) {
        return uri.getBaseUri().resolve("../photos/").toString();
    }

    private Response answer(String format, String jurisdiction, Supplier<Open311Document> work) {
        Response wrongJurisdiction = checkJurisdiction(jurisdiction, format);
        if (wrongJurisdiction != null) {
            return wrongJurisdiction;
        }
        try {
            return work.get().render(Open311Document.Format.of(format), 200);
        } catch (Open311Requests.Open311Failure e) {
            return Open311Errors.response(e.status, e.getMessage(), "." + format);
        }
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

    /** One question in the spec's fields; texts in Vietnamese, the jurisdiction's language. */
    private static Map<String, Object> attribute(ServiceAttribute a) {
        Map<String, Object> attribute = new LinkedHashMap<>();
        attribute.put("variable", a.isVariable());
        attribute.put("code", a.getCode());
        attribute.put("datatype", a.getDatatype().wire());
        attribute.put("required", a.isRequired());
        attribute.put("datatype_description", a.getDatatypeDescription());
        attribute.put("order", a.getSortOrder());
        attribute.put("description", a.getDescriptionVi());
        if (a.getDatatype().list()) {
            attribute.put("values", new Open311Document.Repeated("value", a.getChoices().stream()
                    .map(c -> {
                        Map<String, Object> value = new LinkedHashMap<>();
                        value.put("key", c.key());
                        value.put("name", c.nameVi());
                        return value;
                    }).toList()));
        }
        return attribute;
    }

    private static Map<String, Object> service(CategoryView c, boolean metadata) {
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("service_code", c.code());
        service.put("service_name", c.nameVi());
        service.put("description", c.nameEn() + " — " + c.departmentNameVi() + ", " + c.slaHours() + " h");
        service.put("metadata", metadata);
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
