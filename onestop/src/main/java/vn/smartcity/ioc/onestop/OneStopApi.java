package vn.smartcity.ioc.onestop;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The one-stop-shop door: http://host:8080/ioc/api/dossiers (this module's context root). */
@ApplicationPath("/")
public class OneStopApi extends Application {
}
