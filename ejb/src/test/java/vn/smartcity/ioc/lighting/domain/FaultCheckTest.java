package vn.smartcity.ioc.lighting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FaultCheckTest {

    static final Instant AT = Instant.parse("2026-12-08T14:00:00Z");

    static Luminaire lamp() {
        return new Luminaire("LC-0001", 22.3964, 103.4582, "TAN_PHONG", "Trần Phú", "LED-100", "LED", 100, true, "TD-01", "gw-01", "G-1");
    }

    static TelemetryReading reading(Boolean on, Integer level, Double power, Boolean lamp, Boolean supply) {
        return new TelemetryReading("LC-0001", AT, on, level, power, null, lamp, null, supply, null);
    }

    @Test
    void aLampOnInDaytimeIsAFaultButNotAtTheMinuteOfSwitching() {
        assertEquals(true, FaultCheck.judge(lamp(), reading(true, 100, 100.0, false, false), 0, 0).get(FaultKind.ON_IN_DAYTIME));
        assertEquals(false, FaultCheck.judge(lamp(), reading(true, 100, 100.0, false, false), 0, 100).get(FaultKind.ON_IN_DAYTIME));
    }

    @Test
    void aLampOffAtNightIsAFaultUnlessAFailureOrSupplyLossExplainsIt() {
        assertEquals(true, FaultCheck.judge(lamp(), reading(false, 0, 0.0, false, false), 100, 100).get(FaultKind.OFF_AT_NIGHT));
        Map<FaultKind, Boolean> failed = FaultCheck.judge(lamp(), reading(false, 0, 0.0, true, false), 100, 100);
        assertEquals(false, failed.get(FaultKind.OFF_AT_NIGHT));
        assertEquals(true, failed.get(FaultKind.LAMP_FAILURE));
        assertEquals(false, FaultCheck.judge(lamp(), reading(false, 0, 0.0, false, true), 100, 100).get(FaultKind.OFF_AT_NIGHT));
    }

    @Test
    void powerFarFromTheRatingAtTheLevelIsAbnormal() {
        assertEquals(false, FaultCheck.judge(lamp(), reading(true, 50, 52.0, false, false), 50, 50).get(FaultKind.ABNORMAL_POWER));
        assertEquals(true, FaultCheck.judge(lamp(), reading(true, 50, 95.0, false, false), 50, 50).get(FaultKind.ABNORMAL_POWER));
        assertEquals(true, FaultCheck.judge(lamp(), reading(true, 100, 30.0, false, false), 100, 100).get(FaultKind.ABNORMAL_POWER));
        assertFalse(FaultCheck.judge(lamp(), reading(true, 10, 30.0, false, false), 10, 10).containsKey(FaultKind.ABNORMAL_POWER),
                "too dim to judge");
    }

    @Test
    void whatTheGatewayDidNotSendIsNotJudged() {
        Map<FaultKind, Boolean> faults = FaultCheck.judge(lamp(), reading(null, null, null, null, null), 100, 100);
        assertEquals(Map.of(), faults);
    }

    @Test
    void anOlderOrRepeatedReportChangesNothing() {
        Luminaire l = lamp();
        assertEquals(true, l.report(reading(true, 80, 80.0, false, false)));
        assertEquals(false, l.report(reading(false, 0, 0.0, true, false)), "the same instant again: a re-sent report");
        assertEquals(Luminaire.PowerState.ON, l.getPowerState());
        assertEquals(false, l.isLampFailure());
    }
}
