package vn.smartcity.ioc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.smartcity.ioc.it.support.Http;
import vn.smartcity.ioc.it.support.IncidentPages;
import vn.smartcity.ioc.it.support.IocDeployment;
import vn.smartcity.ioc.it.support.TestDirectory;

/** REST API with problem details, health, metrics, OpenAPI, and the dashboard's figures from the database. */
@ExtendWith({TestDirectory.class, ArquillianExtension.class})
@RunAsClient
class ApiAndOperationsIT extends IocDeployment {

    @Test
    void theWardsOfTheProvinceAreServedAsJson() {
        HttpResponse<String> response = new Http().get("/api/city/wards");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(response.body().contains("\"code\":\"TAN_PHONG\""), response.body());
        assertTrue(response.body().contains("Phường Đoàn Kết"), response.body());
    }

    @Test
    void anUnknownWardIsAProblemDetail() {
        HttpResponse<String> response = new Http().get("/api/city/wards/NOWHERE");
        assertEquals(404, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.body().contains("\"status\":404"), response.body());
        assertTrue(response.body().contains("NOWHERE"), response.body());
    }

    @Test
    void anUnknownApiPathIsAProblemDetailWithoutInternals() {
        HttpResponse<String> response = new Http().get("/api/no/such/thing");
        assertEquals(404, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        assertFalse(response.body().contains("RESTEASY"), response.body());
        assertFalse(response.body().contains("at org."), response.body());
    }

    @Test
    void reportCategoriesCarryTheirDepartmentAndSla() {
        String body = new Http().get("/api/report/categories").body();
        assertTrue(body.contains("\"code\":\"flooding\""), body);
        assertTrue(body.contains("\"departmentCode\":\"SXD\""), body);
        assertTrue(body.contains("\"slaHours\":24"), body);
    }

    @Test
    void healthReportsTheIocDeploymentReady() {
        HttpResponse<String> ready = new Http().get(Http.MANAGEMENT + "/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"ioc.ear\":\"OK\""), ready.body());
        // WildFly registers one default readiness check per EAR, named after whichever sub-deployment's
        // CDI extension registered last (ioc-web.war or ioc-ejb.jar: it varies from start to start, WFLY-12835)
        assertTrue(ready.body().matches(".*\\{\"name\":\"ready-deployment\\.ioc\\.ear\\.ioc-(web\\.war|ejb\\.jar)\",\"status\":\"UP\"}.*"),
                ready.body());
        assertTrue(ready.body().startsWith("{\"status\":\"UP\""), ready.body());
    }

    @Test
    void metricsAndOpenApiAreServed() {
        HttpResponse<String> metrics = new Http().get(Http.MANAGEMENT + "/metrics");
        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.body().contains("data_source=\"IocDS\""), "connection pool metrics of the IOC datasource");
        HttpResponse<String> openapi = new Http().get("http://127.0.0.1:8080/openapi");
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/ioc/api/city/wards"), openapi.body());
    }

    @Test
    void theDashboardShowsWhatNeedsEachMemberNowScopedToTheirRolesAndDepartments() {
        Http operator = new Http();
        operator.login("operator", "demo");
        Http handler = new Http(); // Department of Construction (SXD)
        handler.login("handler", "demo");
        Http auditor = new Http();
        auditor.login("auditor", "demo");
        int operatorNew = figure(operator.get("/console/index.xhtml").body(), "figure-state-NEW");
        int handlerNew = figure(handler.get("/console/index.xhtml").body(), "figure-state-NEW");

        // a police incident: the operator's figure grows, the construction handler's does not
        IncidentPages.open(operator, "public-order", "TAN_PHONG", "Gây rối trật tự trước cổng chợ");
        assertEquals(operatorNew + 1, figure(operator.get("/console/index.xhtml").body(), "figure-state-NEW"));
        assertEquals(handlerNew, figure(handler.get("/console/index.xhtml").body(), "figure-state-NEW"), "another department's");
        // a road's pothole: both
        IncidentPages.open(operator, "road-damage", "TAN_PHONG", "Ổ gà trên đường Trần Phú");
        String handlerPage = handler.get("/console/index.xhtml").body();
        assertEquals(handlerNew + 1, figure(handlerPage, "figure-state-NEW"), "the handler's department's");
        assertEquals(operatorNew + 2, figure(operator.get("/console/index.xhtml").body(), "figure-state-NEW"));
        assertTrue(handlerPage.contains("Những việc đơn vị của bạn cần xử lý ngay."), "the handler sees their departments' figures");
        assertTrue(handlerPage.contains("/console/incidents/index.xhtml?state=NEW"), "each figure links to its list");

        // the figures of other services only for the roles that may see them
        String operatorPage = operator.get("/console/index.xhtml").body();
        assertTrue(operatorPage.contains("id=\"figure-camera-alerts\""), "operators handle camera alerts");
        assertFalse(operatorPage.contains("id=\"figure-security-alerts\""), "not the security alerts");
        assertFalse(handlerPage.contains("id=\"figure-camera-alerts\"") || handlerPage.contains("id=\"figure-security-alerts\""),
                "a handler sees incidents only");
        String auditorPage = auditor.get("/console/index.xhtml").body();
        assertTrue(auditorPage.contains("id=\"figure-security-alerts\""), "auditors follow the security alerts");
        assertFalse(auditorPage.contains("id=\"figure-violations\""), "not the violations");
        assertTrue(operator.get("/console/incidents/index.xhtml?overdue=true").statusCode() == 200, "the overdue link opens");
    }

    private static int figure(String page, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>(\\d+)<").matcher(page);
        assertTrue(m.find(), id + " not on the page");
        return Integer.parseInt(m.group(1));
    }
}
