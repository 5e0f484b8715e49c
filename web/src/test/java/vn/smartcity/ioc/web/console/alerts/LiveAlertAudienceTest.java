package vn.smartcity.ioc.web.console.alerts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.smartcity.ioc.identity.domain.StaffMember;

/** Who sees which live alert: by role, and by department for SLA escalations and overdue dossiers. */
class LiveAlertAudienceTest {

    static StaffMember member(String role, String... departments) {
        return new StaffMember(role, role, Set.of(role), Set.of(departments));
    }

    @Test
    void anOverdueDossierReachesTheProvinceRolesAndTheHandlersOfItsDepartmentOnly() {
        assertTrue(LiveAlertAudience.sees(member("analyst", "IOC"), "dossier-overdue", "SXD"));
        assertTrue(LiveAlertAudience.sees(member("supervisor", "IOC"), "dossier-overdue", "SXD"));
        assertTrue(LiveAlertAudience.sees(member("handler", "SXD"), "dossier-overdue", "SXD"));
        assertFalse(LiveAlertAudience.sees(member("handler", "CA"), "dossier-overdue", "SXD"), "another department's handler");
        assertFalse(LiveAlertAudience.sees(member("handler", "SXD"), "dossier-overdue", null));
        assertFalse(LiveAlertAudience.sees(member("operator", "IOC"), "dossier-overdue", "SXD"), "operators have no dossier pages");
        assertFalse(LiveAlertAudience.sees(member("traffic-officer", "CSGT"), "dossier-overdue", "SXD"));
    }

    @Test
    void theOtherKindsKeepTheirAudiences() {
        assertTrue(LiveAlertAudience.sees(member("operator", "IOC"), "camera-alert", null));
        assertFalse(LiveAlertAudience.sees(member("handler", "SXD"), "camera-alert", null));
        assertTrue(LiveAlertAudience.sees(member("auditor"), "security-alert", null));
        assertTrue(LiveAlertAudience.sees(member("handler", "SXD"), "sla-escalation", "SXD"));
        assertFalse(LiveAlertAudience.sees(member("handler", "SXD"), "sla-escalation", "CA"));
        assertFalse(LiveAlertAudience.sees(member("admin"), "no-such-kind", null), "an unknown kind reaches nobody");
    }

    @org.junit.jupiter.api.Test
    void lightingFaultsReachTheOperationsRoomAndTheMaintainingDepartmentsHandlers() {
        assertTrue(LiveAlertAudience.sees(member("operator", "IOC"), "lighting-fault", "SXD"));
        assertTrue(LiveAlertAudience.sees(member("supervisor", "IOC"), "lighting-fault", "SXD"));
        assertTrue(LiveAlertAudience.sees(member("handler", "SXD"), "lighting-fault", "SXD"));
        assertFalse(LiveAlertAudience.sees(member("handler", "CA"), "lighting-fault", "SXD"), "another department's handler");
        assertFalse(LiveAlertAudience.sees(member("traffic-officer", "CSGT"), "lighting-fault", "SXD"));
        assertFalse(LiveAlertAudience.sees(member("auditor", "IOC"), "lighting-fault", "SXD"));
    }
}
