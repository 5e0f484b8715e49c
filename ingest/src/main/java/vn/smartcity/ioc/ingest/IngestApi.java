package vn.smartcity.ioc.ingest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The machine doors: http://host:8080/ioc/api/detections (this module's context root). */
@ApplicationPath("/")
public class IngestApi extends Application {
}
