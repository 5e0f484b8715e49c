package vn.smartcity.ioc.traffic.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class FlowCounterTest {

    static final Instant T = Instant.parse("2026-11-25T08:00:00Z");

    @Test
    void aVehicleIsADistinctTrackPerMinuteAndLaneAndEmptyMinutesAreZero() {
        FlowCounter counter = new FlowCounter(60);
        counter.add(T.plusSeconds(5), 1, "a", 10.0);
        counter.add(T.plusSeconds(40), 1, "a", 14.0);   // the same car again: one vehicle, two speeds
        counter.add(T.plusSeconds(20), 1, "b", 12.0);
        counter.add(T.plusSeconds(30), 2, "c", 50.0);
        counter.add(T.plusSeconds(130), 2, "d", null);  // two minutes later, no speed
        List<FlowMinute> minutes = counter.minutes(T, T.plusSeconds(180));
        assertEquals(List.of(
                new FlowMinute(T, 1, 2, 12.0, Congestion.CONGESTED),
                new FlowMinute(T, 2, 1, 50.0, Congestion.FREE),
                new FlowMinute(T.plusSeconds(60), 1, 0, null, Congestion.NONE),
                new FlowMinute(T.plusSeconds(60), 2, 0, null, Congestion.NONE),
                new FlowMinute(T.plusSeconds(120), 1, 0, null, Congestion.NONE),
                new FlowMinute(T.plusSeconds(120), 2, 1, null, Congestion.UNKNOWN)), minutes);
    }

    @Test
    void congestionIsTheAverageSpeedAgainstTheLimitAtItsBoundaries() {
        assertEquals(Congestion.CONGESTED, Congestion.of(3, 17.9, 60));
        assertEquals(Congestion.SLOW, Congestion.of(3, 18.0, 60));
        assertEquals(Congestion.SLOW, Congestion.of(3, 35.9, 60));
        assertEquals(Congestion.FREE, Congestion.of(3, 36.0, 60));
        assertEquals(Congestion.NONE, Congestion.of(0, null, 60));
        assertEquals(Congestion.UNKNOWN, Congestion.of(2, 30.0, null));
    }
}
