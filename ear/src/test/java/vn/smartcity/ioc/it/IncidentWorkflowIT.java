package vn.smartcity.ioc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static vn.smartcity.ioc.it.support.IncidentPages.open;
import static vn.smartcity.ioc.it.support.IncidentPages.state;
import static vn.smartcity.ioc.it.support.IncidentPages.timeline;
import static vn.smartcity.ioc.it.support.IncidentPages.url;

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
        long id = open(operator, "flooding", "TAN_PHONG", "Ngập sâu <script>alert(1)</script> đường Trần Phú");

        String page = operator.get(url(id)).body();
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
        String refused = police.get(url(id)).body();
        assertTrue(refused.contains("thuộc đơn vị khác"), "another department's handler is refused");
        assertFalse(refused.contains("Trần Phú"), "and sees nothing of it");
        assertFalse(police.get("/console/incidents/index.xhtml").body().contains(">" + id + "<"), "nor in the queue");

        Http handler = new Http();
        handler.login("handler", "demo");
        assertTrue(handler.get("/console/incidents/index.xhtml").body().contains(">" + id + "<"), "in the handler's queue");
        page = handler.get(url(id)).body();
        assertFalse(page.contains("id=\"close\""), "a handler does not close");
        page = handler.submit(page, "start", "go", Map.of()).body();
        assertEquals("IN_PROGRESS", state(page));
        String empty = handler.submit(page, "resolve", "go", Map.of("answer", " ")).body();
        assertTrue(empty.contains("Thao tác bị từ chối"), "resolving needs a public answer");
        assertEquals("IN_PROGRESS", state(empty));
        page = handler.submit(empty, "resolve", "go", Map.of("answer", "Đã thông cống, nước đã rút.")).body();
        assertEquals("RESOLVED", state(page));

        page = operator.get(url(id)).body();
        String notClosed = operator.submit(page, "close", "go", Map.of()).body();
        assertEquals("RESOLVED", state(notClosed), "closing needs the mandatory steps of the checklist");
        assertTrue(notClosed.contains("Cần hoàn thành các bước bắt buộc trước khi đóng: 1. Xác minh hiện trường"), notClosed);
        page = notClosed;
        for (int step = 1; step <= 3; step++) { // flooding: steps 1-3 are mandatory, 4 (photos after) is not
            java.util.regex.Matcher done = java.util.regex.Pattern.compile("data-step=\"" + step
                    + "\" data-done=\"false\".*?id=\"(checklist:[^\"]*done)\"", java.util.regex.Pattern.DOTALL).matcher(page);
            assertTrue(done.find(), "step " + step + " can be ticked off");
            page = handler.submit(handler.get(url(id)).body(), "checklist", done.group(1).substring("checklist:".length()),
                    Map.of()).body();
            assertTrue(page.contains("data-step=\"" + step + "\" data-done=\"true\""), "step " + step + " done");
        }
        page = operator.get(url(id)).body();
        page = operator.submit(page, "close", "go", Map.of()).body();
        assertEquals("CLOSED", state(page));
        assertEquals(List.of("opened", "triaged", "assigned", "started", "resolved", "step-done", "step-done", "step-done",
                "closed"), timeline(page));
        assertTrue(page.contains("Đã thông cống, nước đã rút."));
    }

    @Test
    void aStalePageCannotOverwriteANewerChange() {
        Http first = new Http();
        first.login("operator", "demo");
        long id = open(first, "street-light", "TAN_PHONG", "Đèn đường hỏng ở ngã tư");
        Http second = new Http();
        second.login("supervisor", "demo");
        String firstPage = first.get(url(id)).body();
        String secondPage = second.get(url(id)).body();

        assertEquals("TRIAGED", state(second.submit(secondPage, "triage", "go", Map.of("priority", "URGENT")).body()));
        String refused = first.submit(firstPage, "triage", "go", Map.of("priority", "LOW")).body();
        assertTrue(refused.contains("Người khác vừa thay đổi sự cố này"), "conflict reported");
        String now = first.get(url(id)).body();
        assertTrue(now.contains("id=\"incident-priority\">Khẩn cấp<"), "the supervisor's priority stands");
    }

    @Test
    void aDuplicateIsMergedIntoTheFirstIncident() {
        Http operator = new Http();
        operator.login("operator", "demo");
        long first = open(operator, "fallen-tree", "TAN_PHONG", "Cây đổ chắn đường");
        long second = open(operator, "fallen-tree", "TAN_PHONG", "Cây to đổ giữa đường");
        String page = operator.submit(operator.get(url(second)).body(), "merge", "go",
                Map.of("survivor", Long.toString(first))).body();
        assertEquals("DUPLICATE", state(page));
        String survivor = operator.get(url(first)).body();
        assertTrue(timeline(survivor).contains("absorbed"));
    }

    @Test
    void onlyDispatchersOpenIncidents() {
        Http handler = new Http();
        handler.login("handler", "demo");
        assertEquals(403, handler.get("/console/incidents/new.xhtml").statusCode());
    }
}
