package vn.smartcity.ioc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.smartcity.ioc.it.support.IncidentPages.open;
import static vn.smartcity.ioc.it.support.IncidentPages.state;
import static vn.smartcity.ioc.it.support.IncidentPages.url;

import java.util.Map;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.smartcity.ioc.it.support.Http;
import vn.smartcity.ioc.it.support.IocDeployment;
import vn.smartcity.ioc.it.support.PortalPages;
import vn.smartcity.ioc.it.support.TestDirectory;

/**
 * Triage on the console: the queue's filters (category, ward, source), bulk triage and assignment of the
 * ticked incidents (each on its own: a refused one does not stop the others), internal notes versus public
 * answers.
 */
@ExtendWith({TestDirectory.class, ArquillianExtension.class})
@RunAsClient
class TriageIT extends IocDeployment {

    /** The console's Vietnamese name of priority HIGH. */
    static final String HIGH_VI = "Cao";

    @Test
    void tickedIncidentsAreTriagedAndAssignedTogetherAndARefusalIsExplained() {
        Http operator = new Http();
        operator.login("operator", "demo");
        long a = open(operator, "pollution", "DOAN_KET", "Khói đen từ lò gạch");
        long b = open(operator, "pollution", "DOAN_KET", "Nước thải chảy ra suối");
        long c = open(operator, "pollution", "DOAN_KET", "Mùi hôi từ bãi rác");
        String page = operator.get(url(c)).body();
        operator.submit(page, "triage", "go", Map.of("priority", "LOW"));

        String queue = operator.get("/console/incidents/index.xhtml").body();
        String result = operator.submit(queue, "queue", "bulkTriage", Map.of("bulkPriority", "HIGH"),
                Map.of("bulk", a + "," + b + "," + c)).body();
        assertTrue(result.contains("[" + a + ", " + b + "]"), "two triaged: " + result);
        assertTrue(result.contains("#" + c + ": "), "the third was already triaged: refused with the reason");
        assertEquals("TRIAGED", state(operator.get(url(a)).body()));
        assertTrue(operator.get(url(a)).body().contains("id=\"incident-priority\">#{PRIORITY_HIGH}<".replace("#{PRIORITY_HIGH}",
                HIGH_VI)), "triaged with the bulk priority");

        queue = operator.get("/console/incidents/index.xhtml").body();
        result = operator.submit(queue, "queue", "bulkAssign", Map.of("bulkDepartment", "SNNMT"),
                Map.of("bulk", a + "," + b + "," + c)).body();
        assertTrue(result.contains("[" + a + ", " + b + ", " + c + "]"), result);
        for (long id : new long[] {a, b, c}) {
            String incident = operator.get(url(id)).body();
            assertEquals("ASSIGNED", state(incident));
            assertTrue(incident.contains("id=\"incident-department\">SNNMT<"), "assigned to SNNMT");
        }
        String none = operator.submit(operator.get("/console/incidents/index.xhtml").body(), "queue", "bulkTriage",
                Map.of(), Map.of()).body();
        assertTrue(none.contains("Hãy chọn ít nhất một sự cố."));
    }

    @Test
    void theQueueFiltersByCategoryWardAndSource() {
        Http operator = new Http();
        operator.login("operator", "demo");
        long byOperator = open(operator, "power-outage", "MUONG_TE", "Mất điện cả bản");
        String code = PortalPages.trackingCode(PortalPages.report(Http.from("203.0.113.80"), Map.of("category", "power-outage",
                "ward", "MUONG_TE", "description", "Cột điện nghiêng sắp đổ, dây điện võng thấp.")).body());
        long byCitizen = PortalPages.incidentId(PortalPages.track(new Http(), code));

        String queue = operator.get("/console/incidents/index.xhtml").body();
        String filtered = operator.submit(queue, "queue", "apply", Map.of("category", "power-outage", "ward", "MUONG_TE",
                "source", "CITIZEN_REPORT", "open", "true")).body();
        assertTrue(filtered.contains(">" + byCitizen + "<"), "the citizen's report is listed");
        assertFalse(filtered.contains(">" + byOperator + "<"), "the operator's incident is not (other source)");
    }

    @Test
    void anInternalNoteStaysInsideAndAPublicAnswerReachesTheCitizen() {
        Http citizen = Http.from("203.0.113.81");
        String code = PortalPages.trackingCode(PortalPages.report(citizen, Map.of("category", "traffic",
                "description", "Xe tải đỗ chắn lối vào trường tiểu học giờ tan học.")).body());
        long incident = PortalPages.incidentId(PortalPages.track(citizen, code));
        Http operator = new Http();
        operator.login("operator", "demo");
        String page = operator.get(url(incident)).body();
        page = operator.submit(page, "note", "go", Map.of("text", "Đã gọi đội CSGT số 2, chờ phản hồi")).body();
        page = operator.submit(page, "note", "go", Map.of("text", "CSGT đang đến hiện trường.", "public", "true")).body();
        assertTrue(page.contains("data-action=\"note\"") && page.contains("data-action=\"public-note\""));
        String tracking = PortalPages.track(citizen, code);
        assertTrue(tracking.contains("CSGT đang đến hiện trường."), "the public answer is on the tracking page");
        assertFalse(tracking.contains("Đã gọi đội CSGT số 2"), "the internal note is not");
    }
}
