package vn.smartcity.ioc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.smartcity.ioc.it.support.Http;
import vn.smartcity.ioc.it.support.IocDeployment;
import vn.smartcity.ioc.it.support.TestDirectory;

/**
 * Staff login through the LDAP realm (configure-ldap.cli) against a real directory over TCP:
 * groups become IOC roles and departments; bad credentials and LDAP injection are refused; pages are
 * guarded by role.
 */
@ExtendWith({TestDirectory.class, ArquillianExtension.class})
@RunAsClient
class StaffLoginIT extends IocDeployment {

    @ParameterizedTest(name = "{0} logs in as {1} of {2}")
    @CsvSource({
            "operator,        operator,        IOC",
            "supervisor,      supervisor,      IOC",
            "handler,         handler,         SXD",
            "police-handler,  handler,         CA",
            "traffic-officer, traffic-officer, CSGT",
            "analyst,         analyst,         IOC",
            "admin,           admin,           IOC",
            "auditor,         auditor,         ''"})
    void everyRoleLogsInWithItsGroupsMappedToRoleAndDepartment(String user, String role, String department) {
        Http browser = new Http();
        HttpResponse<String> page = browser.login(user, "demo");
        assertEquals(200, page.statusCode());
        assertTrue(page.uri().getPath().endsWith("/console/index.xhtml"), page.uri().toString());
        String body = page.body();
        assertTrue(body.contains("id=\"staff-name\""), "the dashboard shows the staff member");
        assertTrue(body.contains("(" + user + ")"), "user name shown");
        assertTrue(body.contains("data-role=\"" + role + "\""), "role " + role + " shown");
        List<String> otherRoles = List.of("operator", "supervisor", "handler", "traffic-officer", "analyst", "admin", "auditor")
                .stream().filter(r -> !r.equals(role)).toList();
        otherRoles.forEach(r -> assertFalse(body.contains("data-role=\"" + r + "\""), "no role " + r));
        if (!department.isEmpty()) {
            assertTrue(body.contains("data-department=\"" + department + "\""), "department " + department + " shown");
        } else {
            assertFalse(body.contains("data-department="), "no department");
        }
    }

    @Test
    void aStaffMemberOfTwoDepartmentsHasBoth() {
        String body = new Http().login("traffic-officer", "demo").body();
        assertTrue(body.contains("data-department=\"CSGT\""));
        assertTrue(body.contains("data-department=\"CA\""));
    }

    @Test
    void theDisplayNameComesFromTheDirectoryInVietnamese() {
        assertTrue(new Http().login("operator", "demo").body().contains("Nguyễn Văn Trực"));
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertLoginRefused("operator", "wrong");
    }

    @Test
    void anUnknownUserIsRefused() {
        assertLoginRefused("nobody", "demo");
    }

    @Test
    void anLdapInjectionUserNameIsRefused() {
        assertLoginRefused("*)(uid=*", "demo");
        assertLoginRefused("*", "demo");
        assertLoginRefused("operator)(|(uid=*", "demo");
    }

    @Test
    void aDirectoryUserWithoutAnIocGroupCannotOpenTheConsole() {
        HttpResponse<String> page = new Http().login("visitor", "demo");
        assertEquals(403, page.statusCode());
        assertFalse(page.body().contains("id=\"staff-name\""));
    }

    @Test
    void aHandlerCannotOpenASupervisorPage() {
        Http handler = new Http();
        handler.login("handler", "demo");
        HttpResponse<String> page = handler.get("/console/supervisor/sla.xhtml");
        assertEquals(403, page.statusCode());
        assertTrue(page.body().contains("id=\"error-message\""), "a readable error page, not a blank 403");
        assertFalse(page.body().contains("flooding"));
    }

    @Test
    void aSupervisorOpensTheSupervisorPage() {
        Http supervisor = new Http();
        supervisor.login("supervisor", "demo");
        HttpResponse<String> page = supervisor.get("/console/supervisor/sla.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("flooding"), "the SLA table lists the categories");
    }

    @Test
    void anAnonymousUserIsSentToTheLoginPage() {
        HttpResponse<String> page = new Http().get("/console/index.xhtml");
        assertTrue(page.body().contains("j_security_check"), "login form shown");
        assertFalse(page.body().contains("id=\"staff-name\""));
    }

    @Test
    void whenTheDirectoryIsDownTheLoginPageSaysSoWithoutAnError500() throws Exception {
        Assumptions.assumeFalse(TestDirectory.external(), "the external directory (slapd) is not stopped by tests");
        TestDirectory.stop();
        try {
            HttpResponse<String> page = new Http().login("operator", "demo");
            assertTrue(page.statusCode() < 500, "status " + page.statusCode());
            assertTrue(page.body().contains("id=\"login-error\""), "the login page explains the failure");
        } finally {
            TestDirectory.restart();
        }
        assertEquals(200, new Http().login("operator", "demo").statusCode(), "works again once the directory is back");
    }

    private static void assertLoginRefused(String user, String password) {
        HttpResponse<String> page = new Http().login(user, password);
        assertTrue(page.statusCode() < 500, "status " + page.statusCode() + " for " + user);
        assertTrue(page.body().contains("id=\"login-error\""), "login error shown for " + user);
        assertFalse(page.body().contains("id=\"staff-name\""), "not logged in as " + user);
    }
}
