package vn.smartcity.ioc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.smartcity.ioc.it.support.Http;
import vn.smartcity.ioc.it.support.IocDeployment;
import vn.smartcity.ioc.it.support.TestDirectory;

/**
 * The incident workflow on the console, by the people who work it: an operator opens, triages and assigns;
 * the department's handler works and resolves; another department's handler cannot see it; the operator
 * closes. Every step is in the timeline; a stale page cannot overwrite a newer change.
 */
@ExtendWith({TestDirectory.class, ArquillianExtension.class})
@RunAsClient
class IncidentWorkflowIT extends IocDeployment {

    @Test
    void anIncidentIsOpenedTriagedAssignedWorkedResolvedAndClosedByTheRightPeople() {
        Http operator = new Http();
        operator.login("operator", "demo");
        long id = open(operator, "Ngập sâu <script>alert(1)</script> đường Trần Phú");

        String page = operator.get(incident(id)).body();
        assertEquals("NEW", state(page));
        assertTrue(page.contains("Ngập sâu &lt;script&gt;alert(1)&lt;/script&gt; đường Trần Phú"), "title escaped");
        assertFalse(page.contains("<script>alert(1)</script>"));
        assertFalse(page.contains("id=\"start\""), "an operator does not start work");

        page = operator.submit(page, "triage", "go", Map.of("priority", "HIGH")).body();
        assertEquals("TRIAGED", state(page));
        page = operator.submit(page, "assign", "go", Map.of("department", "SXD", "assignee", "handler")).body();
        assertEquals("ASSIGNED", state(page));

        Http police = new Http();
        police.login("police-handler", "demo");
        String refused = police.get(incident(id)).body();
        assertTrue(refused.contains("thuộc đơn vị khác"), "another department's handler is refused");
        assertFalse(refused.contains("Trần Phú"), "and sees nothing of it");
        assertFalse(police.get("/console/incidents/index.xhtml").body().contains(">" + id + "<"), "nor in the queue");

        Http handler = new Http();
        handler.login("handler", "demo");
        assertTrue(handler.get("/console/incidents/index.xhtml").body().contains(">" + id + "<"), "in the handler's queue");
        page = handler.get(incident(id)).body();
        assertFalse(page.contains("id=\"close\""), "a handler does not close");
        page = handler.submit(page, "start", "go", Map.of()).body();
        assertEquals("IN_PROGRESS", state(page));
        String empty = handler.submit(page, "resolve", "go", Map.of("answer", " ")).body();
        assertTrue(empty.contains("Thao tác bị từ chối"), "resolving needs a public answer");
        assertEquals("IN_PROGRESS", state(empty));
        page = handler.submit(empty, "resolve", "go", Map.of("answer", "Đã thông cống, nước đã rút.")).body();
        assertEquals("RESOLVED", state(page));

        page = operator.get(incident(id)).body();
        page = operator.submit(page, "close", "go", Map.of()).body();
        assertEquals("CLOSED", state(page));
        assertEquals(List.of("opened", "triaged", "assigned", "started", "resolved", "closed"), timeline(page));
        assertTrue(page.contains("Đã thông cống, nước đã rút."));
    }

    @Test
    void aStalePageCannotOverwriteANewerChange() {
        Http first = new Http();
        first.login("operator", "demo");
        long id = open(first, "Đèn đường hỏng ở ngã tư");
        Http second = new Http();
        second.login("supervisor", "demo");
        String firstPage = first.get(incident(id)).body();
        String secondPage = second.get(incident(id)).body();

        assertEquals("TRIAGED", state(second.submit(secondPage, "triage", "go", Map.of("priority", "URGENT")).body()));
        String refused = first.submit(firstPage, "triage", "go", Map.of("priority", "LOW")).body();
        assertTrue(refused.contains("Người khác vừa thay đổi sự cố này"), "conflict reported");
        String now = first.get(incident(id)).body();
        assertTrue(now.contains("id=\"incident-priority\">Khẩn cấp<"), "the supervisor's priority stands");
    }

    @Test
    void aDuplicateIsMergedIntoTheFirstIncident() {
        Http operator = new Http();
        operator.login("operator", "demo");
        long first = open(operator, "Cây đổ chắn đường");
        long second = open(operator, "Cây to đổ giữa đường");
        String page = operator.submit(operator.get(incident(second)).body(), "merge", "go",
                Map.of("survivor", Long.toString(first))).body();
        assertEquals("DUPLICATE", state(page));
        String survivor = operator.get(incident(first)).body();
        assertTrue(timeline(survivor).contains("absorbed"));
    }

    @Test
    void onlyDispatchersOpenIncidents() {
        Http handler = new Http();
        handler.login("handler", "demo");
        assertEquals(403, handler.get("/console/incidents/new.xhtml").statusCode());
    }

    private static long open(Http operator, String title) {
        String form = operator.get("/console/incidents/new.xhtml").body();
        HttpResponse<String> opened = operator.submit(form, "incident", "create", Map.of("category", "flooding",
                "ward", "TAN_PHONG", "title", title, "address", "Đường Trần Phú", "description", "Nước ngập 40 cm"));
        Matcher id = Pattern.compile("incident\\.xhtml\\?id=(\\d+)").matcher(opened.uri().toString());
        assertTrue(id.find(), "redirected to the new incident: " + opened.uri());
        return Long.parseLong(id.group(1));
    }

    private static String incident(long id) {
        return "/console/incidents/incident.xhtml?id=" + id;
    }

    private static String state(String page) {
        Matcher m = Pattern.compile("id=\"incident-state\" data-state=\"([A-Z_]+)\"").matcher(page);
        assertTrue(m.find(), "incident state on the page");
        return m.group(1);
    }

    private static List<String> timeline(String page) {
        Matcher m = Pattern.compile("<li data-action=\"([a-z-]+)\"").matcher(page);
        List<String> actions = new java.util.ArrayList<>();
        while (m.find()) {
            actions.add(m.group(1));
        }
        return actions;
    }
}
