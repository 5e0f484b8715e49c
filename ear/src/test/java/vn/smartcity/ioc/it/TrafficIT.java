package vn.smartcity.ioc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.smartcity.ioc.it.support.Http;
import vn.smartcity.ioc.it.support.IocDeployment;
import vn.smartcity.ioc.it.support.TestDirectory;

/** Traffic flow per minute and lane, counted from vehicle events, with congestion against the speed limit. */
@ExtendWith({TestDirectory.class, ArquillianExtension.class})
@RunAsClient
class TrafficIT extends IocDeployment {

    static String vehicle(String track, Instant at, int lane, double speed, String label) {
        return "{\"schema\":1,\"eventId\":\"it-traffic-" + UUID.randomUUID() + "\",\"camera\":\"LC-DK-001\",\"kind\":\"object\","
                + "\"at\":\"" + at + "\",\"trackId\":\"" + track + "\",\"label\":\"" + label + "\",\"score\":0.8,"
                + "\"lane\":" + lane + ",\"speedKmh\":" + speed + "}";
    }

    @Test
    void vehiclesPerMinuteAndLaneWithTheirSpeedAndCongestion() throws Exception {
        Instant minute = Instant.now().minusSeconds(600).truncatedTo(ChronoUnit.MINUTES);
        String t = UUID.randomUUID().toString();
        AlertsIT.post("[" + String.join(",",
                vehicle(t + "a", minute.plusSeconds(5), 1, 10, "car"),
                vehicle(t + "a", minute.plusSeconds(40), 1, 14, "car"),
                vehicle(t + "b", minute.plusSeconds(20), 1, 12, "motorbike"),
                vehicle(t + "c", minute.plusSeconds(30), 2, 50, "truck"),
                vehicle(t + "d", minute.plusSeconds(31), 2, 46, "bus"),
                vehicle(t + "p", minute.plusSeconds(32), 2, 5, "person")) + "]");   // a person is not traffic
        Http officer = new Http();
        officer.login("traffic-officer", "demo");
        String page = officer.get("/console/traffic/index.xhtml?camera=LC-DK-001&hours=1").body();
        String row = "data-minute=\"" + minute + "\" data-lane=\"%d\" data-vehicles=\"%d\" data-speed=\"%s\" data-congestion=\"%s\"";
        assertTrue(page.contains(row.formatted(1, 2, "12.0", "CONGESTED")), "lane 1: two vehicles at 12 km/h of 60: " + page);
        assertTrue(page.contains(row.formatted(2, 2, "48.0", "FREE")), "lane 2: two vehicles at 48 km/h");
        assertTrue(page.contains("id=\"trafficChart\""));
        assertTrue(page.contains("/webjars/echarts/5.3.1/dist/echarts.min.js"));
        assertEquals(200, officer.getBytes("/webjars/echarts/5.3.1/dist/echarts.min.js").statusCode(),
                "the chart library is served by the application");
    }
}
