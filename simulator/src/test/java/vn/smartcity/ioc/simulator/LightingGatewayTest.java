package vn.smartcity.ioc.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class LightingGatewayTest {

    static Instant at(String t) {
        return OffsetDateTime.parse(t).toInstant();
    }

    static LightingGateway gateway() {
        return new LightingGateway("gw-01", List.of(new LightingGateway.Luminaire("LC-1", 100, true, "TD-1"),
                new LightingGateway.Luminaire("LC-2", 150, false, "TD-1")));
    }

    static final String SCHEDULE = """
            {"version":1,"commandId":"c-1","gateway":"gw-01","kind":"schedule","from":"2026-12-08","days":2,
             "curves":[{"luminaires":["LC-1","LC-2"],"steps":[{"at":"2026-12-08T00:00+07:00","level":50},
             {"at":"2026-12-08T06:41+07:00","level":0},{"at":"2026-12-08T17:26+07:00","level":100},
             {"at":"2026-12-08T23:00+07:00","level":50}]}]}""";

    @Test
    void itFollowsItsScheduleAndAnswersEachCommandOnce() {
        LightingGateway g = gateway();
        assertEquals("{\"commandId\":\"c-1\",\"status\":\"ok\"}", g.command(SCHEDULE));
        assertEquals(100, g.level("LC-1", at("2026-12-08T19:00:00+07:00")));
        assertEquals(50, g.level("LC-1", at("2026-12-09T03:00:00+07:00")), "the last step carries over midnight");
        assertEquals(0, g.level("LC-1", at("2026-12-08T12:00:00+07:00")));
        assertEquals("{\"commandId\":\"c-1\",\"status\":\"ok\"}", g.command(SCHEDULE), "a command sent twice is answered twice");
        assertTrue(g.scheduled("LC-1", at("2026-12-09T20:00:00+07:00")));
        assertFalse(g.scheduled("LC-1", at("2026-12-10T00:00:00+07:00")), "two days from the 8th");
        assertEquals(100, g.level("LC-1", at("2026-12-10T19:00:00+07:00")), "past its schedule: 18:00 to 06:00");
    }

    @Test
    void anOverrideWinsUntilItEndsOrIsResumed() {
        LightingGateway g = gateway();
        g.command(SCHEDULE);
        g.command("""
                {"version":1,"commandId":"c-2","kind":"override","override":7,"level":30,"from":"2026-12-08T18:00+07:00",
                 "until":"2026-12-08T20:00+07:00","reason":"thử","luminaires":["LC-1"]}""");
        assertEquals(30, g.level("LC-1", at("2026-12-08T19:00:00+07:00")));
        assertEquals(100, g.level("LC-2", at("2026-12-08T19:00:00+07:00")), "not its luminaire");
        assertEquals(100, g.level("LC-1", at("2026-12-08T20:00:00+07:00")), "ended by itself");
        g.command("{\"commandId\":\"c-3\",\"kind\":\"resume\",\"override\":7}");
        assertEquals(100, g.level("LC-1", at("2026-12-08T19:00:00+07:00")));
        assertTrue(g.command("{\"commandId\":\"c-4\",\"kind\":\"reboot\"}").contains("\"status\":\"refused\""));
        assertNull(g.command("not json"));
    }

    @Test
    void itReportsFailuresSupplyAndEnergy() {
        LightingGateway g = gateway();
        g.command(SCHEDULE);
        g.report(at("2026-12-08T19:00:00+07:00"));
        g.control("{\"fail\":\"LC-1\"}");
        String report = g.report(at("2026-12-08T20:00:00+07:00"));
        assertTrue(report.contains("{\"luminaire\":\"LC-1\",\"at\":\"2026-12-08T20:00+07:00\",\"on\":false,\"level\":0,\"powerW\":0.0"), report);
        assertTrue(report.contains("\"lampFailure\":true"), report);
        assertTrue(report.matches(".*\"luminaire\":\"LC-2\",[^}]*\"on\":true,\"level\":100,\"powerW\":1[45]\\d\\.\\d,\"energyWh\":1[45]\\d\\.\\d.*"), report);
        g.control("{\"supply\":\"lost\"}");
        report = g.report(at("2026-12-08T20:05:00+07:00"));
        assertTrue(report.contains("\"cabinets\":[{\"cabinet\":\"TD-1\",\"at\":\"2026-12-08T20:05+07:00\",\"supplyLoss\":true}]"), report);
        assertFalse(report.contains("\"on\":true"), report);
    }
}
