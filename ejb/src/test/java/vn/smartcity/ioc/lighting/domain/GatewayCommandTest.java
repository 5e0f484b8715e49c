package vn.smartcity.ioc.lighting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class GatewayCommandTest {

    static final Instant T = Instant.parse("2026-12-08T12:00:00Z");

    @Test
    void anUnansweredCommandIsSentAgainWithAGrowingWaitUntilItExpires() {
        GatewayCommand c = new GatewayCommand("gw-01", GatewayCommand.Kind.OVERRIDE, "7", T, T.plus(Duration.ofMinutes(3)));
        assertTrue(c.due(T));
        c.sent(T);
        assertFalse(c.due(T.plusSeconds(9)));
        assertTrue(c.due(T.plusSeconds(10)), "10 s after the first sending");
        c.sent(T.plusSeconds(10));
        assertFalse(c.due(T.plusSeconds(29)));
        assertTrue(c.due(T.plusSeconds(30)), "20 s after the second");
        c.sent(T.plusSeconds(30));
        assertEquals(3, c.getAttempts());
        assertTrue(c.due(T.plusSeconds(70)), "40 s after the third");
        assertFalse(c.due(T.plus(Duration.ofMinutes(3))), "not at its expiry");
        assertTrue(c.expireIfDue(T.plus(Duration.ofMinutes(3))));
        assertEquals(GatewayCommand.State.EXPIRED, c.getState());
        assertFalse(c.answered(true, null, T.plus(Duration.ofMinutes(4))), "an answer after expiry changes nothing");
        assertEquals(GatewayCommand.backoff(20), GatewayCommand.LONGEST_WAIT);
    }

    @Test
    void anAnswerSettlesItOnce() {
        GatewayCommand c = new GatewayCommand("gw-01", GatewayCommand.Kind.SCHEDULE, "2026-12-08", T, T.plus(Duration.ofDays(1)));
        c.sent(T);
        assertTrue(c.answered(true, null, T.plusSeconds(2)));
        assertFalse(c.answered(false, "late refusal", T.plusSeconds(3)));
        assertEquals(GatewayCommand.State.ACKNOWLEDGED, c.getState());
        assertFalse(c.due(T.plusSeconds(60)));
    }

    @Test
    void aCommandWhoseOverrideEndedExpiresNow() {
        GatewayCommand c = new GatewayCommand("gw-01", GatewayCommand.Kind.OVERRIDE, "7", T, T.plus(Duration.ofHours(2)));
        c.sent(T);
        c.expireNow(T.plusSeconds(30));
        assertEquals(GatewayCommand.State.EXPIRED, c.getState());
        GatewayCommand notSent = new GatewayCommand("gw-01", GatewayCommand.Kind.RESUME, "7", T, T.plus(Duration.ofHours(2)));
        notSent.notSent(T);
        assertEquals(0, notSent.getAttempts(), "the broker was away: not counted");
        assertTrue(notSent.due(T.plusSeconds(10)));
    }
}
