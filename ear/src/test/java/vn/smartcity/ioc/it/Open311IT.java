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
        assertEquals(true, flooding.getBoolean("metadata"), "flooding has questions");
        assertEquals(false, services.stream().map(v -> v.asJsonObject())
                .filter(s -> s.getString("service_code").equals("landslide")).findFirst().orElseThrow().getBoolean("metadata"));
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
        assertTrue(xml.contains("<metadata>true</metadata><type>realtime</type>"), xml);
        assertTrue(xml.contains("<service_code>landslide</service_code><service_name>Sạt lở đất, đá</service_name>"), xml);
        assertTrue(xml.contains("<metadata>false</metadata>"), xml);
    }

    @Test
    void aServiceDefinitionListsItsAttributesWithTheSpecsFields() {
        JsonObject flooding = Json.createReader(new StringReader(new Http().get(BASE + "/services/flooding.json").body())).readObject();
        assertEquals(java.util.Set.of("service_code", "attributes"), flooding.keySet());
        assertEquals("flooding", flooding.getString("service_code"));
        JsonArray attributes = flooding.getJsonArray("attributes");
        assertEquals(2, attributes.size());
        JsonObject depth = attributes.getJsonObject(0);
        assertEquals(java.util.Set.of("variable", "code", "datatype", "required", "datatype_description", "order",
                "description", "values"), depth.keySet());
        assertEquals(true, depth.getBoolean("variable"));
        assertEquals("water_depth", depth.getString("code"));
        assertEquals("singlevaluelist", depth.getString("datatype"));
        assertEquals(false, depth.getBoolean("required"));
        assertTrue(depth.isNull("datatype_description"));
        assertEquals(1, depth.getInt("order"));
        assertEquals("Nước ngập sâu khoảng bao nhiêu?", depth.getString("description"));
        assertEquals("{\"key\":\"ankle\",\"name\":\"Đến mắt cá chân (dưới 15 cm)\"}", depth.getJsonArray("values").get(0).toString());
        assertEquals(3, depth.getJsonArray("values").size());
        assertEquals("multivaluelist", attributes.getJsonObject(1).getString("datatype"));
        assertEquals(2, attributes.getJsonObject(1).getInt("order"));

        String xml = new Http().get(BASE + "/services/road-damage.xml").body();
        assertTrue(xml.endsWith("<service_definition><service_code>road-damage</service_code><attributes>"
                + "<attribute><variable>true</variable><code>pothole_width_m</code><datatype>number</datatype><required>false</required>"
                + "<datatype_description>Số, ví dụ 0.5 / a number, e.g. 0.5</datatype_description><order>1</order>"
                + "<description>Ổ gà rộng khoảng bao nhiêu mét?</description></attribute>"
                + "<attribute><variable>false</variable><code>safety_note</code><datatype>string</datatype><required>false</required>"
                + "<datatype_description></datatype_description><order>2</order>"
                + "<description>Nếu có người bị thương, hãy gọi 115 trước khi phản ánh.</description></attribute>"
                + "</attributes></service_definition>"), xml);
        assertEquals("{\"service_code\":\"landslide\",\"attributes\":[]}", new Http().get(BASE + "/services/landslide.json").body());
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
