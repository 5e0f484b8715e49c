package vn.smartcity.ioc.shared.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class TtlCacheTest {

    static final class Ticking extends Clock {
        Instant now = Instant.parse("2026-11-25T00:00:00Z");
        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    @Test
    void anAnswerIsReusedUntilItExpiresAndTheLeastRecentlyUsedGoesFirst() {
        Ticking clock = new Ticking();
        TtlCache<String, Integer> cache = new TtlCache<>(2, Duration.ofSeconds(10), clock);
        AtomicInteger computed = new AtomicInteger();
        assertEquals(1, cache.get("a", computed::incrementAndGet));
        assertEquals(1, cache.get("a", computed::incrementAndGet), "reused");
        clock.now = clock.now.plusSeconds(11);
        assertEquals(2, cache.get("a", computed::incrementAndGet), "expired: computed again");
        cache.get("b", computed::incrementAndGet);
        cache.get("a", computed::incrementAndGet);
        cache.get("c", computed::incrementAndGet); // evicts b, the least recently used
        int before = computed.get();
        cache.get("a", computed::incrementAndGet);
        assertEquals(before, computed.get(), "a stayed");
        cache.get("b", computed::incrementAndGet);
        assertEquals(before + 1, computed.get(), "b was evicted");
        cache.clear();
        cache.get("a", computed::incrementAndGet);
        assertEquals(before + 2, computed.get(), "cleared");
    }
}
