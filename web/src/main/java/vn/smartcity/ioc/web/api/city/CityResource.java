package vn.smartcity.ioc.web.api.city;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.smartcity.ioc.city.application.CityDirectory;
import vn.smartcity.ioc.city.application.DepartmentView;
import vn.smartcity.ioc.city.application.WardView;

@Path("/city")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "city", description = "Public reference data of the province")
public class CityResource {

    @Inject
    CityDirectory city;

    @GET
    @Path("/wards")
    @Operation(summary = "Wards and communes of the province")
    public List<WardView> wards() {
        return city.wards();
    }

    @GET
    @Path("/wards/{code}")
    @Operation(summary = "One ward or commune by its code")
    public WardView ward(@PathParam("code") String code) {
        return city.ward(code).orElseThrow(() -> new NotFoundException("No ward or commune has the code '" + code
                + "'; GET /ioc/api/city/wards lists them."));
    }

    @GET
    @Path("/departments")
    @Operation(summary = "Departments and agencies that handle incidents")
    public List<DepartmentView> departments() {
        return city.departments();
    }
}
