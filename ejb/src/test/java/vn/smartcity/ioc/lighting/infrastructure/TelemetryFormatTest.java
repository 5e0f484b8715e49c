package vn.smartcity.ioc.lighting.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import vn.smartcity.ioc.lighting.domain.TelemetryBatch;
import vn.smartcity.ioc.lighting.domain.TelemetryReading;

class TelemetryFormatTest {

    static final Instant NOW = Instant.parse("2026-12-08T12:00:00Z");

    static byte[] resource(String name) throws IOException {
        try (InputStream in = TelemetryFormatTest.class.getResourceAsStream("/lighting/" + name)) {
            return in.readAllBytes();
        }
    }

    static TelemetryBatch read(String json) throws TelemetryFormat.BadTelemetry {
        return TelemetryFormat.read("gw-01", json.getBytes(StandardCharsets.UTF_8), NOW);
    }

    @Test
    void theCompactFormCarriesReadingsOfLuminairesAndCabinets() throws Exception {
        TelemetryBatch batch = read("""
                {"version":1,"gateway":"gw-01","readings":[{"luminaire":"LC-0001","at":"2026-12-08T19:00:00+07:00",
                 "on":true,"level":80,"powerW":81.5,"energyWh":1234.5,"operatingHours":812.25,"lampFailure":false,
                 "dimmingFailure":true,"supplyLoss":false},{"luminaire":"LC-0002","at":"2026-12-08T19:00:00+07:00"}],
                 "cabinets":[{"cabinet":"TD-01","at":"2026-12-08T19:00:05+07:00","supplyLoss":true}]}""");
        TelemetryReading r = batch.readings().get(0);
        assertEquals(new TelemetryReading("LC-0001", Instant.parse("2026-12-08T12:00:00Z"), true, 80, 81.5, 1234.5,
                false, true, false, 812.25), r);
        TelemetryReading bare = batch.readings().get(1);
        assertNull(bare.on(), "what was not sent stays unknown");
        assertEquals("TD-01", batch.cabinets().get(0).cabinetCode());
        assertTrue(batch.cabinets().get(0).supplyLoss());
    }

    @Test
    void fiwareStreetlightsAreReadInNormalizedAndKeyValuesForm() throws Exception {
        TelemetryReading normalized = TelemetryFormat.read("gw-01", resource("streetlight-normalized.jsonld"), NOW).readings().get(0);
        TelemetryReading keyValues = TelemetryFormat.read("gw-01", resource("streetlight-keyvalues.jsonld"), NOW).readings().get(0);
        // the upstream example: id ...:guadalajara:4567, powerState off, status ok, 10 W, observed 15:51:02+05:30
        for (TelemetryReading r : new TelemetryReading[] {normalized, keyValues}) {
            assertEquals("4567", r.luminaireCode());
            assertEquals(Boolean.FALSE, r.on());
            assertEquals(Boolean.FALSE, r.lampFailure());
            assertEquals(10.0, r.powerW());
            assertEquals(Instant.parse("2021-01-11T10:21:02Z"), r.at());
        }
        assertEquals(93_400.0, keyValues.energyWh(), 0.001, "93.4 kWh");
        assertNull(normalized.energyWh(), "the normalized example has no lifetimePowerConsumption");
        TelemetryBatch array = read("""
                [{"id":"urn:ngsi-ld:Streetlight:LC-0001","type":"Streetlight","powerState":"low","illuminanceLevel":0.5,
                  "status":"defectiveLamp"},
                 {"id":"urn:ngsi-ld:Streetlight:LC-0002","type":"Streetlight","powerState":{"type":"Property","value":"on"}}]""");
        assertEquals(2, array.readings().size());
        assertEquals(50, array.readings().get(0).level());
        assertEquals(Boolean.TRUE, array.readings().get(0).lampFailure());
        assertEquals(NOW, array.readings().get(0).at(), "without observationDateTime: when it arrived");
        assertEquals(Boolean.TRUE, array.readings().get(1).on());
    }

    @Test
    void junkIsRefusedWithTheReason() {
        assertEquals("not JSON: ", reason("{\"version\":1,").substring(0, 10));
        assertEquals("not UTF-8 text", reasonBytes(new byte[] {(byte) 0xC3, (byte) 0x28}));
        assertEquals("empty message", reasonBytes(new byte[0]));
        assertTrue(reasonBytes(new byte[TelemetryFormat.MAX_BYTES + 1]).startsWith("message of"));
        assertTrue(reason("{\"version\":1,\"gateway\":\"gw-02\",\"readings\":[]}").startsWith("gateway gw-02 in a message on the topic of gw-01"));
        assertTrue(reason("{\"version\":1,\"readings\":[{\"luminaire\":\"LC-1\",\"at\":\"yesterday\"}]}").startsWith("the time yesterday"));
        assertTrue(reason("{\"version\":1,\"readings\":[{\"luminaire\":\"<script>\",\"at\":\"2026-12-08T19:00:00+07:00\"}]}")
                .contains("is not a luminaire or cabinet code"));
        assertTrue(reason("{\"version\":1,\"readings\":[{\"luminaire\":\"LC-1\",\"at\":\"2026-12-08T19:00:00+07:00\",\"level\":150}]}")
                .contains("not a whole number 0 to 100"));
        assertTrue(reason("{\"version\":1,\"readings\":[{\"luminaire\":\"LC-1\",\"at\":\"2026-12-08T19:00:00+07:00\",\"on\":\"yes\"}]}")
                .contains("on is not true or false"));
        assertTrue(reason("{\"version\":1,\"readings\":[{\"luminaire\":5,\"at\":\"2026-12-08T19:00:00+07:00\"}]}")
                .startsWith("a field of the wrong type"));
        assertEquals("no readings and no cabinets", reason("{\"version\":1}"));
        assertTrue(reason("{\"id\":\"urn:ngsi-ld:Camera:1\",\"type\":\"Camera\"}").contains("not Streetlight"));
        assertTrue(reason("[{\"id\":\"urn:x:1\",\"type\":\"Streetlight\",\"illuminanceLevel\":7}]").contains("is not 0 to 1"));
        StringBuilder many = new StringBuilder("{\"version\":1,\"readings\":[");
        for (int i = 0; i <= TelemetryBatch.MAX_READINGS; i++) {
            many.append(i == 0 ? "" : ",").append("{\"luminaire\":\"LC-").append(i).append("\",\"at\":\"2026-12-08T19:00:00+07:00\"}");
        }
        assertTrue(reason(many.append("]}").toString()).startsWith("more than 1000 readings"));
        String deep = "[".repeat(5000) + "]".repeat(5000);
        assertTrue(reason(deep).length() > 0, "deep nesting is refused, not a stack overflow");
    }

    private static String reason(String json) {
        return reasonBytes(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String reasonBytes(byte[] bytes) {
        return assertThrows(TelemetryFormat.BadTelemetry.class, () -> TelemetryFormat.read("gw-01", bytes, NOW)).getMessage();
    }
}
