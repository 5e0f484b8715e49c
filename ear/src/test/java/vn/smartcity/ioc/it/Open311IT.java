package vn.smartcity.ioc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.smartcity.ioc.it.support.Http;
import vn.smartcity.ioc.it.support.IocDeployment;

/** Open311 GeoReport v2 service list and definitions, field by field, in JSON and XML, and its errors. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class Open311IT extends IocDeployment {

    static final String BASE = "/api/open311/v2";

    @Test
    void theServiceListInJsonHasTheSpecsFields() {
        HttpResponse<String> response = new Http().get(BASE + "/services.json?jurisdiction_id=laichau.gov.vn");
        assertEquals(200, response.statusCode());
        assertEquals("application/json;charset=utf-8", contentType(response));
        JsonArray services = Json.createReader(new StringReader(response.body())).readArray();
        JsonObject flooding = services.stream().map(v -> v.asJsonObject())
                .filter(s -> s.getString("service_code").equals("flooding")).findFirst().orElseThrow();
        assertEquals("Ngập úng", flooding.getString("service_name"));
        assertEquals(false, flooding.getBoolean("metadata"));
        assertEquals("realtime", flooding.getString("type"));
        assertEquals("SXD", flooding.getString("group"));
        assertTrue(flooding.getString("description").contains("24 h"));
        assertEquals(java.util.Set.of("service_code", "service_name", "description", "metadata", "type", "keywords", "group"),
                flooding.keySet());
    }

    @Test
    void theServiceListInXmlIsTheSameDocument() {
        HttpResponse<String> response = new Http().get(BASE + "/services.xml");
        assertEquals(200, response.statusCode());
        assertEquals("text/xml;charset=utf-8", contentType(response));
        String xml = response.body();
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><services><service>"), xml);
        assertTrue(xml.contains("<service><service_code>flooding</service_code><service_name>Ngập úng</service_name>"), xml);
        assertTrue(xml.contains("<metadata>false</metadata><type>realtime</type>"), xml);
    }

    @Test
    void aServiceDefinitionHasNoAttributesYet() {
        String json = new Http().get(BASE + "/services/flooding.json").body();
        assertEquals("{\"service_code\":\"flooding\",\"attributes\":[]}", json);
        String xml = new Http().get(BASE + "/services/flooding.xml").body();
        assertTrue(xml.endsWith("<service_definition><service_code>flooding</service_code><attributes></attributes></service_definition>"), xml);
    }

    @Test
    void discoveryPointsAtTheGeoReportEndpointInBothFormats() {
        JsonObject discovery = Json.createReader(new StringReader(new Http().get(BASE + "/discovery.json").body())).readObject();
        JsonObject endpoint = discovery.getJsonArray("endpoints").getJsonObject(0);
        assertEquals("http://wiki.open311.org/GeoReport_v2", endpoint.getString("specification"));
        assertEquals("http://127.0.0.1:8080/ioc/api/open311/v2", endpoint.getString("url"));
        assertEquals("production", endpoint.getString("type"));
        assertEquals(java.util.List.of("text/xml", "application/json"),
                endpoint.getJsonArray("formats").getValuesAs(jakarta.json.JsonString::getString));
        assertTrue(discovery.getString("changeset").matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}[+-]\\d{2}:\\d{2}"));
        String xml = new Http().get(BASE + "/discovery.xml").body();
        assertTrue(xml.contains("<endpoints><endpoint><specification>http://wiki.open311.org/GeoReport_v2</specification>"), xml);
        assertTrue(xml.contains("<formats><format>text/xml</format><format>application/json</format></formats>"), xml);
    }

    @Test
    void errorsUseTheOpen311Format() {
        HttpResponse<String> unknown = new Http().get(BASE + "/services/no-such-service.json");
        assertEquals(404, unknown.statusCode());
        JsonObject error = Json.createReader(new StringReader(unknown.body())).readArray().getJsonObject(0);
        assertEquals(404, error.getInt("code"));
        assertTrue(error.getString("description").contains("no-such-service"));

        HttpResponse<String> otherCity = new Http().get(BASE + "/services.xml?jurisdiction_id=hanoi.gov.vn");
        assertEquals(404, otherCity.statusCode());
        assertTrue(otherCity.body().contains("<errors><error><code>404</code><description>jurisdiction_id hanoi.gov.vn"),
                otherCity.body());

        HttpResponse<String> noSuchResource = new Http().get(BASE + "/nothing.json");
        assertEquals(404, noSuchResource.statusCode());
        assertTrue(noSuchResource.body().startsWith("[{\"code\":404"), noSuchResource.body());
    }

    private static String contentType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase();
    }
}
