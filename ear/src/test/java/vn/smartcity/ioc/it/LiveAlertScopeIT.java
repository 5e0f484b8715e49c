package vn.smartcity.ioc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.smartcity.ioc.it.support.IncidentPages.open;
import static vn.smartcity.ioc.it.support.IncidentPages.url;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.smartcity.ioc.it.support.Http;
import vn.smartcity.ioc.it.support.IocDeployment;
import vn.smartcity.ioc.it.support.LiveFeed;
import vn.smartcity.ioc.it.support.TestDirectory;

/**
 * The live-alert feed sends each alert only to the staff who may see it: a camera alert to the operator, not to
 * the auditor or a department handler; a security alert to the auditor, not to the operator; an SLA escalation to
 * the handlers of the incident's department only (and to the operator). Every feed that is refused an alert is
 * shown, in the same test, to receive the alerts it may see.
 */
@ExtendWith({TestDirectory.class, ArquillianExtension.class})
@RunAsClient
class LiveAlertScopeIT extends IocDeployment {

    @Test
    void eachLiveAlertReachesOnlyTheRolesAndDepartmentsThatMaySeeIt() throws Exception {
        Http operator = login("operator");
        Http auditor = login("auditor");
        Http police = login("police-handler"); // handler of CA
        Http supervisor = login("supervisor");
        try (LiveFeed operatorFeed = LiveFeed.open(operator); LiveFeed auditorFeed = LiveFeed.open(auditor);
             LiveFeed policeFeed = LiveFeed.open(police)) {

            // a camera alert: smoke seen by the market's camera (rule fire-smoke), its own event id
            String intruder = "it-scope-" + UUID.randomUUID();
            AlertsIT.post("{\"schema\":1,\"eventId\":\"" + intruder + "\",\"camera\":\"LC-DK-002\",\"kind\":\"object\",\"at\":\""
                    + Instant.now().truncatedTo(ChronoUnit.MILLIS) + "\",\"trackId\":\"" + intruder + "\",\"label\":\"smoke\",\"score\":0.9}");
            assertNotNull(operatorFeed.await(m -> m.contains("\"kind\":\"camera-alert\"") && m.contains(intruder), 15),
                    "the operator sees the camera alert");

            // a security alert: malware reported by a host of the city
            String host = "scope-" + UUID.randomUUID().toString().substring(0, 8);
            try (DatagramSocket udp = new DatagramSocket()) {
                byte[] line = ("<134>1 2026-12-07T02:30:00Z " + host + " av - - - CEF:0|Vendor|AV|1.0|MW|Malware detected|9|"
                        + "src=10.1.2.3 msg=Trojan.Agent found").getBytes(StandardCharsets.UTF_8);
                udp.send(new DatagramPacket(line, line.length, InetAddress.getLoopbackAddress(), SecurityMonitoringIT.PORT));
            }
            assertNotNull(auditorFeed.await(m -> m.contains("\"kind\":\"security-alert\"") && m.contains(host), 20),
                    "the auditor sees the security alert");

            // two incidents past their due time: one of the police (CA), one of the Department of Construction (SXD)
            long police1 = overdue(supervisor, "public-order", "Tụ tập gây rối trước chợ");
            long works1 = overdue(supervisor, "road-damage", "Ổ gà sâu trên đường Trần Phú");
            assertNotNull(policeFeed.await(m -> m.contains("\"kind\":\"sla-escalation\"") && m.contains("\"incidentId\":" + police1), 60),
                    "the police handler sees the escalation of the police's incident");
            assertNotNull(operatorFeed.await(m -> m.contains("\"kind\":\"sla-escalation\"") && m.contains("\"incidentId\":" + works1), 60),
                    "the operator sees every escalation");

            // what each feed must not have got (all of it was published before the alerts above were received)
            Thread.sleep(2000);
            assertTrue(policeFeed.received().stream().noneMatch(m -> m.contains("\"incidentId\":" + works1)
                            || m.contains(intruder) || m.contains(host)),
                    "the police handler gets neither the other department's escalation nor camera or security alerts: "
                            + policeFeed.received());
            assertTrue(auditorFeed.received().stream().noneMatch(m -> m.contains(intruder) || m.contains("\"kind\":\"sla-escalation\"")),
                    "the auditor gets no camera alert and no escalation: " + auditorFeed.received());
            assertTrue(operatorFeed.received().stream().noneMatch(m -> m.contains(host)),
                    "the operator gets no security alert: " + operatorFeed.received());
        }
    }

    @Test
    void theFeedOpensOnlyFromTheConsolesOwnOrigin() throws Exception {
        Http handler = login("handler");
        try (LiveFeed own = LiveFeed.open(handler)) {
            assertNull(own.closed(), "the console's own origin opens the feed");
        }
        for (String origin : new String[] {"http://evil.example", "http://127.0.0.1:9990", null}) {
            java.util.concurrent.ExecutionException refused = assertThrows(java.util.concurrent.ExecutionException.class,
                    () -> LiveFeed.open(handler, origin), "origin " + origin);
            assertTrue(refused.getCause() instanceof java.net.http.WebSocketHandshakeException, origin + ": " + refused.getCause());
            int status = ((java.net.http.WebSocketHandshakeException) refused.getCause()).getResponse().statusCode();
            assertEquals(403, status, origin + ": refused with 403");
        }
    }

    private static Http login(String user) {
        Http http = new Http();
        http.login(user, "demo");
        return http;
    }

    /** Opens an incident and moves its due time to 3 seconds from now: the SLA watch escalates it within 20 s. */
    private static long overdue(Http supervisor, String category, String title) {
        long id = open(supervisor, category, "TAN_PHONG", title);
        String due = LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusSeconds(3).format(SlaWatchIT.LOCAL);
        String page = supervisor.submit(supervisor.get(url(id)).body(), "reschedule", "go",
                Map.of("due", due, "reason", "Kiểm tra cảnh báo trực tiếp")).body();
        assertTrue(page.contains("data-action=\"rescheduled\""), "rescheduled: " + id);
        return id;
    }
}
