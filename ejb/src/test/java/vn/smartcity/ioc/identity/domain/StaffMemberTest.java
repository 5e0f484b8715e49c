package vn.smartcity.ioc.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

class StaffMemberTest {

    @Test
    void aHandlerSeesOnlyTheirOwnDepartments() {
        StaffMember handler = new StaffMember("handler", "Lò Văn Xử", Set.of(Roles.HANDLER), Set.of("SXD"));
        assertTrue(handler.belongsTo("SXD"));
        assertFalse(handler.belongsTo("CA"));
        assertFalse(handler.seesAllDepartments());
    }

    @Test
    void theIocsOwnStaffSeeAllDepartments() {
        for (String role : Set.of(Roles.OPERATOR, Roles.SUPERVISOR, Roles.ANALYST, Roles.ADMIN, Roles.AUDITOR)) {
            assertTrue(new StaffMember("x", "X", Set.of(role), Set.of()).seesAllDepartments(), role);
        }
        assertFalse(new StaffMember("x", "X", Set.of(Roles.TRAFFIC_OFFICER), Set.of("CSGT")).seesAllDepartments());
        assertFalse(new StaffMember("x", "X", Set.of(Roles.HANDLER, Roles.TRAFFIC_OFFICER), Set.of("CA")).seesAllDepartments());
    }

    @Test
    void aMissingDisplayNameFallsBackToTheUserName() {
        assertEquals("operator", new StaffMember("operator", " ", Set.of(), Set.of()).displayName());
    }
}
