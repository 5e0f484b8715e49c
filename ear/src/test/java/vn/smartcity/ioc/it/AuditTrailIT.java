package vn.smartcity.ioc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.smartcity.ioc.it.support.Http;
import vn.smartcity.ioc.it.support.IncidentPages;
import vn.smartcity.ioc.it.support.IocDeployment;
import vn.smartcity.ioc.it.support.TestDirectory;

/** Every change of an incident or a report category is kept with who and when, and auditors read it. */
@ExtendWith({TestDirectory.class, ArquillianExtension.class})
@RunAsClient
class AuditTrailIT extends IocDeployment {

    @Test
    void incidentChangesAreKeptWithWhoMadeThem() {
        Http operator = new Http();
        operator.login("operator", "demo");
        long incident = IncidentPages.open(operator, "fallen-tree", "DOAN_KET", "Cây đổ trước chợ");
        operator.submit(operator.get(IncidentPages.url(incident)).body(), "triage", "go", Map.of("priority", "HIGH"));

        Http supervisor = new Http();
        supervisor.login("supervisor", "demo");
        String page = supervisor.get(IncidentPages.url(incident)).body();
        supervisor.submit(page, "assign", "go", Map.of("department", "SXD", "assignee", ""));

        Http auditor = new Http();
        auditor.login("auditor", "demo");
        String trail = auditor.get("/console/audit/index.xhtml").body();
        assertEquals(200, auditor.get("/console/audit/index.xhtml").statusCode());
        assertTrue(trail.contains("data-entity=\"incident\" data-id=\"" + incident + "\" data-user=\"operator\" data-change=\"ADD\""), trail);
        assertTrue(trail.contains("data-entity=\"incident\" data-id=\"" + incident + "\" data-user=\"operator\" data-change=\"MOD\""));
        assertTrue(trail.contains("data-entity=\"incident\" data-id=\"" + incident + "\" data-user=\"supervisor\" data-change=\"MOD\""));
        assertTrue(trail.contains("ASSIGNED · HIGH · SXD"), "the state after the change");
    }

    @Test
    void handlersAndOperatorsCannotReadTheAuditTrail() {
        for (String user : new String[] {"handler", "operator"}) {
            Http staff = new Http();
            staff.login(user, "demo");
            assertEquals(403, staff.get("/console/audit/index.xhtml").statusCode(), user);
        }
    }
}
