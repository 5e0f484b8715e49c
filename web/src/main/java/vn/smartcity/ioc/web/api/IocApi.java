package vn.smartcity.ioc.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;

/** The root of the IOC's REST APIs: http://host:8080/ioc/api/... */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "IOC API", version = "1",
        description = "Intelligent Operations Center: reference data, citizen reports (Open311), detections.",
        contact = @Contact(name = "IOC operations", email = "ioc@laichau.gov.vn"),
        license = @License(name = "Apache-2.0")))
public class IocApi extends Application {
}
