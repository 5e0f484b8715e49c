package vn.smartcity.ioc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.smartcity.ioc.it.support.Http;
import vn.smartcity.ioc.it.support.IncidentPages;
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
    void aDirectoryGroupNamedInVietnameseBecomesADepartmentOnceAnAdministratorMapsIt() {
        // an incident of the Đoàn Kết ward's People's Committee (waste in Đoàn Kết is routed there, V27)
        Http operator = new Http();
        operator.login("operator", "demo");
        long incident = IncidentPages.open(operator, "waste", "DOAN_KET", "Rác tràn ra đường Lê Lợi");

        // ward-officer is a handler in the groupOfUniqueNames "UBND phường Đoàn Kết": not yet a department
        Http officer = new Http();
        String page = officer.login("ward-officer", "demo").body();
        assertFalse(page.contains("data-department="), "no department before the mapping");
        assertTrue(page.contains("data-unmapped-group=\"UBND phường Đoàn Kết\""), "the unmapped group is shown: " + page);
        assertTrue(page.contains("Tài khoản của bạn chưa thuộc đơn vị nào của IOC"), "clearly, in Vietnamese");
        assertTrue(officer.get(IncidentPages.url(incident)).body().contains("Sự cố này thuộc đơn vị khác"),
                "the ward's incident is not theirs yet");

        Http admin = new Http();
        admin.login("admin", "demo");
        String groups = admin.get("/console/admin/directory-groups.xhtml").body();
        groups = admin.submit(groups, "map", "save", Map.of("group", "UBND phường Đoàn Kết", "department", "UBND_DOAN_KET")).body();
        assertTrue(groups.contains("data-group=\"UBND phường Đoàn Kết\" data-department=\"UBND_DOAN_KET\""), groups);
        try {
            page = officer.get("/console/index.xhtml").body();
            assertTrue(page.contains("data-department=\"UBND_DOAN_KET\""), "the group is now the department: " + page);
            assertFalse(page.contains("data-unmapped-group="), "nothing unmapped any more");
            String opened = officer.get(IncidentPages.url(incident)).body();
            assertTrue(opened.contains("id=\"incident-state\""), "the ward's incident opens for its officer");

            // a group mapped to a department that does not exist is refused with a message, nothing stored
            groups = admin.submit(admin.get("/console/admin/directory-groups.xhtml").body(), "map", "save",
                    Map.of("group", "Nhóm thử", "department", "NO_SUCH")).body();
            assertFalse(groups.contains("data-group=\"Nhóm thử\""), "nothing stored");
        } finally {
            groups = admin.get("/console/admin/directory-groups.xhtml").body();
            java.util.regex.Matcher unmap = java.util.regex.Pattern.compile(
                    "data-group=\"UBND phường Đoàn Kết\".*?id=\"(groups:[^\"]*unmap)\"", java.util.regex.Pattern.DOTALL).matcher(groups);
            assertTrue(unmap.find(), groups);
            groups = admin.submit(groups, "groups", unmap.group(1).substring("groups:".length()), Map.of()).body();
            assertFalse(groups.contains("data-group=\"UBND phường Đoàn Kết\""), "unmapped again");
        }
        assertFalse(officer.get("/console/index.xhtml").body().contains("data-department=\"UBND_DOAN_KET\""),
                "an unmapped group gives no department any more");
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
