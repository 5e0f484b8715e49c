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
    void supervisorsAdminsAndAuditorsSeeAllDepartments() {
        for (String role : Set.of(Roles.SUPERVISOR, Roles.ADMIN, Roles.AUDITOR)) {
            assertTrue(new StaffMember("x", "X", Set.of(role), Set.of()).seesAllDepartments(), role);
        }
        assertFalse(new StaffMember("x", "X", Set.of(Roles.OPERATOR), Set.of("IOC")).seesAllDepartments());
    }

    @Test
    void aMissingDisplayNameFallsBackToTheUserName() {
        assertEquals("operator", new StaffMember("operator", " ", Set.of(), Set.of()).displayName());
    }
}
