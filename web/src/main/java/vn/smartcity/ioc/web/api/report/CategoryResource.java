package vn.smartcity.ioc.web.api.report;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.smartcity.ioc.report.application.CategoryView;
import vn.smartcity.ioc.report.application.ReportCategories;

@Path("/report/categories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "report", description = "Citizen field reports")
public class CategoryResource {

    @Inject
    ReportCategories categories;

    @GET
    @Operation(summary = "Report categories in service, with the responsible department and SLA hours")
    public List<CategoryView> active() {
        return categories.active();
    }
}
